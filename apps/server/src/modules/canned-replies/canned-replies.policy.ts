import type { CannedReplyScope, Role } from '@kontakt/contracts';
import type { CannedReplyRow } from './canned-replies.table.ts';

/** Who is looking: the agent, their role and the teams they belong to. */
export interface Viewer {
  agentId: string;
  role: Role;
  teamIds: readonly string[];
}

type Owned = Pick<CannedReplyRow, 'scope' | 'ownerId' | 'teamId'>;

/** Shared (team and organization) replies are created and changed by leads and admins only. */
export const mayManageShared = (role: Role): boolean => role === 'lead' || role === 'admin';

/**
 * Pure: may the viewer see this reply? Admins see all (to tidy up after people leave); leads see
 * every shared reply; others see organization-wide ones, their teams' ones and their own.
 */
export function canSee(reply: Owned, viewer: Viewer): boolean {
  if (viewer.role === 'admin') return true;
  if (reply.scope === 'personal') return reply.ownerId === viewer.agentId;
  if (reply.scope === 'organization') return true;
  return viewer.role === 'lead' || viewer.teamIds.includes(reply.teamId!);
}

/** Pure: may the viewer change or delete a reply they can see? */
export function canManage(reply: Owned, viewer: Viewer): boolean {
  if (viewer.role === 'admin') return true;
  if (reply.scope === 'personal') return reply.ownerId === viewer.agentId;
  return mayManageShared(viewer.role);
}

/** Pure: may the viewer give a reply this scope? Personal is always allowed. */
export const mayUseScope = (scope: CannedReplyScope, viewer: Viewer): boolean =>
  scope === 'personal' || mayManageShared(viewer.role);

export const abilities = (reply: Owned, viewer: Viewer) => {
  const manage = canManage(reply, viewer);
  return { update: manage, delete: manage };
};
