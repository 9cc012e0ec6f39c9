import type {
  AutomationCondition,
  AutomationConditionResult,
  AutomationConditions,
  AutomationValue,
} from '@kontakt/contracts';

type Scalar = string | number | boolean | null;
type FieldValue = Scalar | string[] | undefined;

/** The ticket as conditions see it (row names, values as stored). */
export interface RuleTicket {
  status: string;
  priority: string;
  type: string;
  channel: string;
  queueId: string;
  teamId: string | null;
  assigneeId: string | null;
  tags: readonly string[];
  contactReasonId: string | null;
  language: string | null;
  subject: string;
  customFields: Readonly<Record<string, Scalar | string[]>>;
}

/** Everything a rule's conditions may read. */
export interface RuleFacts {
  ticket: RuleTicket;
  /** `ticket.updated`: the fields that changed (ticket row names, e.g. `queueId`). */
  changes: ReadonlyArray<{ field: string; from: unknown; to: unknown }> | null;
  customer: {
    flags: readonly string[];
    language: string | null;
    attributes: Readonly<Record<string, Scalar>>;
  } | null;
  message: { text: string; author: 'customer' | 'agent' | 'system' } | null;
  /** Whether now is inside the open hours of a calendar (null = the ticket queue's). */
  inBusinessHours: (calendarId: string | null) => boolean;
}

/** Condition field → the ticket row field it reads (and the history field a change carries). */
const TICKET_FIELDS: Record<string, keyof RuleTicket> = {
  'ticket.status': 'status',
  'ticket.priority': 'priority',
  'ticket.type': 'type',
  'ticket.channel': 'channel',
  'ticket.queue_id': 'queueId',
  'ticket.team_id': 'teamId',
  'ticket.assignee_id': 'assigneeId',
  'ticket.tags': 'tags',
  'ticket.contact_reason_id': 'contactReasonId',
  'ticket.language': 'language',
  'ticket.subject': 'subject',
};

/** Lower case without diacritics, for "contains" on text. */
export const foldText = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The value a condition field has in the facts (undefined when there is none). */
export function factValue(facts: RuleFacts, field: string): FieldValue {
  const ticketField = TICKET_FIELDS[field];
  if (ticketField) return facts.ticket[ticketField] as FieldValue;
  if (field.startsWith('ticket.custom.')) return facts.ticket.customFields[field.slice(14)];
  if (field.startsWith('customer.attribute.'))
    return facts.customer?.attributes[field.slice(19)] ?? undefined;
  switch (field) {
    case 'customer.flags':
      return facts.customer ? [...facts.customer.flags] : [];
    case 'customer.language':
      return facts.customer?.language ?? null;
    case 'message.text':
      return facts.message?.text;
    case 'message.author':
      return facts.message?.author;
    default:
      return undefined;
  }
}

/** The before/after of a field in the change set, or null when it did not change. */
function changeOf(facts: RuleFacts, field: string): { from: FieldValue; to: FieldValue } | null {
  const custom = field.startsWith('ticket.custom.') ? field.slice(14) : null;
  const rowField = custom ? 'customFields' : TICKET_FIELDS[field];
  const c = facts.changes?.find((x) => x.field === rowField);
  if (!c) return null;
  if (!custom) return { from: c.from as FieldValue, to: c.to as FieldValue };
  const from = (c.from as Record<string, FieldValue> | null)?.[custom];
  const to = (c.to as Record<string, FieldValue> | null)?.[custom];
  return JSON.stringify(from) === JSON.stringify(to) ? null : { from, to };
}

const isEmpty = (v: FieldValue) =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

function same(a: Scalar | undefined, b: AutomationValue): boolean {
  if (typeof a === 'string' && typeof b === 'string') return foldText(a) === foldText(b);
  if (typeof a === 'number' || typeof b === 'number')
    return a !== null && b !== null && Number(a) === Number(b);
  return (a ?? null) === b;
}

