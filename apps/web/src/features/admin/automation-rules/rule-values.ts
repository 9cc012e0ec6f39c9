import type { FormErrors } from '@mantine/form';
import {
  AUTOMATION_CONDITION_FIELDS,
  AutomationAction as ActionSchema,
  type AutomationAction,
  type AutomationActionType,
  type AutomationCondition,
  type AutomationConditionField,
  type AutomationEvent,
  type AutomationOperator,
  type AutomationRule,
  type AutomationTimeAnchor,
  type AutomationValueKind,
  type CreateAutomationRuleInput,
} from '@kontakt/contracts';

/** The admin list of rules, in run order. */
export const RULES_KEY = ['automation-rules'] as const;

export const ACTION_TYPES = ActionSchema.options.map((o) => o.shape.type.value) as AutomationActionType[];

const NO_VALUE_OPS: readonly string[] = ['is_set', 'is_not_set', 'changed'];
const LIST_OPS: readonly string[] = ['any_of', 'none_of', 'all_of'];
/** Whether an operator compares with nothing, a list, or one value. */
export const valueShape = (operator: string) =>
  NO_VALUE_OPS.includes(operator) ? 'none' : LIST_OPS.includes(operator) ? 'list' : 'one';

/** What a condition field holds (custom fields and customer attributes hold anything). */
export const valueKindOf = (field: string): AutomationValueKind =>
  AUTOMATION_CONDITION_FIELDS[field as AutomationConditionField]?.value ?? 'any';

/** A condition as the form holds it: values as text (lists as lists of text). */
export interface ConditionRow {
  rowId: string;
  field: string;
  operator: string;
  value: string;
  values: string[];
  calendarId: string | null;
}

/** An action as the form holds it: every type's inputs, the `type` says which count. */
export interface ActionRow {
  rowId: string;
  type: AutomationActionType;
  status: string | null;
  priority: string | null;
  ticketType: string | null;
  queueId: string | null;
  agentId: string | null;
  teamId: string | null;
  key: string | null;
  value: string;
  tags: string[];
  text: string;
  cannedReplyId: string | null;
  recipients: string[];
  url: string;
  secret: string;
}

export interface RuleValues {
  name: string;
  description: string;
  active: boolean;
  event: AutomationEvent;
  timeSince: AutomationTimeAnchor;
  timeHours: number | string;
  all: ConditionRow[];
  any: ConditionRow[];
  actions: ActionRow[];
  [key: string]: unknown;
}

let counter = 0;
const rowId = () => `rule-row-${++counter}`;

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));

export function newCondition(field = 'ticket.status'): ConditionRow {
  return { rowId: rowId(), field, operator: 'is', value: '', values: [], calendarId: null };
}

function toConditionRow(c: AutomationCondition): ConditionRow {
  const list = Array.isArray(c.value);
  return {
    rowId: rowId(),
    field: c.field,
    operator: c.operator,
    value: list ? '' : text(c.value),
    values: list ? (c.value as unknown[]).map(text) : [],
    calendarId: c.calendarId ?? null,
  };
}

export function newAction(type: AutomationActionType = 'add_tags'): ActionRow {
  return {
    rowId: rowId(),
    type,
    status: null,
    priority: null,
    ticketType: null,
    queueId: null,
    agentId: null,
    teamId: null,
    key: null,
    value: '',
    tags: [],
    text: '',
    cannedReplyId: null,
    recipients: [],
    url: '',
    secret: '',
  };
}

function toActionRow(a: AutomationAction): ActionRow {
  const row = newAction(a.type);
  const fields = a as Record<string, unknown>;
  for (const k of Object.keys(fields)) {
    if (k === 'type') continue;
    if (k === 'value') row.value = Array.isArray(fields.value) ? fields.value.join(', ') : text(fields.value);
    else (row as unknown as Record<string, unknown>)[k] = fields[k];
  }
  return row;
}

export function initialValues(rule?: AutomationRule): RuleValues {
  return {
    name: rule?.name ?? '',
    description: rule?.description ?? '',
    active: rule?.active ?? true,
    event: rule?.event ?? 'ticket.created',
    timeSince: rule?.timeTrigger?.since ?? 'status_changed',
    timeHours: rule?.timeTrigger?.hours ?? 120,
    all: (rule?.conditions.all ?? []).map(toConditionRow),
    any: (rule?.conditions.any ?? []).map(toConditionRow),
    actions: rule ? rule.actions.map(toActionRow) : [newAction()],
  };
}

