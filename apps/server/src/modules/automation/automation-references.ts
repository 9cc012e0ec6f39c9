import { and, eq, inArray } from 'drizzle-orm';
import type { AutomationAction, AutomationConditions } from '@kontakt/contracts';
import type { ActionProblem } from '@kontakt/domain';
import type { Db } from '../../platform/db.ts';
import { agents, teams } from '../agents/index.ts';
import { cannedReplies } from '../canned-replies/index.ts';
import { customerAttributeDefinitions } from '../customers/index.ts';
import { calendars } from '../sla/index.ts';
import { queues, ticketFieldDefinitions } from '../tickets/index.ts';

type Kind = 'queue' | 'agent' | 'team' | 'canned_reply' | 'calendar' | 'custom_field' | 'customer_attribute';

/** A thing a rule names that the organization does not have. */
export interface MissingReference {
  path: Array<string | number>;
  kind: Kind;
  ref: string;
}

/** Where each kind lives: its table, the column a rule names it by, and what makes it usable. */
const SOURCES = {
  queue: { table: queues, ref: queues.id, org: queues.organizationId, usable: null },
  agent: { table: agents, ref: agents.id, org: agents.organizationId, usable: agents.active },
  team: { table: teams, ref: teams.id, org: teams.organizationId, usable: null },
  canned_reply: {
    table: cannedReplies,
    ref: cannedReplies.id,
    org: cannedReplies.organizationId,
    usable: cannedReplies.active,
  },
  calendar: { table: calendars, ref: calendars.id, org: calendars.organizationId, usable: null },
  custom_field: {
    table: ticketFieldDefinitions,
    ref: ticketFieldDefinitions.key,
    org: ticketFieldDefinitions.organizationId,
    usable: null,
  },
  customer_attribute: {
    table: customerAttributeDefinitions,
    ref: customerAttributeDefinitions.key,
    org: customerAttributeDefinitions.organizationId,
    usable: null,
  },
} as const;

/** Which of these ids (or keys) exist in the organization: one query per kind. */
async function existing(db: Db, organizationId: string, kind: Kind, refs: string[]): Promise<Set<string>> {
  if (refs.length === 0) return new Set();
  const s = SOURCES[kind];
  const rows = await db
    .select({ ref: s.ref })
    .from(s.table)
    .where(
      and(
        eq(s.org, organizationId),
        inArray(s.ref, [...new Set(refs)]),
        s.usable ? eq(s.usable, true) : undefined,
      ),
    );
  return new Set(rows.map((r) => String(r.ref)));
}

/** The ids an action names, by kind. */
function refsOf(a: AutomationAction): Array<{ kind: Kind; ref: string; field: string }> {
  switch (a.type) {
    case 'assign_queue':
      return [{ kind: 'queue', ref: a.queueId, field: 'queueId' }];
    case 'assign_agent':
      return a.agentId ? [{ kind: 'agent', ref: a.agentId, field: 'agentId' }] : [];
    case 'assign_team':
      return a.teamId ? [{ kind: 'team', ref: a.teamId, field: 'teamId' }] : [];
    case 'send_reply':
      return [{ kind: 'canned_reply', ref: a.cannedReplyId, field: 'cannedReplyId' }];
    case 'set_custom_field':
      return [{ kind: 'custom_field', ref: a.key, field: 'key' }];
    case 'notify':
      return a.agentIds.map((ref) => ({ kind: 'agent' as const, ref, field: 'agentIds' }));
    default:
      return [];
  }
}

/** Everything the rule names (actions, calendars and keys in conditions) that does not exist. */
export async function missingReferences(
  db: Db,
  organizationId: string,
  actions: readonly AutomationAction[],
  conditions: AutomationConditions = { all: [], any: [] },
): Promise<MissingReference[]> {
  const wanted: Array<MissingReference> = actions.flatMap((a, i) =>
    refsOf(a).map((r) => ({ path: ['actions', i, r.field], kind: r.kind, ref: r.ref })),
  );
  for (const group of ['all', 'any'] as const)
    conditions[group].forEach((c, i) => {
      const path = ['conditions', group, i];
      if (c.calendarId) wanted.push({ path: [...path, 'calendarId'], kind: 'calendar', ref: c.calendarId });
      if (c.field.startsWith('ticket.custom.'))
        wanted.push({ path: [...path, 'field'], kind: 'custom_field', ref: c.field.slice(14) });
      if (c.field.startsWith('customer.attribute.'))
        wanted.push({ path: [...path, 'field'], kind: 'customer_attribute', ref: c.field.slice(19) });
    });
  const kinds = [...new Set(wanted.map((w) => w.kind))];
  const found = new Map<Kind, Set<string>>();
  for (const kind of kinds)
    found.set(
      kind,
      await existing(
        db,
        organizationId,
        kind,
        wanted.filter((w) => w.kind === kind).map((w) => w.ref),
      ),
    );
  return wanted.filter((w) => !found.get(w.kind)!.has(w.ref));
}

/** Missing references of actions as action problems (code `unknown_reference`). */
export const referenceProblems = (missing: MissingReference[]): ActionProblem[] =>
  missing.map((m) => ({
    action: Number(m.path[1]),
    code: 'unknown_reference',
    params: { kind: m.kind, ref: m.ref },
    message: `The ${m.kind.replace('_', ' ')} ${m.ref} does not exist (or is inactive).`,
  }));
