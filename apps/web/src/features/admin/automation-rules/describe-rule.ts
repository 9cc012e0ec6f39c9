import type { AutomationChange, AutomationCondition } from '@kontakt/contracts';
import type { TFunction } from 'i18next';
import type { RuleOptions } from './use-rule-options.ts';

const isEmpty = (v: unknown) => v === null || v === undefined || (Array.isArray(v) && v.length === 0);

/** A value as words: ids become names, enum values their labels, lists joined. */
export function valueText(t: TFunction, options: RuleOptions, field: string, value: unknown): string {
  if (isEmpty(value)) return t('admin.automationRules.empty');
  if (Array.isArray(value)) return value.map((v) => options.valueLabel(field, v)).join(', ');
  if (typeof value === 'object')
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${isEmpty(v) ? t('admin.automationRules.empty') : String(v)}`)
      .join(', ');
  return options.valueLabel(field, value);
}

/** "Status is Open", "Tags contain any of vip, urgent". */
export function conditionText(t: TFunction, options: RuleOptions, c: AutomationCondition): string {
  const field = options.fieldLabel(c.field);
  const operator = t(`admin.automationRules.operators.${c.operator}`);
  return c.value === undefined || c.value === null
    ? `${field} ${operator}`
    : `${field} ${operator} ${valueText(t, options, c.field, c.value)}`;
}

/** The ticket fields a change names (the server's row names) as condition fields. */
const CHANGE_FIELDS: Record<string, string> = {
  status: 'ticket.status',
  priority: 'ticket.priority',
  type: 'ticket.type',
  queueId: 'ticket.queue_id',
  teamId: 'ticket.team_id',
  assigneeId: 'ticket.assignee_id',
  tags: 'ticket.tags',
};
const changeField = (field: string) => CHANGE_FIELDS[field] ?? field;

/** "Priority: Normal → High". */
export function changeText(t: TFunction, options: RuleOptions, change: AutomationChange): string {
  const field = changeField(change.field);
  const label =
    field === 'customFields' ? t('admin.automationRules.customFields') : options.fieldLabel(field);
  return `${label}: ${valueText(t, options, field, change.from)} → ${valueText(t, options, field, change.to)}`;
}
