import { Button, Group, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useRealtimeSocket } from '../../realtime/RealtimeProvider.tsx';
import { socketSender } from './chat-send.ts';
import { discardChatMessage, flushOutbox, retryChatMessage, usePendingMessages } from './outbox.ts';
import classes from './Chat.module.css';

/** Messages written but not yet acknowledged by the server: sending, waiting for the connection, or refused. */
export function PendingMessages({ ticketId }: { ticketId: string }) {
  const { t } = useTranslation();
  const pending = usePendingMessages(ticketId);
  const socket = useRealtimeSocket();
  const queryClient = useQueryClient();
  if (pending.length === 0) return null;
  return (
    <ol className={classes.pending} aria-label={t('chat.pending.label')}>
      {pending.map((m) => (
        <li key={m.clientId} className={classes.pendingItem} data-state={m.state}>
          {m.text}
          <Group gap={6} justify="flex-end" mt={2}>
            <Text size="xs" c={m.state === 'failed' ? 'red' : 'dimmed'}>
              {m.state === 'failed' && m.error === 'chat_ended'
                ? t('chat.pending.ended')
                : t(`chat.pending.${m.state}`)}
            </Text>
            {m.state === 'failed' && (
              <>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  onClick={() => {
                    retryChatMessage(m.clientId);
                    if (socket) void flushOutbox(ticketId, socketSender(socket, queryClient));
                  }}
                >
                  {t('common.retry')}
                </Button>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="red"
                  onClick={() => discardChatMessage(m.clientId)}
                >
                  {t('chat.pending.discard')}
                </Button>
              </>
            )}
          </Group>
        </li>
      ))}
    </ol>
  );
}
