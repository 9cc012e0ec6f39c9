import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ImapDeadLetter } from '@kontakt/contracts';
import { listDeadLetters, retryDeadLetter } from '../../../api/mailboxes.ts';
import { useErrorMessage } from '../../../i18n/error-message.ts';
import { formatDateTime } from '../../workspace/relative-time.ts';

const deadLettersKey = (mailboxId: string) => ['mailbox-dead-letters', mailboxId] as const;

/** "812 kB" / "12,5 MB", in the admin's language. */
function formatSize(bytes: number, locale: string): string {
  const mb = bytes >= 1024 * 1024;
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: mb ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: 1,
  }).format(bytes / (mb ? 1024 * 1024 : 1024));
}

/** One set-aside message: where it is, why, and a retry when its source was kept. */
function DeadLetterRow({
  letter,
  onRetry,
  retrying,
}: {
  letter: ImapDeadLetter;
  onRetry: () => void;
  retrying: boolean;
}) {
  const { t, i18n } = useTranslation();
  const where = t('admin.mailboxes.deadLetters.where', { folder: letter.folder, uid: letter.uid });
  return (
    <Paper withBorder p="xs" component="li" aria-label={where}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Group gap="xs">
            <Text size="sm" fw={500}>
              {where}
            </Text>
            <Badge size="sm" variant="light" color={letter.reason === 'too_large' ? 'orange' : 'red'}>
              {t(`admin.mailboxes.deadLetters.reason.${letter.reason}`)}
            </Badge>
            {letter.resolvedAt && (
              <Badge size="sm" variant="light" color="teal">
                {t('admin.mailboxes.deadLetters.resolved')}
              </Badge>
            )}
          </Group>
          <Text size="xs" c="dimmed">
            {t('admin.mailboxes.deadLetters.details', {
              size: formatSize(letter.size, i18n.language),
              attempts: t('admin.mailboxes.deadLetters.attempts', { count: letter.attempts }),
              time: formatDateTime(letter.givenUpAt ?? letter.createdAt, i18n.language),
            })}
          </Text>
          {letter.error && (
            <Text size="xs" ff="monospace" style={{ wordBreak: 'break-word' }}>
              {letter.error}
            </Text>
          )}
        </Stack>
        {letter.retriable && (
          <Button
            size="compact-xs"
            variant="default"
            loading={retrying}
            onClick={onRetry}
            aria-label={t('admin.mailboxes.deadLetters.retryLabel', { where })}
          >
            {t('admin.mailboxes.deadLetters.retry')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}

/** Messages an IMAP mailbox set aside so later mail could go on, with a retry for kept ones. */
export function DeadLetters({ mailboxId }: { mailboxId: string }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const queryClient = useQueryClient();
  const letters = useQuery({
    queryKey: deadLettersKey(mailboxId),
    queryFn: () => listDeadLetters(mailboxId),
  });
  const retry = useMutation({
    mutationFn: (id: string) => retryDeadLetter(mailboxId, id),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: deadLettersKey(mailboxId) });
      notifications.show({ message: t('admin.mailboxes.deadLetters.retried'), color: 'teal' });
    },
    onError: (error) => notifications.show({ message: describe(error), color: 'red' }),
  });

  return (
    <Stack gap="xs" component="section" aria-labelledby="mailbox-dead-letters-title">
      <Title order={2} size="h5" id="mailbox-dead-letters-title">
        {t('admin.mailboxes.deadLetters.heading')}
      </Title>
      <Text size="xs" c="dimmed">
        {t('admin.mailboxes.deadLetters.hint')}
      </Text>
      {letters.isPending && <Text size="sm">{t('common.loading')}</Text>}
      {letters.error && (
        <Alert color="red" variant="light">
          <Group justify="space-between">
            <Text size="sm">{describe(letters.error)}</Text>
            <Button size="compact-xs" variant="default" onClick={() => void letters.refetch()}>
              {t('common.retry')}
            </Button>
          </Group>
        </Alert>
      )}
      {letters.data?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('admin.mailboxes.deadLetters.empty')}
        </Text>
      )}
      {letters.data && letters.data.length > 0 && (
        <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {letters.data.map((letter) => (
            <DeadLetterRow
              key={letter.id}
              letter={letter}
              retrying={retry.isPending && retry.variables === letter.id}
              onRetry={() => retry.mutate(letter.id)}
            />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
