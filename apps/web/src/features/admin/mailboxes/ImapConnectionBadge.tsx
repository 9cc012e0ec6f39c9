import { Badge, Group, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Mailbox } from '@kontakt/contracts';
import { formatRelative } from '../../workspace/relative-time.ts';
import { useNow } from '../../workspace/use-now.ts';

/**
 * How an IMAP mailbox's connection is doing: connected (pushed by IDLE or polled, last checked
 * when) or failing (at which step, why, next try) — so an admin sees a broken mailbox in the list.
 */
export function ImapConnectionBadge({
  connection,
}: {
  connection: NonNullable<Mailbox['imap']>['connection'];
}) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const ago = (at: string | null) => (at ? formatRelative(at, now, i18n.language) : t('admin.common.never'));
  if (!connection)
    return (
      <Badge variant="light" color="gray">
        {t('admin.mailboxes.connection.waiting')}
      </Badge>
    );
  if (connection.state === 'connected')
    return (
      <Tooltip label={t('admin.mailboxes.connection.checked', { ago: ago(connection.checkedAt) })}>
        <Badge variant="light" color="teal">
          {t(connection.idle ? 'admin.mailboxes.connection.idle' : 'admin.mailboxes.connection.polling')}
        </Badge>
      </Tooltip>
    );
  const error = connection.error;
  const why = error?.code
    ? t(`admin.mailboxes.test.codes.${error.code}`)
    : t('admin.mailboxes.test.codes.unknown');
  const step = error ? t(`admin.mailboxes.test.steps.${error.step}`) : '';
  return (
    <Group gap={4} wrap="nowrap">
      <Tooltip
        multiline
        w={320}
        label={`${t('admin.mailboxes.test.failedAt', { step })} ${why} ${t(
          'admin.mailboxes.connection.retry',
          {
            ago: ago(connection.retryAt),
            since: ago(connection.failingSince),
          },
        )}`}
      >
        <Badge variant="light" color="red">
          {t('admin.mailboxes.connection.failing', { step })}
        </Badge>
      </Tooltip>
    </Group>
  );
}
