import { z } from 'zod';
import { Id, Instant } from './common.ts';
import { Priority, TicketStatus, TicketTag as Tag, TicketType } from './tickets.ts';

/**
 * Automation rules (event → conditions → actions) and the action schema macros reuse.
 *
 * A rule listens to one event; when its conditions hold for the ticket, its actions run in the
 * same transaction as the change that raised the event. Rules run in `position` order; a rule
 * never fires again for changes made in the same chain, and chains are at most
 * {@link AUTOMATION_MAX_DEPTH} deep. Every change a rule makes is recorded in the ticket history
 * with `actorType: 'rule'` and the rule's id as `actorId`, after a `rule_applied` event whose
 * value carries `{ ruleId, ruleName, event }`.
 */

/** How deep a chain of rules triggered by rules may go. */
export const AUTOMATION_MAX_DEPTH = 5;

/** What a rule listens to. `time` rules are evaluated by a sweep every minute. */
export const AutomationEvent = z.enum([
  'ticket.created',
  'ticket.updated',
  'message.received',
  'sla.warning',
  'sla.breach',
  /** A survey answer scored at or below the organization's threshold (modules/surveys). */
  'survey.low_score',
  'time',
]);
export type AutomationEvent = z.infer<typeof AutomationEvent>;

/** A key of an admin-defined ticket field or customer attribute. */
const FieldKey = z.string().regex(/^[a-z][a-z0-9_]{0,59}$/, 'a field key (a-z, 0-9, _)');

/**
 * The fields a condition can test. Besides these fixed names:
 * `ticket.custom.<key>` (a custom ticket field) and `customer.attribute.<key>` (a customer attribute).
 */
export const AutomationConditionField = z.enum([
  'ticket.status',
  'ticket.priority',
  'ticket.type',
  'ticket.channel',
  'ticket.queue_id',
  'ticket.team_id',
  'ticket.assignee_id',
  'ticket.tags',
  'ticket.contact_reason_id',
  'ticket.language',
  'ticket.subject',
  'customer.flags',
  'customer.language',
  /** Text of the message that raised a `message.received` event. */
  'message.text',
  /** `customer` or `agent`: who wrote that message. */
  'message.author',
  /** true when now is inside the open hours of the calendar (`calendarId`, else the queue's). */
  'time.business_hours',
]);
export type AutomationConditionField = z.infer<typeof AutomationConditionField>;

/** Custom ticket field or customer attribute, e.g. `ticket.custom.order_no`. */
export const DynamicConditionField = z
  .string()
  .regex(/^(ticket\.custom|customer\.attribute)\.[a-z][a-z0-9_]{0,59}$/, 'an unknown condition field');

/**
 * How a condition compares. `changed`, `changed_to` and `changed_from` only apply to
 * `ticket.updated` rules and to ticket fields ("status changed to solved").
 * On list fields (tags, flags) `is`/`any_of` mean "contains any of", `none_of` "contains none of",
 * `all_of` "contains all of".
 */
export const AutomationOperator = z.enum([
  'is',
  'is_not',
  'any_of',
  'none_of',
  'all_of',
  'contains',
  'not_contains',
  'is_set',
  'is_not_set',
  'gt',
  'lt',
  'changed',
  'changed_to',
  'changed_from',
]);
export type AutomationOperator = z.infer<typeof AutomationOperator>;

/** A scalar a condition compares with. */
export const AutomationValue = z.union([z.string().max(1000), z.number(), z.boolean(), z.null()]);
export type AutomationValue = z.infer<typeof AutomationValue>;

/** What a condition field holds, so forms can offer the right picker. */
export type AutomationValueKind =
  | 'status'
  | 'priority'
  | 'ticket_type'
  | 'channel'
  | 'queue'
  | 'team'
  | 'agent'
  | 'tag'
  | 'contact_reason'
  | 'language'
  | 'customer_flag'
  | 'author'
  | 'text'
  | 'boolean'
  | 'any';

