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
    <ConflictAlert
      title={t('properties.conflictTitle')}
      text={t('properties.conflictText')}
      rows={rows}
      onReload={onReload}
    />
  );
}

/** One field of a lost race: what it is now and what this agent chose. */
export interface ConflictRow {
  label: string;
  now: string;
  yours: string;
}

/** The "changed by someone else" notice: the colleague's values beside the agent's, and Reload. */
export function ConflictAlert({
  title,
  text,
  rows,
  onReload,
}: {
  title: string;
  text: string;
  rows: ConflictRow[];
  onReload: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" role="alert" title={title} mb="sm">
      <Text size="sm" mb={4}>
        {text}
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

/** An edit the server refused for another reason: rolled back, with why; dismissable. */
export function NotSavedAlert({ message, onClose }: { message: string; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      color="red"
      role="alert"
      mb="sm"
      withCloseButton
      closeButtonLabel={t('common.dismiss')}
      onClose={onClose}
    >
      {message}
    </Alert>
  );
}
