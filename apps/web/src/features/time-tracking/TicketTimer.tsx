import { useEffect, useState } from 'react';
import { ActionIcon, Group, NativeSelect, Text, VisuallyHidden } from '@mantine/core';
import { IconClock, IconPlayerPause, IconPlayerPlay } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { AddTicketTime } from './AddTicketTime.tsx';
import { formatClock } from './time-format.ts';
import { listActivityCategories, timeKeys } from './time-api.ts';
import { HEARTBEAT_MS, useTicketTimer } from './use-ticket-timer.ts';

interface TicketTimerProps {
  ticketId: string;
  /** Off for closed tickets. */
  enabled?: boolean;
  heartbeatMs?: number;
}

/** The ticket view's timer: elapsed time in this view, the activity, and pause/resume. */
export function TicketTimer({ ticketId, enabled = true, heartbeatMs = HEARTBEAT_MS }: TicketTimerProps) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const timer = useTicketTimer(ticketId, enabled, heartbeatMs);
  const categories = useQuery({ queryKey: timeKeys.categories, queryFn: listActivityCategories });
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!timer.since) return;
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, [timer.since]);

  const running = timer.since ? Math.max(0, Math.floor((now - timer.since) / 1000)) : 0;
  const elapsed = timer.banked + running;
  const fallback = categories.data?.find((c) => c.isDefault)?.id ?? null;
  const options = (categories.data ?? [])
    .filter((c) => c.active || c.id === timer.categoryId)
    .map((c) => ({ value: c.id, label: c.name }));
  const state = !enabled
    ? t('timeTracking.timer.off')
    : timer.paused
      ? t('timeTracking.timer.paused')
      : timer.running
        ? t('timeTracking.timer.running')
        : t('timeTracking.timer.waiting');

  return (
    <Group gap={6} wrap="nowrap" role="group" aria-label={t('timeTracking.timer.label')}>
      <Group gap={4} wrap="nowrap" title={timer.error ? describe(timer.error) : state}>
        <IconClock size={16} aria-hidden color={timer.error ? 'var(--mantine-color-red-6)' : undefined} />
        <Text size="sm" ff="monospace" c={timer.running ? undefined : 'dimmed'}>
          {formatClock(elapsed)}
        </Text>
        <VisuallyHidden>{state}</VisuallyHidden>
      </Group>
      <NativeSelect
        size="xs"
        w={180}
        aria-label={t('timeTracking.timer.category')}
        data={options}
        value={timer.categoryId ?? fallback ?? ''}
        onChange={(e) => e.currentTarget.value && timer.setCategoryId(e.currentTarget.value)}
        disabled={!enabled || options.length === 0}
      />
      <AddTicketTime ticketId={ticketId} categoryId={timer.categoryId ?? fallback} />
      {timer.paused ? (
        <ActionIcon
          variant="subtle"
          aria-label={t('timeTracking.timer.resume')}
          onClick={timer.resume}
          disabled={!enabled}
        >
          <IconPlayerPlay size={16} />
        </ActionIcon>
      ) : (
        <ActionIcon
          variant="subtle"
          aria-label={t('timeTracking.timer.pause')}
          onClick={timer.pause}
          disabled={!enabled}
        >
          <IconPlayerPause size={16} />
        </ActionIcon>
      )}
    </Group>
  );
}