const SCALAR_OPS = ['is', 'is_not', 'any_of', 'none_of', 'is_set', 'is_not_set'] as const;
const CHANGE_OPS = ['changed', 'changed_to', 'changed_from'] as const;
const LIST_OPS = ['any_of', 'none_of', 'all_of', 'is_set', 'is_not_set'] as const;
const TEXT_OPS = ['contains', 'not_contains', 'is', 'is_not', 'is_set', 'is_not_set'] as const;
const ANY_OPS = [...SCALAR_OPS, 'contains', 'not_contains', 'gt', 'lt'] as const;

/** Per fixed field: its value kind, whether it is a list, and the operators it accepts. */
export const AUTOMATION_CONDITION_FIELDS: Record<
  AutomationConditionField,
  { value: AutomationValueKind; list: boolean; operators: readonly AutomationOperator[] }
> = {
  'ticket.status': { value: 'status', list: false, operators: [...SCALAR_OPS, ...CHANGE_OPS] },
  'ticket.priority': { value: 'priority', list: false, operators: [...SCALAR_OPS, ...CHANGE_OPS] },
  'ticket.type': { value: 'ticket_type', list: false, operators: [...SCALAR_OPS, ...CHANGE_OPS] },
  'ticket.channel': { value: 'channel', list: false, operators: SCALAR_OPS },
  'ticket.queue_id': { value: 'queue', list: false, operators: [...SCALAR_OPS, ...CHANGE_OPS] },
  'ticket.team_id': { value: 'team', list: false, operators: [...SCALAR_OPS, ...CHANGE_OPS] },
  'ticket.assignee_id': { value: 'agent', list: false, operators: [...SCALAR_OPS, ...CHANGE_OPS] },
  'ticket.tags': { value: 'tag', list: true, operators: [...LIST_OPS, ...CHANGE_OPS] },
  'ticket.contact_reason_id': {
    value: 'contact_reason',
    list: false,
    operators: [...SCALAR_OPS, ...CHANGE_OPS],
  },
  'ticket.language': { value: 'language', list: false, operators: [...SCALAR_OPS, ...CHANGE_OPS] },
  'ticket.subject': { value: 'text', list: false, operators: [...TEXT_OPS, ...CHANGE_OPS] },
  'customer.flags': { value: 'customer_flag', list: true, operators: LIST_OPS },
  'customer.language': { value: 'language', list: false, operators: SCALAR_OPS },
  'message.text': { value: 'text', list: false, operators: TEXT_OPS },
  'message.author': { value: 'author', list: false, operators: ['is', 'is_not'] },
  'time.business_hours': { value: 'boolean', list: false, operators: ['is'] },
};

/** Operators of `ticket.custom.<key>` (custom fields may also use the change operators). */
export const CUSTOM_FIELD_OPERATORS: readonly AutomationOperator[] = [...ANY_OPS, ...CHANGE_OPS];
/** Operators of `customer.attribute.<key>`. */
export const CUSTOMER_ATTRIBUTE_OPERATORS: readonly AutomationOperator[] = ANY_OPS;

/** The operators a field accepts (fixed or dynamic). */
export function operatorsOf(field: string): readonly AutomationOperator[] {
  if (field.startsWith('ticket.custom.')) return CUSTOM_FIELD_OPERATORS;
  if (field.startsWith('customer.attribute.')) return CUSTOMER_ATTRIBUTE_OPERATORS;
  return AUTOMATION_CONDITION_FIELDS[field as AutomationConditionField]?.operators ?? [];
}

const NO_VALUE_OPS: readonly AutomationOperator[] = ['is_set', 'is_not_set', 'changed'];
const LIST_VALUE_OPS: readonly AutomationOperator[] = ['any_of', 'none_of', 'all_of'];

