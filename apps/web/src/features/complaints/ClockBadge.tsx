import { Badge, Group, Text } from '@mantine/core';
import type { ComplaintClockState } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';

/** Colour only where the state asks for action or is settled; a running clock stays neutral. */
const COLORS: Record<ComplaintClockState, string> = {
  running: 'gray',
  due_soon: 'orange',
  answered_in_time: 'green',
  deemed_accepted: 'red',
  overdue_consumer_options: 'red',
};

/** Where the statutory clock stands, with the days left while it still runs. */
export function ClockBadge({ state, daysLeft }: { state: ComplaintClockState; daysLeft: number }) {
  const { t } = useTranslation();
  const open = state === 'running' || state === 'due_soon';
  return (
    <Group gap={6} wrap="nowrap" data-clock-state={state}>
      <Badge color={COLORS[state]} variant={state === 'running' ? 'outline' : 'light'} radius="sm">
        {t(`complaints.clock.${state}`)}
      </Badge>
      {open && (
        <Text size="xs" c="dimmed">
          {daysLeft === 0
            ? t('complaints.clock.dueToday')
            : daysLeft > 0
              ? t('complaints.clock.daysLeft', { count: daysLeft })
              : t('complaints.clock.daysOver', { count: -daysLeft })}
        </Text>
      )}
    </Group>
  );
}
