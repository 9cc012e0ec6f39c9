import { eq, sql } from 'drizzle-orm';
import type { CustomerFlag } from '@kontakt/contracts';
import type { Db } from '../../platform/db.ts';
import { tickets } from '../tickets/index.ts';
import type { CalendarRow, SlaPolicyRow } from './sla.table.ts';

/** A message the clocks hear: a public reply of the customer or an agent (never notes or system mail). */
export interface HeardMessage {
  id: string;
  author: 'customer' | 'agent';
  at: number;
}

type Json = Record<string, unknown>;

const calendarFromJson = (j: Json | null): CalendarRow | null =>
  j && {
    id: j.id as string,
    organizationId: j.organization_id as string,
    name: j.name as string,
    timeZone: j.time_zone as string,
    weekly: j.weekly as CalendarRow['weekly'],
    holidayCountry: j.holiday_country as string | null,
    closures: j.closures as CalendarRow['closures'],
    extraOpenings: j.extra_openings as CalendarRow['extraOpenings'],
    createdAt: new Date(j.created_at as string),
    updatedAt: new Date(j.updated_at as string),
  };

const policyFromJson = (j: Json): SlaPolicyRow => ({
  id: j.id as string,
  organizationId: j.organization_id as string,
  name: j.name as string,
  position: j.position as number,
  active: j.active as boolean,
  conditions: j.conditions as SlaPolicyRow['conditions'],
  targets: j.targets as SlaPolicyRow['targets'],
  warningShare: Number(j.warning_share),
  createdAt: new Date(j.created_at as string),
  updatedAt: new Date(j.updated_at as string),
});

/**
 * Everything a recomputation needs, in one statement: the ticket, its customer's flags, its
 * queue's calendar, the organization's active policies in order, and the public messages the
 * clocks have not heard yet (from the stored `seenAt` on). The subqueries name `tickets.` columns
 * in full: drizzle would leave them unqualified, and an inner table's column of that name would win.
 */
export async function loadSlaInputs(tx: Db, ticketId: string) {
  const [row] = await tx
    .select({
      ticket: tickets,
      flags: sql<CustomerFlag[] | null>`(SELECT c.flags FROM customers c WHERE c.id = tickets.customer_id)`,
      calendar: sql<Json | null>`(SELECT row_to_json(cal) FROM calendars cal
        JOIN queues q ON q.calendar_id = cal.id WHERE q.id = tickets.queue_id)`,
      policies: sql<Json[] | null>`(SELECT json_agg(p ORDER BY p.position, p.created_at) FROM sla_policies p
        WHERE p.organization_id = tickets.organization_id AND p.active)`,
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
    // Named: PostgreSQL parses and plans it once per connection instead of on every message
    // (planning the four subqueries cost more than running them; see bench/sla.ts).
    .prepare('kontakt_sla_load_inputs')
    .execute({ ticketId });
  if (!row) return null;
  return {
    ticket: row.ticket,
    customerFlags: row.flags ?? [],
    calendar: calendarFromJson(row.calendar),
    policies: (row.policies ?? []).map(policyFromJson),
    messages: (row.messages ?? []).map((m): HeardMessage => ({
      id: m.id,
      author: m.a,
      at: Date.parse(m.at),
    })),
  };
}
export type SlaInputs = NonNullable<Awaited<ReturnType<typeof loadSlaInputs>>>;