function compare(a: FieldValue, b: AutomationValue): number | null {
  if (isEmpty(a) || b === null || Array.isArray(a)) return null;
  const x = Number(a);
  const y = Number(b);
  if (!Number.isNaN(x) && !Number.isNaN(y) && typeof a !== 'boolean') return x - y;
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

const list = (v: AutomationCondition['value']): AutomationValue[] =>
  Array.isArray(v) ? v : v === undefined ? [] : [v];

/** Whether `value` (a scalar or a list such as tags) satisfies the operator against `wanted`. */
function test(
  op: AutomationCondition['operator'],
  value: FieldValue,
  wanted: AutomationCondition['value'],
): boolean {
  const ws = list(wanted);
  const has = (w: AutomationValue) => (Array.isArray(value) ? value.some((v) => same(v, w)) : same(value, w));
  switch (op) {
    case 'is':
    case 'any_of':
      return ws.some(has);
    case 'is_not':
    case 'none_of':
      return !ws.some(has);
    case 'all_of':
      return ws.every(has);
    case 'contains':
    case 'not_contains': {
      const text = Array.isArray(value)
        ? value.join(' ')
        : value === null || value === undefined
          ? ''
          : String(value);
      const hit = ws.some((w) => w !== null && foldText(text).includes(foldText(String(w))));
      return op === 'contains' ? hit : !hit;
    }
    case 'is_set':
      return !isEmpty(value);
    case 'is_not_set':
      return isEmpty(value);
    case 'gt':
      return (compare(value, ws[0] ?? null) ?? 0) > 0;
    case 'lt':
      return (compare(value, ws[0] ?? null) ?? 0) < 0;
    default:
      return false;
  }
}

/** Values present in `to` but not in `from` (lists), or [to] for a scalar. */
const added = (from: FieldValue, to: FieldValue): Scalar[] =>
  Array.isArray(to) ? to.filter((v) => !(Array.isArray(from) && from.includes(v))) : [to ?? null];

/** Evaluates one condition; returns whether it holds and the value it looked at. */
export function evaluateCondition(
  c: AutomationCondition,
  facts: RuleFacts,
): { matched: boolean; actual: unknown } {
  if (c.field === 'time.business_hours') {
    const open = facts.inBusinessHours(c.calendarId ?? null);
    return { matched: open === c.value, actual: open };
  }
  if (c.operator === 'changed' || c.operator === 'changed_to' || c.operator === 'changed_from') {
    const change = changeOf(facts, c.field);
    if (!change) return { matched: false, actual: null };
    const actual = { from: change.from ?? null, to: change.to ?? null };
    if (c.operator === 'changed') return { matched: true, actual };
    const side = c.operator === 'changed_to' ? added(change.from, change.to) : added(change.to, change.from);
    return { matched: side.some((v) => list(c.value).some((w) => same(v, w))), actual };
  }
  const value = factValue(facts, c.field);
  return { matched: test(c.operator, value, c.value), actual: value ?? null };
}

/**
 * Evaluates a rule's conditions: all of `all`, and at least one of `any` when it has any.
 * Every condition is evaluated (for the dry run), in order.
 */
export function evaluateConditions(
  conditions: AutomationConditions,
  facts: RuleFacts,
): { matched: boolean; results: AutomationConditionResult[] } {
  const results: AutomationConditionResult[] = [];
  for (const group of ['all', 'any'] as const)
    conditions[group].forEach((condition, index) => {
      const { matched, actual } = evaluateCondition(condition, facts);
      results.push({ group, index, condition, matched, actual });
    });
  const all = results.filter((r) => r.group === 'all').every((r) => r.matched);
  const anyResults = results.filter((r) => r.group === 'any');
  return { matched: all && (anyResults.length === 0 || anyResults.some((r) => r.matched)), results };
}

/** Whether any condition reads the customer (so the customer row must be loaded). */
export const needsCustomer = (conditions: AutomationConditions): boolean =>
  [...conditions.all, ...conditions.any].some((c) => c.field.startsWith('customer.'));
