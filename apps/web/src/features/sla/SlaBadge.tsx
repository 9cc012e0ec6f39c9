import { Badge, Group, Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { Ticket, TicketSlaTarget } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { getCalendar } from '../../api/calendars.ts';
import { useNow } from '../workspace/use-now.ts';
import { formatDateTime } from '../workspace/relative-time.ts';
import { slaBadgeState, splitMinutes, toBusinessCalendar, type SlaBadgeState } from './sla-remaining.ts';

const COLOR: Record<SlaBadgeState['state'], string> = {
  normal: 'gray',
  warning: 'yellow',
  breached: 'red',
  paused: 'gray',
  met: 'teal',
};

/** The ticket's business calendar (null while loading, or when the queue counts around the clock). */
function useTicketCalendar(ticket: Ticket) {
  const id = ticket.sla?.calendarId ?? null;
  const { data } = useQuery({
    queryKey: ['calendar', id],
    queryFn: () => getCalendar(id!),
    enabled: id !== null,
    staleTime: 10 * 60_000,
    select: toBusinessCalendar,
  });
  return data ?? null;
}

function useDuration() {
  const { t } = useTranslation();
  return (minutes: number) => {
    const { d, h, m } = splitMinutes(minutes);
    if (d > 0) return t('sla.duration.dh', { d, h });
    if (h > 0) return t('sla.duration.hm', { h, m });
    return t('sla.duration.m', { m });
  };
}

/** One SLA target: what is left (or overdue) as words, colour only repeating what the words say. */
export function SlaBadge({ target, ticket }: { target: TicketSlaTarget; ticket: Ticket }) {
  const { t, i18n } = useTranslation();
  const calendar = useTicketCalendar(ticket);
  const now = useNow();
  const duration = useDuration();
  const s = slaBadgeState(target, calendar, now);
  const time = duration(s.minutes);
  const text =
    s.state === 'met'
      ? t('sla.met')
      : s.state === 'paused'
        ? t('sla.paused', { time })
        : s.state === 'breached'
          ? t('sla.overdue', { time })
          : t('sla.left', { time });
  const label = `${t(`sla.target.${target.target}`)}: ${text}`;
  const tip = target.dueAt ? t('sla.dueAt', { at: formatDateTime(target.dueAt, i18n.language) }) : label;
  return (
    <Tooltip label={tip} withinPortal>
      <Badge
        color={COLOR[s.state]}
        variant={s.state === 'normal' || s.state === 'paused' ? 'light' : 'filled'}
        size="sm"
        data-state={s.state}
      >
        {label}
      </Badge>
    </Tooltip>
  );
}

/** Every SLA target of a ticket, for the properties panel; nothing when no policy applies. */
export function SlaBadges({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const targets = ticket.sla?.targets ?? [];
  if (targets.length === 0) return null;
  return (
    <Group gap={6} role="group" aria-label={t('sla.heading')}>
      {targets.map((x) => (
        <SlaBadge key={x.target} target={x} ticket={ticket} />
      ))}
    </Group>
  );
}