/** One test on the ticket, its customer, the message, or the clock. */
export const AutomationCondition = z
  .strictObject({
    field: z.union([AutomationConditionField, DynamicConditionField]),
    operator: AutomationOperator,
    /** A scalar, or a list for `any_of` / `none_of` / `all_of`; left out for `is_set`, `is_not_set`, `changed`. */
    value: z.union([AutomationValue, z.array(AutomationValue).max(100)]).optional(),
    /** For `time.business_hours`: the calendar to read; null/absent = the ticket queue's calendar. */
    calendarId: Id.nullable().optional(),
  })
  .superRefine((c, ctx) => {
    if (!operatorsOf(c.field).includes(c.operator)) {
      ctx.addIssue({ code: 'custom', path: ['operator'], message: `${c.field} does not take ${c.operator}` });
      return;
    }
    const isList = Array.isArray(c.value);
    if (NO_VALUE_OPS.includes(c.operator)) {
      if (c.value !== undefined && c.value !== null)
        ctx.addIssue({ code: 'custom', path: ['value'], message: `${c.operator} takes no value` });
    } else if (LIST_VALUE_OPS.includes(c.operator) !== isList || c.value === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: LIST_VALUE_OPS.includes(c.operator) ? 'give a list of values' : 'give one value',
      });
    }
    if (c.calendarId && c.field !== 'time.business_hours')
      ctx.addIssue({
        code: 'custom',
        path: ['calendarId'],
        message: 'only time.business_hours takes a calendar',
      });
  });
export type AutomationCondition = z.infer<typeof AutomationCondition>;

/** All of `all` must hold, and (when `any` is not empty) at least one of `any`. Empty = always. */
export const AutomationConditions = z.strictObject({
  all: z.array(AutomationCondition).max(30).default([]),
  any: z.array(AutomationCondition).max(30).default([]),
});
export type AutomationConditions = z.infer<typeof AutomationConditions>;

/** The instant a `time` rule counts from. */
export const AutomationTimeAnchor = z.enum(['status_changed', 'last_activity', 'created']);
export type AutomationTimeAnchor = z.infer<typeof AutomationTimeAnchor>;

/**
 * For `time` rules: fire once when `hours` have passed since the anchor (e.g. status
 * `pending_customer` for 120 hours). It fires again only after the anchor moves (a new episode).
 */
export const AutomationTimeTrigger = z.strictObject({
  since: AutomationTimeAnchor,
  /** 1 hour to 1 year. */
  hours: z.number().int().min(1).max(8760),
});
export type AutomationTimeTrigger = z.infer<typeof AutomationTimeTrigger>;

/** Text with canned-reply placeholders such as `{{ticket.number}}` (rendered for the ticket). */
const TemplateText = z.string().trim().min(1).max(20_000);

/** Who a `notify` action tells (in the app). */
export const AutomationRecipient = z.enum(['assignee', 'team_lead', 'team', 'followers']);
export type AutomationRecipient = z.infer<typeof AutomationRecipient>;

/**
 * One thing a rule (or a macro) does to a ticket. Field changes are applied together and
 * recorded in the ticket history; replies, notes, notifications and webhooks follow.
 */
export const AutomationAction = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('set_status'), status: TicketStatus }),
  z.strictObject({ type: z.literal('set_priority'), priority: Priority }),
  z.strictObject({ type: z.literal('set_type'), ticketType: TicketType }),
  /** Move to a queue (the ticket's team follows the queue's team). */
  z.strictObject({ type: z.literal('assign_queue'), queueId: Id }),
  /** Assign to an agent, or unassign with null. */
  z.strictObject({ type: z.literal('assign_agent'), agentId: Id.nullable() }),
  z.strictObject({ type: z.literal('assign_team'), teamId: Id.nullable() }),
  /** Set one admin-defined ticket field (validated against its definition); null clears it. */
  z.strictObject({
    type: z.literal('set_custom_field'),
    key: FieldKey,
    value: z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.null()]),
  }),
  z.strictObject({ type: z.literal('add_tags'), tags: z.array(Tag).min(1).max(20) }),
  z.strictObject({ type: z.literal('remove_tags'), tags: z.array(Tag).min(1).max(20) }),
  /** An internal note; placeholders are rendered. */
  z.strictObject({ type: z.literal('add_note'), text: TemplateText }),
  /**
   * A public reply from a canned reply, rendered in the customer's language (else the
   * ticket's, else the organization's) and sent on the ticket's channel (e-mail for e-mail tickets).
   */
  z.strictObject({ type: z.literal('send_reply'), cannedReplyId: Id }),
  /** An in-app notification; `text` may contain placeholders. */
  z.strictObject({
    type: z.literal('notify'),
    recipients: z.array(AutomationRecipient).max(4).default([]),
    agentIds: z.array(Id).max(50).default([]),
    text: TemplateText.max(500),
  }),
  /**
   * POST the ticket as JSON to `url`, signed: header `X-Kontakt-Signature: sha256=<hex HMAC of
   * "<timestamp>.<body>">` and `X-Kontakt-Timestamp`. Delivered by a durable job with retries.
   */
  z.strictObject({
    type: z.literal('webhook'),
    url: z.url({ protocol: /^https?$/ }).max(2000),
    /** The HMAC-SHA256 key (at least 16 characters); visible to admins only. */
    secret: z.string().min(16).max(200),
  }),
  /** Raise the priority (to `priority`, else one step) and notify the team lead (and assignee). */
  z.strictObject({ type: z.literal('escalate'), priority: Priority.optional() }),
]);
export type AutomationAction = z.infer<typeof AutomationAction>;
export type AutomationActionType = AutomationAction['type'];

