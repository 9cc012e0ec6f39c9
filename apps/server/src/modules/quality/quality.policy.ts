import type { Role } from '@kontakt/contracts';
import type { Actor } from '../../http/actor.ts';

/** Who scores conversations and manages scorecards. */
export const REVIEWER_ROLES: Role[] = ['admin', 'lead', 'qa'];

export const isReviewer = (actor: Pick<Actor, 'role'>) => REVIEWER_ROLES.includes(actor.role);

/** Reviewers see every review; an agent only the published reviews of their own conversations. */
export const mayRead = (
  actor: Pick<Actor, 'role' | 'agentId'>,
  review: { agentId: string; status: string },
) => isReviewer(actor) || (review.agentId === actor.agentId && review.status !== 'draft');
