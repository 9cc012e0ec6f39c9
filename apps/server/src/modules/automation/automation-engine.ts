import { eq, inArray } from 'drizzle-orm';
import type { AutomationEvent } from '@kontakt/contracts';
import {
  evaluateConditions,
  isOpenAt,
  needsCustomer,
  runRuleChain,
  type BusinessCalendar,
  type ChainChange,
  type RuleFacts,
} from '@kontakt/domain';
import type { Db } from '../../platform/db.ts';
import { newId } from '../../platform/crypto.ts';
import { customers } from '../customers/index.ts';
import { calendars } from '../sla/index.ts';
import { toBusinessCalendar } from '../sla/holidays.ts';
import { lockTicket, queues, type TicketRow } from '../tickets/index.ts';
import { executeActions, ruleAppliedEntry } from './automation-actions.ts';
import { activeRulesFor } from './automation-rules.repo.ts';
import { automationRuns, type AutomationRuleRow } from './automation.table.ts';

/** The event that starts a chain of rules. */
export interface AutomationTrigger {
  organizationId: string;
  ticketId: string;
  event: AutomationEvent;
  /** `ticket.updated`: the fields that changed (history-style). */
  changes?: ChainChange[] | null;
  /** `message.received`: the message. */
  message?: { text: string; author: 'customer' | 'agent' | 'system' } | null;
  now: Date;
}

/** What conditions read besides the ticket, loaded once per chain and only when a rule needs it. */
export class FactsLoader {
  private customer: RuleFacts['customer'] | undefined;
  private calendarsById = new Map<string, BusinessCalendar | null>();
  private queueCalendar = new Map<string, string | null>();

  constructor(
    private db: Db,
    private now: Date,
  ) {}

  async load(
    ticket: TicketRow,
    rule: Pick<AutomationRuleRow, 'conditions'>,
    step: { changes: ChainChange[] | null; message: AutomationTrigger['message'] },
  ): Promise<RuleFacts> {
    if (needsCustomer(rule.conditions) && this.customer === undefined) {
      const [c] = ticket.customerId
        ? await this.db.select().from(customers).where(eq(customers.id, ticket.customerId))
        : [];
      this.customer = c ? { flags: c.flags, language: c.language, attributes: c.attributes } : null;
    }
    const conds = [...rule.conditions.all, ...rule.conditions.any].filter(
      (c) => c.field === 'time.business_hours',
    );
    if (conds.length && !this.queueCalendar.has(ticket.queueId)) {
      const [q] = await this.db
        .select({ calendarId: queues.calendarId })
        .from(queues)
        .where(eq(queues.id, ticket.queueId));
      this.queueCalendar.set(ticket.queueId, q?.calendarId ?? null);
    }
    const wanted = conds
      .map((c) => c.calendarId ?? this.queueCalendar.get(ticket.queueId) ?? null)
      .filter((id): id is string => !!id && !this.calendarsById.has(id));
    if (wanted.length) {
      const rows = await this.db.select().from(calendars).where(inArray(calendars.id, wanted));
      for (const id of wanted) {
        const row = rows.find((r) => r.id === id);
        this.calendarsById.set(id, row ? toBusinessCalendar(row, this.now) : null);
      }
    }
    return {
      ticket,
      changes: step.changes,
      customer: this.customer ?? null,
      message: step.message ?? null,
      inBusinessHours: (calendarId) => {
        const id = calendarId ?? this.queueCalendar.get(ticket.queueId) ?? null;
        const cal = id ? this.calendarsById.get(id) : null;
        // Without a calendar the queue is open around the clock.
        return cal ? isOpenAt(cal, this.now) : true;
      },
    };
  }
}

/**
 * Runs the organization's rules for an event on a ticket, in the caller's transaction, so a rule's
 * changes commit (or roll back) with the change that raised the event, history included. Costs no
 * query when no active rule listens to the event. Returns the ticket after the rules, or null when
 * no rule fired. `only` replaces the rules of the first level (the time sweep runs one rule); `locked` is the
 * ticket row when the caller already holds its lock.
 */
export async function runAutomation(
  tx: Db,
  t: AutomationTrigger,
  only?: AutomationRuleRow[],
  locked?: TicketRow,
): Promise<TicketRow | null> {
  const first = only ?? (await activeRulesFor(tx, t.organizationId, t.event));
  if (first.length === 0) return null;
  const updated =
    t.event === 'ticket.updated' ? first : await activeRulesFor(tx, t.organizationId, 'ticket.updated');
  let ticket = locked ?? (await lockTicket(tx, t.organizationId, t.ticketId));
  // A ticket still being created (provisional number): its creator runs the rules once numbered.
  if (ticket.mergedIntoId || ticket.number < 0) return null;
  const facts = new FactsLoader(tx, t.now);
  const fired = await runRuleChain(
    { event: t.event, changes: t.changes ?? null },
    (event) => (event === t.event ? first : event === 'ticket.updated' ? updated : []),
    async (rule, step) => {
      const f = await facts.load(ticket, rule, {
        changes: step.changes,
        message: step.depth === 0 ? t.message : null,
      });
      if (!evaluateConditions(rule.conditions, f).matched) return null;
      const result = await applyRule(tx, ticket, rule, step.event, step.depth, t.now);
      ticket = result.ticket;
      return result.changes;
    },
  );
  return fired.length ? ticket : null;
}

/** Applies one rule that matched: history entry with its name, actions, run log. */
export async function applyRule(
  tx: Db,
  ticket: TicketRow,
  rule: AutomationRuleRow,
  event: AutomationEvent,
  depth: number,
  now: Date,
) {
  const by = { kind: 'rule' as const, ruleId: rule.id, ruleName: rule.name };
  const history = [ruleAppliedEntry(rule, event)];
  const result = await executeActions(tx, ticket, rule.actions, by, now, { history });
  await tx.insert(automationRuns).values({
    id: newId(),
    organizationId: ticket.organizationId,
    ruleId: rule.id,
    ticketId: ticket.id,
    event,
    depth,
    result: result.errors.length ? 'failed' : result.changes.length ? 'applied' : 'no_change',
    changes: result.changes,
    errors: result.errors,
    createdAt: now,
  });
  return result;
}

/**
 * A new ticket raises `ticket.created`, then `message.received` for its first message; a message
 * on an existing ticket (e-mail threading) raises `message.received`. Returns the ticket after the
 * rules, or null.
 */
export async function runInboundAutomation(
  tx: Db,
  ticket: Pick<TicketRow, 'id' | 'organizationId'>,
  message: { bodyText: string; authorType: 'customer' | 'agent' | 'system' } | null,
  created: boolean,
  now: Date,
): Promise<TicketRow | null> {
  const base = { organizationId: ticket.organizationId, ticketId: ticket.id, now };
  const first = created ? await runAutomation(tx, { ...base, event: 'ticket.created' }) : null;
  if (!message) return first;
  const msg = { text: message.bodyText, author: message.authorType };
  return (await runAutomation(tx, { ...base, event: 'message.received', message: msg })) ?? first;
}
