import { Button, Text } from '@mantine/core';
import { IconMailForward } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { request } from '../../api/client.ts';
import { qk } from '../../api/query-keys.ts';
import { useErrorMessage } from '../../i18n/error-message.ts';

/** E-mails the protocol / confirmation PDF to the consumer (the durable medium), once asked. */
export function SendProtocolButton({ ticketId }: { ticketId: string }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const queryClient = useQueryClient();
  const send = useMutation({
    mutationFn: () =>
      request<{ messageId: string; recipient: string }>(
        'POST',
        `/tickets/${encodeURIComponent(ticketId)}/complaint/protocol/send`,
        { body: {} },
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: qk.timeline(ticketId) }),
  });
  if (send.data)
    return (
      <Text size="xs" c="teal.8" role="status">
        {t('complaints.protocolMail.sent', { email: send.data.recipient })}
      </Text>
    );
  return (
    <>
      <Button
        size="compact-xs"
        variant="subtle"
        leftSection={<IconMailForward size={14} aria-hidden />}
        loading={send.isPending}
        onClick={() => send.mutate()}
      >
        {t('complaints.protocolMail.send')}
      </Button>
      {send.error && (
        <Text size="xs" c="red.8" role="alert">
          {describe(send.error)}
        </Text>
      )}
    </>
  );
}
