import type { Role, Scope } from '@kontakt/contracts';
import type { Db } from '../platform/db.ts';

/** Who is making a request, already authenticated and tied to one organization. */
export interface Actor {
  kind: 'agent' | 'api_token';
  organizationId: string;
  /** The agent, or the agent who owns the API token. */
  agentId: string;
  role: Role;
  scopes: readonly Scope[];
  sessionId: string | null;
  tokenId: string | null;
  csrfToken: string | null;
}

/** What each role may do through the API; shared with the web app's roles screen. */
export { ROLE_SCOPES } from '@kontakt/contracts';

export const hasScope = (scopes: readonly Scope[], needed: Scope): boolean =>
  scopes.includes('admin') || scopes.includes(needed);

/** Where an audit entry came from. */
export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
}

/** What every service call that acts for someone receives. */
export interface ServiceCtx {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  now: Date;
}