/** A list of actions (rules and macros). */
export const AutomationActions = z.array(AutomationAction).min(1).max(30);

const RuleFields = {
  name: z.string().trim().min(1).max(120),
  description: z.string().trim().max(1000),
  active: z.boolean(),
  event: AutomationEvent,
  conditions: AutomationConditions,
  /** Required for `time` rules, null for the others. */
  timeTrigger: AutomationTimeTrigger.nullable(),
  actions: AutomationActions,
};

export const AutomationRule = z.object({
  id: Id,
  ...RuleFields,
  /** Rules of an event run in this order (lowest first). */
  position: z.number().int(),
  /** Optimistic concurrency: updates must send the version they are based on. */
  version: z.number().int(),
  lastRunAt: Instant.nullable(),
  createdAt: Instant,
  updatedAt: Instant,
});
export type AutomationRule = z.infer<typeof AutomationRule>;

/**
 * Checks that fit a whole rule, not one field: `time` rules need a time trigger (others none),
 * change operators only on `ticket.updated`, message fields only on `message.received`.
 * Returns the problems as `{ path, message }` (empty when the rule is consistent).
 */
export function automationRuleIssues(rule: {
  event: AutomationEvent;
  timeTrigger: AutomationTimeTrigger | null;
  conditions: AutomationConditions;
}): Array<{ path: (string | number)[]; message: string }> {
  const issues: Array<{ path: (string | number)[]; message: string }> = [];
  if ((rule.event === 'time') !== (rule.timeTrigger !== null))
    issues.push({
      path: ['timeTrigger'],
      message:
        rule.event === 'time' ? 'a time rule needs a time trigger' : 'only time rules take a time trigger',
    });
  for (const group of ['all', 'any'] as const)
    rule.conditions[group].forEach((c, i) => {
      if (CHANGE_OPS.includes(c.operator as (typeof CHANGE_OPS)[number]) && rule.event !== 'ticket.updated')
        issues.push({
          path: ['conditions', group, i, 'operator'],
          message: 'change conditions need the ticket.updated event',
        });
      if (c.field.startsWith('message.') && rule.event !== 'message.received')
        issues.push({
          path: ['conditions', group, i, 'field'],
          message: 'message conditions need the message.received event',
        });
    });
  return issues;
}

export const CreateAutomationRuleInput = z
  .strictObject({
    ...RuleFields,
    description: RuleFields.description.default(''),
    active: RuleFields.active.default(true),
    conditions: AutomationConditions.default({ all: [], any: [] }),
    timeTrigger: RuleFields.timeTrigger.default(null),
    /** Where to insert it (0 = first); default last. */
    position: z.number().int().min(0).optional(),
  })
  .superRefine((r, ctx) => {
    for (const issue of automationRuleIssues(r)) ctx.addIssue({ code: 'custom', ...issue });
  });
export type CreateAutomationRuleInput = z.infer<typeof CreateAutomationRuleInput>;

