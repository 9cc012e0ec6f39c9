import { and, eq } from 'drizzle-orm';
import { canTransition, validateCustomFields } from '@kontakt/domain';
import type { TicketStatus } from '@kontakt/contracts';
import type { Db } from '../../platform/db.ts';
import { AppError } from '../../http/errors.ts';
import { newId } from '../../platform/crypto.ts';
import { agents, teams } from '../agents/index.ts';
import { organizations } from '../organizations/index.ts';
import {
  contactReasons,
  queues,
  ticketFieldDefinitions,
  type FieldValue,
  type QueueRow,
} from './tickets.table.ts';

const missing = (what: string, field: string) =>
  new AppError(404, 'not_found', `${what} not found.`, { field });

export function assertTransition(from: TicketStatus, to: TicketStatus) {
  if (!canTransition(from, to)) {
    throw new AppError(409, 'invalid_status_transition', `A ${from} ticket cannot become ${to}.`, {
      from,
      to,
    });
  }
}

export async function assertAssignee(db: Db, organizationId: string, id: string | null | undefined) {
  if (!id) return;
  const [a] = await db
    .select({ active: agents.active })
    .from(agents)
    .where(and(eq(agents.organizationId, organizationId), eq(agents.id, id)));
  if (!a) throw missing('Assignee', 'assigneeId');
  if (!a.active) throw new AppError(409, 'conflict', 'The assignee is disabled.', { field: 'assigneeId' });
}

export async function assertTeam(db: Db, organizationId: string, id: string | null | undefined) {
  if (!id) return;
  const [t] = await db
    .select({ id: teams.id })
    .from(teams)
    .where(and(eq(teams.organizationId, organizationId), eq(teams.id, id)));
  if (!t) throw missing('Team', 'teamId');
}

export async function assertContactReason(db: Db, organizationId: string, id: string | null | undefined) {
  if (!id) return;
  const [r] = await db
    .select({ active: contactReasons.active })
    .from(contactReasons)
    .where(and(eq(contactReasons.organizationId, organizationId), eq(contactReasons.id, id)));
  if (!r || !r.active) throw missing('Contact reason', 'contactReasonId');
}

export async function assertCustomFields(
  db: Db,
  organizationId: string,
  values: Record<string, FieldValue> | undefined,
) {
  if (!values || Object.keys(values).length === 0) return;
  const defs = await db
    .select()
    .from(ticketFieldDefinitions)
    .where(eq(ticketFieldDefinitions.organizationId, organizationId));
  const problems = validateCustomFields(defs, values);
  if (problems.length > 0) {
    throw new AppError(400, 'invalid_custom_field', problems.map((p) => p.message).join('; '), {
      issues: problems,
    });
  }
}

/** The queue a ticket goes to: the given one (must exist), else the organization's default (created on first use). */
export async function resolveQueue(
  db: Db,
  organizationId: string,
  queueId: string | undefined,
  now: Date,
): Promise<QueueRow> {
  if (queueId) {
    const [q] = await db
      .select()
      .from(queues)
      .where(and(eq(queues.organizationId, organizationId), eq(queues.id, queueId)));
    if (!q) throw missing('Queue', 'queueId');
    return q;
  }
  const [d] = await db
    .select()
    .from(queues)
    .where(and(eq(queues.organizationId, organizationId), eq(queues.isDefault, true)));
  if (d) return d;
  const [created] = await db
    .insert(queues)
    .values({
      id: newId(),
      organizationId,
      name: 'General',
      description: '',
      teamId: null,
      isDefault: true,
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoNothing()
    .returning();
  if (created) return created;
  // Another transaction created it first (or a non-default queue is already called General).
  const [again] = await db
    .select()
    .from(queues)
    .where(and(eq(queues.organizationId, organizationId), eq(queues.isDefault, true)));
  if (!again)
    throw new AppError(409, 'conflict', 'Choose a queue: the organization has no default queue.', {
      field: 'queueId',
    });
  return again;
}

/**
 * A ticket may be solved only with what the organization requires: a contact reason (setting
 * `contactReasonRequiredToSolve`) and every field marked "required to solve".
 */
export async function assertSolvable(
  db: Db,
  ticket: {
    organizationId: string;
    contactReasonId: string | null;
    customFields: Record<string, FieldValue>;
  },
) {
  const [org] = await db
    .select({ settings: organizations.settings })
    .from(organizations)
    .where(eq(organizations.id, ticket.organizationId));
  const missingFields: string[] = [];
  if (org?.settings?.contactReasonRequiredToSolve === true && !ticket.contactReasonId)
    missingFields.push('contactReasonId');
  const defs = await db
    .select({ key: ticketFieldDefinitions.key })
    .from(ticketFieldDefinitions)
    .where(
      and(
        eq(ticketFieldDefinitions.organizationId, ticket.organizationId),
        eq(ticketFieldDefinitions.requiredToSolve, true),
        eq(ticketFieldDefinitions.active, true),
      ),
    );
  for (const d of defs) {
    const v = ticket.customFields[d.key];
    if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0))
      missingFields.push(`customFields.${d.key}`);
  }
  if (missingFields.length) {
    throw new AppError(409, 'required_to_solve', `Fill in before solving: ${missingFields.join(', ')}.`, {
      fields: missingFields,
    });
  }
}
