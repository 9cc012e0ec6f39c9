import { Alert, Button, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EventNames } from './describe-event.ts';
import { formatFieldValue } from './describe-event.ts';
import type { TicketConflict } from './use-ticket-update.ts';

/** Tells the agent their edit lost a race, shows the colleague's values, and offers to reload. */
export function ConflictNotice({
  conflict,
  names,
  onReload,
}: {
  conflict: TicketConflict;
  names: EventNames;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const rows = Object.entries(conflict.attempted).flatMap(([field, mine]) => {
    if (field === 'customFields' && mine && typeof mine === 'object') {
      return Object.entries(mine as Record<string, unknown>).map(([key, value]) => ({
        label: key,
        now: formatFieldValue(t, null, conflict.current.customFields[key], names),
        yours: formatFieldValue(t, null, value, names),
      }));
    }
    const label = t(`properties.field.${field as 'status'}`, { defaultValue: field });
    return [
      {
        label,
        now: formatFieldValue(
          t,
          field,
          (conflict.current as unknown as Record<string, unknown>)[field],
          names,
        ),
        yours: formatFieldValue(t, field, mine, names),
      },
    ];
  });
  return (
    <Alert color="orange" role="alert" title={t('properties.conflictTitle')} mb="sm">
      <Text size="sm" mb={4}>
        {t('properties.conflictText')}
      </Text>
      <List size="sm" spacing={2} mb="xs">
        {rows.map((row) => (
          <List.Item key={row.label}>
            {t('properties.conflictRow', { field: row.label, now: row.now, yours: row.yours })}
          </List.Item>
        ))}
      </List>
      <Button size="xs" onClick={onReload}>
        {t('properties.reload')}
      </Button>
    </Alert>
  );
}
