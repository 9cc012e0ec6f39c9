import { Alert, Code, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { getInboundListener } from '../../../api/mailboxes.ts';
import { qk } from '../../../api/query-keys.ts';

/** For a mailbox on Kontakt's own SMTP listener: where to deliver its mail, and how to try it. */
export function ListenerHint({ address }: { address: string }) {
  const { t } = useTranslation();
  const { data } = useQuery({
    queryKey: qk.mailboxListener,
    queryFn: getInboundListener,
    staleTime: Infinity,
  });
  if (!data) return null;
  if (!data.enabled) {
    return (
      <Alert color="yellow" py="xs">
        {t('admin.mailboxes.listener.off')}
      </Alert>
    );
  }
  const to = address.trim() || t('admin.mailboxes.listener.addressPlaceholder');
  const server = data.port ? `${data.host}:${data.port}` : data.host;
  return (
    <Stack gap={4}>
      <Text size="sm">{t('admin.mailboxes.listener.deliverTo', { address: to, server })}</Text>
      <Text size="xs" c="dimmed">
        {t('admin.mailboxes.listener.tryIt')}
      </Text>
      <Code
        block
      >{`swaks --server ${server} --to ${to} --from you@example.com --header "Subject: Test"`}</Code>
      {!data.port && (
        <Text size="xs" c="dimmed">
          {t('admin.mailboxes.listener.portUnknown')}
        </Text>
      )}
    </Stack>
  );
}