/** Which condition fields hold yes/no or numbers beyond the fixed ones (customer attributes). */
export interface FieldTyping {
  booleanFields: ReadonlySet<string>;
  numberFields: ReadonlySet<string>;
}
const NO_TYPING: FieldTyping = { booleanFields: new Set(), numberFields: new Set() };

/** A text value as the field holds it: booleans for yes/no fields, numbers where they look like one. */
function scalar(field: string, operator: string, v: string, typing: FieldTyping): string | number | boolean {
  if (valueKindOf(field) === 'boolean' || typing.booleanFields.has(field)) return v === 'true';
  const numeric = operator === 'gt' || operator === 'lt' || typing.numberFields.has(field);
  if (numeric && v.trim() !== '' && !Number.isNaN(Number(v))) return Number(v);
  return v;
}

function toCondition(row: ConditionRow, typing: FieldTyping): AutomationCondition {
  const shape = valueShape(row.operator);
  const one = (v: string) => scalar(row.field, row.operator, v, typing);
  return {
    field: row.field,
    operator: row.operator as AutomationOperator,
    ...(shape === 'list' ? { value: row.values.map(one) } : {}),
    ...(shape === 'one' ? { value: one(row.value) } : {}),
    ...(row.field === 'time.business_hours' && row.calendarId ? { calendarId: row.calendarId } : {}),
  } as AutomationCondition;
}

function toAction(row: ActionRow): AutomationAction {
  switch (row.type) {
    case 'set_status':
      return { type: row.type, status: row.status } as AutomationAction;
    case 'set_priority':
      return { type: row.type, priority: row.priority } as AutomationAction;
    case 'set_type':
      return { type: row.type, ticketType: row.ticketType } as AutomationAction;
    case 'assign_queue':
      return { type: row.type, queueId: row.queueId } as AutomationAction;
    case 'assign_agent':
      return { type: row.type, agentId: row.agentId };
    case 'assign_team':
      return { type: row.type, teamId: row.teamId };
    case 'set_custom_field':
      return { type: row.type, key: row.key ?? '', value: row.value === '' ? null : row.value };
    case 'add_tags':
    case 'remove_tags':
      return { type: row.type, tags: row.tags };
    case 'add_note':
      return { type: row.type, text: row.text };
    case 'send_reply':
      return { type: row.type, cannedReplyId: row.cannedReplyId } as AutomationAction;
    case 'notify':
      return { type: row.type, recipients: row.recipients, agentIds: [], text: row.text } as AutomationAction;
    case 'webhook':
      return { type: row.type, url: row.url, secret: row.secret };
    case 'escalate':
      return row.priority
        ? ({ type: row.type, priority: row.priority } as AutomationAction)
        : { type: row.type };
  }
}

/** The request body of a new rule (an update sends the same fields and the version). */
export function toInput(values: RuleValues, typing: FieldTyping = NO_TYPING): CreateAutomationRuleInput {
  return {
    name: values.name,
    description: values.description,
    active: values.active,
    event: values.event,
    conditions: {
      all: values.all.map((c) => toCondition(c, typing)),
      any: values.any.map((c) => toCondition(c, typing)),
    },
    timeTrigger:
      values.event === 'time'
        ? { since: values.timeSince, hours: values.timeHours === '' ? NaN : Number(values.timeHours) }
        : null,
    actions: values.actions.map(toAction),
  };
}

/**
 * Errors of the request body on the form: `conditions.all.N.x` on that condition's input,
 * `timeTrigger…` on the hours, a list value's issue on the list input, others where they are.
 */
export function placeRuleErrors(errors: FormErrors): FormErrors {
  const placed: FormErrors = {};
  for (const [key, message] of Object.entries(errors)) {
    let field = key.replace(/^conditions\./, '');
    if (field.startsWith('timeTrigger')) field = 'timeHours';
    if (!(field in placed)) placed[field] = message;
  }
  return placed;
}
