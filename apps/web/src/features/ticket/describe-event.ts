import type { TFunction } from 'i18next';
import type { TicketEvent } from '@kontakt/contracts';
import { Priority, TicketStatus, TicketType } from '@kontakt/contracts';

/** Names the history line needs to turn ids into words. */
export interface EventNames {
  agent: (id: string) => string | undefined;
  queue: (id: string) => string | undefined;
  reason: (id: string) => string | undefined;
}

const FIELDS = [
  'status',
  'priority',
  'type',
  'queueId',
  'teamId',
  'assigneeId',
  'customerId',
  'tags',
  'subject',
  'customFields',
  'contactReasonId',
  'language',
  'followerIds',
] as const;
type KnownField = (typeof FIELDS)[number];
const isKnownField = (f: string | null): f is KnownField => (FIELDS as readonly string[]).includes(f ?? '');

/** Who did it: an agent's name, "Kontakt" for the system, "API" for integrations. */
export function actorName(
  t: TFunction,
  event: Pick<TicketEvent, 'actorType' | 'actorId'>,
  names: EventNames,
) {
  if (event.actorType === 'agent' && event.actorId)
    return names.agent(event.actorId) ?? t('timeline.someone');
  if (event.actorType === 'api_token') return t('timeline.api');
  return t('app.name');
}

/** One value of a field, in words. */
export function formatFieldValue(
  t: TFunction,
  field: string | null,
  value: unknown,
  names: EventNames,
): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) {
    const parts = value.map((v) => formatFieldValue(t, field, v, names));
    return parts.length ? parts.join(', ') : '—';
  }
  if (typeof value === 'string') {
    if (field === 'status' && TicketStatus.safeParse(value).success)
      return t(`ticket.status.${value as TicketStatus}`);
    if (field === 'priority' && Priority.safeParse(value).success)
      return t(`ticket.priority.${value as Priority}`);
    if (field === 'type' && TicketType.safeParse(value).success)
      return t(`ticket.type.${value as TicketType}`);
    if (field === 'assigneeId' || field === 'followerIds') return names.agent(value) ?? t('timeline.someone');
    if (field === 'queueId') return names.queue(value) ?? value;
    if (field === 'contactReasonId') return names.reason(value) ?? value;
    return value;
  }
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${formatFieldValue(t, null, v, names)}`)
      .join(', ');
  }
  return String(value);
}

/** The number a merge/split/link event points to. */
function refNumber(value: unknown): string {
  const n = (value as { number?: unknown } | null)?.number;
  return typeof n === 'number' ? `#${n}` : '';
}

/** "Anna changed status Open → Solved", and the like, in the agent's language. */
export function describeEvent(t: TFunction, event: TicketEvent, names: EventNames): string {
  const actor = actorName(t, event, names);
  switch (event.kind) {
    case 'created':
      return t('timeline.event.created', { actor });
    case 'field_changed': {
      if (!isKnownField(event.field))
        return t('timeline.event.other', { actor, kind: event.field ?? event.kind });
      if (event.field === 'assigneeId' && event.newValue === null)
        return t('timeline.event.unassigned', { actor });
      if (event.field === 'assigneeId')
        return t('timeline.event.assigned', {
          actor,
          to: formatFieldValue(t, 'assigneeId', event.newValue, names),
        });
      return t('timeline.event.changed', {
        actor,
        field: t(`timeline.field.${event.field}`),
        from: formatFieldValue(t, event.field, event.oldValue, names),
        to: formatFieldValue(t, event.field, event.newValue, names),
      });
    }
    case 'merged_into':
      return t('timeline.event.mergedInto', { actor, ref: refNumber(event.newValue) });
    case 'merged_from':
      return t('timeline.event.mergedFrom', { actor, ref: refNumber(event.oldValue) });
    case 'split_to':
      return t('timeline.event.splitTo', { actor, ref: refNumber(event.newValue) });
    case 'split_from':
      return t('timeline.event.splitFrom', { actor, ref: refNumber(event.oldValue) });
    case 'linked':
      return t('timeline.event.linked', { actor, ref: refNumber(event.newValue) });
    default:
      return t('timeline.event.other', { actor, kind: event.kind });
  }
}
