import type { ServiceCtx } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { getAgent } from '../agents/index.ts';
import type { Mailer } from '../outbox/index.ts';
import { invitationMail } from './auth.mails.ts';
import { createPasswordLink } from './password.service.ts';

/** A new colleague may not read mail every hour; the link stays valid for three days. */
const INVITATION_TTL_MS = 72 * 60 * 60_000;

/**
 * E-mails an agent of the organization a link to choose a password and sign in (for a new
 * account, or to send the link again). The link is a one-time password token.
 */
export async function sendInvitation(
  ctx: ServiceCtx,
  deps: { mailer: Mailer; publicUrl: string },
  agentId: string,
): Promise<void> {
  const agent = await getAgent(ctx.db, ctx.actor.organizationId, agentId);
  if (!agent.active) {
    throw new AppError(409, 'account_disabled', 'This agent is deactivated; activate them first.');
  }
  const link = await createPasswordLink(ctx.db, agent, {
    publicUrl: deps.publicUrl,
    now: ctx.now,
    ttlMs: INVITATION_TTL_MS,
  });
  await deps.mailer.queue({
    organizationId: agent.organizationId,
    purpose: 'agent_invitation',
    to: agent.email,
    ...invitationMail(agent.locale, agent.name, link),
  });
  await recordAudit(ctx.db, {
    organizationId: agent.organizationId,
    actor: ctx.actor,
    action: 'agent.invited',
    subjectType: 'agent',
    subjectId: agent.id,
    meta: ctx.meta,
    at: ctx.now,
  });
}