export const UpdateAutomationRuleInput = z.strictObject({
  version: z.number().int().min(1),
  ...z.strictObject(RuleFields).partial().shape,
});
export type UpdateAutomationRuleInput = z.infer<typeof UpdateAutomationRuleInput>;

/** `POST /automation-rules/reorder`: every rule id of the organization, in the new order. */
export const ReorderAutomationRulesInput = z.strictObject({ ids: z.array(Id).min(1).max(1000) });
export type ReorderAutomationRulesInput = z.infer<typeof ReorderAutomationRulesInput>;

/** What a dry-run effect or an action error names, e.g. `{ from: 'new', to: 'closed' }`. */
export const AutomationParams = z.record(z.string(), z.unknown());

/**
 * An action that could not run: `code` (e.g. `invalid_status_transition`, `unknown_reference`),
 * `params` for the words (e.g. `{ from, to }`, `{ kind, ref }`; absent on runs logged before
 * they were recorded), `message` in English for API users.
 */
export const AutomationActionError = z.object({
  action: z.number().int(),
  code: z.string(),
  params: AutomationParams.optional(),
  message: z.string(),
});
export type AutomationActionError = z.infer<typeof AutomationActionError>;

/** `POST /automation-rules/{id}/dry-run`. */
export const AutomationDryRunInput = z.strictObject({ ticketId: Id });
export type AutomationDryRunInput = z.infer<typeof AutomationDryRunInput>;

/** One field a rule changes (history-style). */
export const AutomationChange = z.object({ field: z.string(), from: z.unknown(), to: z.unknown() });
export type AutomationChange = z.infer<typeof AutomationChange>;

/** How one condition came out against the ticket. */
export const AutomationConditionResult = z.object({
  group: z.enum(['all', 'any']),
  index: z.number().int(),
  condition: AutomationCondition,
  matched: z.boolean(),
  /** The value the condition saw (null when absent). */
  actual: z.unknown(),
});
export type AutomationConditionResult = z.infer<typeof AutomationConditionResult>;

/** What a rule would do to a ticket now; nothing is written. */
export const AutomationDryRunResult = z.object({
  ruleId: Id,
  ticketId: Id,
  /** Conditions (and, for time rules, the time trigger) all hold. */
  matched: z.boolean(),
  conditions: z.array(AutomationConditionResult),
  /** For time rules: whether the time has passed, and when it did / will. */
  timeTrigger: z.object({ matched: z.boolean(), dueAt: Instant.nullable() }).nullable(),
  /** Ticket fields that would change. */
  changes: z.array(AutomationChange),
  /**
   * Everything else the actions would do (notes, replies, notifications, webhooks): `type` is the
   * action type, `params` what it names (apps word it in the reader's language); `summary` is an
   * English sentence for API users.
   */
  effects: z.array(z.object({ type: z.string(), params: AutomationParams, summary: z.string() })),
  /** Actions that could not run (e.g. a deleted canned reply): a stable `code` with its `params`. */
  errors: z.array(AutomationActionError),
});
export type AutomationDryRunResult = z.infer<typeof AutomationDryRunResult>;

/** The outcome of one run: changes were made, nothing needed changing, or an action failed. */
export const AutomationRunResult = z.enum(['applied', 'no_change', 'failed']);
export type AutomationRunResult = z.infer<typeof AutomationRunResult>;

/** One time a rule fired on a ticket (`GET /automation-rules/{id}/runs`, newest first). */
export const AutomationRun = z.object({
  id: Id,
  ruleId: Id,
  ticketId: Id,
  ticketNumber: z.number().int().nullable(),
  event: AutomationEvent,
  /** 0 for the event itself, 1+ when a rule's own change triggered it. */
  depth: z.number().int(),
  result: AutomationRunResult,
  changes: z.array(AutomationChange),
  errors: z.array(AutomationActionError),
  at: Instant,
});
export type AutomationRun = z.infer<typeof AutomationRun>;

/** `GET /automation-rules/{id}/runs?limit=`. */
export const AutomationRunsQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
