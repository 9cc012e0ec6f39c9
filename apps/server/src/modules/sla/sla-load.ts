import { eq, sql } from 'drizzle-orm';
import type { CustomerFlag } from '@kontakt/contracts';
import type { Db } from '../../platform/db.ts';
import { tickets, type TicketRow } from '../tickets/index.ts';
import type { CalendarRow, SlaPolicyRow } from './sla.table.ts';
import { slaConfigAt, versionSql } from './sla-config.ts';

/** A message the clocks hear: a public reply of the customer or an agent (never notes or system mail). */
export interface HeardMessage {
  id: string;
  author: 'customer' | 'agent';
  at: number;
}

/** The ticket columns a recomputation looks at (not the wide row: its text and custom fields stay put). */
export type SlaTicket = Pick<
  TicketRow,
  'id' | 'organizationId' | 'queueId' | 'status' | 'priority' | 'type' | 'channel' | 'createdAt' | 'sla'
>;

export interface SlaInputs {
  ticket: SlaTicket;
  customerFlags: CustomerFlag[];
  /** The customer's organization (company), for policies that name organizations. */
  companyId: string | null;
  calendar: CalendarRow | null;
  policies: SlaPolicyRow[];
  messages: HeardMessage[];
}

/**
 * One statement per recomputation: the ticket's SLA-relevant columns, its customer's flags and
 * company, the organization's SLA configuration version, and the public messages the clocks have
 * not heard yet (from the stored `seenAt` on; in the caller's transaction, so a message it just
 * stored is among them). Policies and calendars come from memory at that version (sla-config.ts)
 * and are read only when it moved. The subqueries name `tickets.` columns in full: drizzle would
 * leave them unqualified, and an inner table's column of that name would win.
 */
export async function loadSlaInputs(tx: Db, ticketId: string): Promise<SlaInputs | null> {
  const [row] = await tx
    .select({
      id: tickets.id,
      organizationId: tickets.organizationId,
      queueId: tickets.queueId,
      status: tickets.status,
      priority: tickets.priority,
      type: tickets.type,
      channel: tickets.channel,
      createdAt: tickets.createdAt,
      sla: tickets.sla,
      version: versionSql(sql`tickets.organization_id`),
      customer: sql<{ flags: CustomerFlag[] | null; companyId: string | null } | null>`(
        SELECT json_build_object('flags', c.flags, 'companyId', c.company_id)
        FROM customers c WHERE c.id = tickets.customer_id)`,
      messages: sql<Array<{ id: string; a: 'customer' | 'agent'; at: string }> | null>`(
        SELECT json_agg(json_build_object('id', m.id, 'a', m.author_type, 'at', m.created_at)
          ORDER BY m.created_at, m.id)
        FROM messages m WHERE m.ticket_id = tickets.id AND m.kind = 'reply'
          AND m.author_type IN ('customer', 'agent')
          AND m.created_at >= COALESCE(to_timestamp((tickets.sla->>'seenAt')::double precision / 1000)
            - interval '1 millisecond', '-infinity'::timestamptz))`,
    })
    .from(tickets)
    .where(eq(tickets.id, sql.placeholder('ticketId')))
    // Named: PostgreSQL parses and plans it once per connection instead of on every message.
    .prepare('kontakt_sla_inputs')
    .execute({ ticketId });
  if (!row) return null;
  const { version, customer, messages, ...ticket } = row;
  const config = await slaConfigAt(tx, ticket.organizationId, String(version));
  return {
    ticket,
    customerFlags: customer?.flags ?? [],
    companyId: customer?.companyId ?? null,
    calendar: config.calendarByQueue.get(ticket.queueId) ?? null,
    policies: config.policies,
    messages: (messages ?? []).map((m): HeardMessage => ({ id: m.id, author: m.a, at: Date.parse(m.at) })),
  };
}
