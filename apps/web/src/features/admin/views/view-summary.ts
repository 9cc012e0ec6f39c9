import type { TFunction } from 'i18next';
import type { TicketFilters } from '@kontakt/contracts';

/** Names of the records a view's filters point at (queues, teams, agents, reasons). */
export interface FilterNames {
  queue: (id: string) => string | undefined;
  team: (id: string) => string | undefined;
  agent: (id: string) => string | undefined;
  reason: (id: string) => string | undefined;
}

/** A view's conditions in one line, e.g. "Status: Open, New · Queue: Support", in the admin's language. */
export function summarizeFilters(t: TFunction, f: TicketFilters, names: FilterNames, locale: string): string {
  const list = (items: string[]) => new Intl.ListFormat(locale, { type: 'disjunction' }).format(items);
  const day = (instant: string) => new Date(instant).toLocaleDateString(locale);
  const parts: string[] = [];
  const add = (label: string, values: string[] | undefined, name: (v: string) => string) => {
    if (values?.length) parts.push(`${label}: ${list(values.map(name))}`);
  };
  const known = (lookup: (id: string) => string | undefined) => (id: string) => lookup(id) ?? '?';
  add(t('admin.views.filters.status'), f.status, (s) => t(`ticket.status.${s as 'open'}`));
  add(t('admin.views.filters.priority'), f.priority, (p) => t(`ticket.priority.${p as 'low'}`));
  add(t('admin.views.filters.type'), f.type, (v) => t(`ticket.type.${v as 'other'}`));
  add(t('admin.views.filters.channel'), f.channel, (c) => t(`ticket.channel.${c as 'other'}`));
  add(t('admin.views.filters.queues'), f.queueIds, known(names.queue));
  add(t('admin.views.filters.teams'), f.teamIds, known(names.team));
  add(t('admin.views.filters.assignees'), f.assignees, (a) =>
    a === 'me'
      ? t('admin.views.filters.assigneeMe')
      : a === 'none'
        ? t('ticket.unassigned')
        : known(names.agent)(a),
  );
  add(t('admin.views.filters.tags'), f.tags, (tag) => tag);
  add(t('admin.views.filters.contactReasons'), f.contactReasonIds, known(names.reason));
  if (f.createdAfter) parts.push(`${t('admin.views.filters.createdAfter')}: ${day(f.createdAfter)}`);
  if (f.createdBefore) parts.push(`${t('admin.views.filters.createdBefore')}: ${day(f.createdBefore)}`);
  if (f.myQueuesOnly) parts.push(t('admin.views.filters.myQueuesOnly'));
  if (f.customerId) parts.push(t('admin.views.filters.oneCustomer'));
  return parts.length ? parts.join(' · ') : t('admin.views.filters.allTickets');
}
