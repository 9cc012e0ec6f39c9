import { useMemo } from 'react';
import {
  AutomationEvent,
  AutomationRecipient,
  AutomationTimeAnchor,
  AUTOMATION_CONDITION_FIELDS,
  Channel,
  CustomerFlag,
  Locale,
  Priority,
  TicketStatus,
  TicketType,
  type AutomationValueKind,
} from '@kontakt/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { listCalendars } from '../../../api/calendars.ts';
import { listCannedReplies } from '../../../api/canned-replies.ts';
import { listContactReasons, listTicketFields } from '../../../api/directory.ts';
import { listCustomerAttributes } from '../../../api/customers.ts';
import { qk } from '../../../api/query-keys.ts';
import { CALENDARS_KEY } from '../calendars/calendar-values.ts';
import { valueKindOf } from './rule-values.ts';
import { useAdminAgents, useAdminQueues, useAdminTeams } from '../shared/admin-queries.ts';

export interface Option {
  value: string;
  label: string;
}

/**
 * Everything the rule editor offers in its pickers, translated: events, fields, operators, and
 * the values of each kind (statuses, queues, agents…), with a lookup from value to label.
 */
export function useRuleOptions() {
  const { t } = useTranslation();
  const agents = useAdminAgents();
  const queues = useAdminQueues();
  const teams = useAdminTeams();
  const fields = useQuery({ queryKey: qk.ticketFields, queryFn: listTicketFields });
  const reasons = useQuery({ queryKey: qk.contactReasons, queryFn: listContactReasons });
  const replies = useQuery({ queryKey: qk.cannedReplies(), queryFn: () => listCannedReplies() });
  const calendars = useQuery({ queryKey: CALENDARS_KEY, queryFn: listCalendars });
  const attributes = useQuery({ queryKey: qk.customerAttributes, queryFn: listCustomerAttributes });

  return useMemo(() => {
    const enumOptions = (values: readonly string[], prefix: string): Option[] =>
      values.map((value) => ({ value, label: t(`${prefix}.${value}` as never) }));
    const named = (items: { id: string; name: string }[] | undefined): Option[] =>
      (items ?? []).map((i) => ({ value: i.id, label: i.name }));
    const byKind: Record<AutomationValueKind, Option[]> = {
      status: enumOptions(TicketStatus.options, 'ticket.status'),
      priority: enumOptions(Priority.options, 'ticket.priority'),
      ticket_type: enumOptions(TicketType.options, 'ticket.type'),
      channel: enumOptions(Channel.options, 'ticket.channel'),
      queue: named(queues.data),
      team: named(teams.data),
      agent: named(agents.data),
      tag: [],
      contact_reason: (reasons.data ?? []).map((r) => ({ value: r.id, label: r.name })),
      language: enumOptions(Locale.options, 'cannedReplies.languages'),
      customer_flag: enumOptions(CustomerFlag.options, 'customer.flags'),
      author: enumOptions(['customer', 'agent'], 'admin.automationRules.author'),
      text: [],
      boolean: enumOptions(['true', 'false'], 'admin.automationRules.boolean'),
      any: [],
    };
    const customFields = (fields.data ?? []).map((f) => ({
      value: `ticket.custom.${f.key}`,
      label: t('admin.automationRules.customField', { name: f.label }),
    }));
    // Admin-defined customer attributes: their values come from their options (select) or yes/no.
    const customerAttributes = (attributes.data ?? []).map((a) => ({
      value: `customer.attribute.${a.key}`,
      label: t('admin.automationRules.customerAttribute', { name: a.label }),
      type: a.type,
      choices:
        a.type === 'select'
          ? a.options.map((o) => ({ value: o, label: o }))
          : a.type === 'boolean'
            ? byKind.boolean
            : [],
    }));
    const attributeOf = (field: string) => customerAttributes.find((a) => a.value === field);
    const allFields = [
      ...enumOptions(Object.keys(AUTOMATION_CONDITION_FIELDS), 'admin.automationRules.fields'),
      ...customFields,
      ...customerAttributes.map(({ value, label }) => ({ value, label })),
    ];
    return {
      events: enumOptions(AutomationEvent.options, 'admin.automationRules.events'),
      anchors: enumOptions(AutomationTimeAnchor.options, 'admin.automationRules.anchors'),
      recipients: enumOptions(AutomationRecipient.options, 'admin.automationRules.recipients'),
      conditionFields: allFields,
      /** The values a condition field offers to pick from (none: typed in). */
      choicesOf: (field: string): Option[] => attributeOf(field)?.choices ?? byKind[valueKindOf(field)],
      /** Condition fields whose values are yes/no (sent as booleans). */
      booleanFields: new Set([
        ...Object.entries(AUTOMATION_CONDITION_FIELDS)
          .filter(([, f]) => f.value === 'boolean')
          .map(([k]) => k),
        ...customerAttributes.filter((a) => a.type === 'boolean').map((a) => a.value),
      ]),
      /** Condition fields whose values are numbers (sent as numbers). */
      numberFields: new Set(customerAttributes.filter((a) => a.type === 'number').map((a) => a.value)),
      ticketFieldKeys: (fields.data ?? []).map((f) => ({ value: f.key, label: f.label })),
      cannedReplies: (replies.data ?? []).map((r) => ({ value: r.id, label: r.title })),
      calendars: named(calendars.data),
      byKind,
      /** The words for a stored value of a kind (an id's name, an enum's label). */
      labelOf: (kind: AutomationValueKind, value: unknown) =>
        byKind[kind].find((o) => o.value === String(value))?.label ?? String(value),
      fieldLabel: (field: string) => allFields.find((o) => o.value === field)?.label ?? field,
      /** A condition's value as words: an attribute option's label, else by the field's kind. */
      valueLabel: (field: string, value: unknown) =>
        attributeOf(field)?.choices.find((o) => o.value === String(value))?.label ??
        byKind[valueKindOf(field)].find((o) => o.value === String(value))?.label ??
        String(value),
    };
  }, [
    t,
    agents.data,
    queues.data,
    teams.data,
    fields.data,
    reasons.data,
    replies.data,
    calendars.data,
    attributes.data,
  ]);
}

export type RuleOptions = ReturnType<typeof useRuleOptions>;
