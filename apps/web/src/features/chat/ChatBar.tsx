import { useState } from 'react';
import { Alert, Badge, Button, Group, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { IconArrowsExchange, IconEye, IconHandGrab, IconMessageCircleOff } from '@tabler/icons-react';
import type { ChatSession, Ticket } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { qk } from '../../api/query-keys.ts';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { useSignedInMe } from '../auth/session.tsx';
import { chatKeys, joinChat } from './chat-api.ts';
import { ChatTransfer } from './ChatTransfer.tsx';
import { ChatWrapUp } from './ChatWrapUp.tsx';
import { useChatSession } from './use-chat-session.ts';
import classes from './Chat.module.css';

const STATE_COLOR: Record<ChatSession['state'], string> = {
  waiting: 'yellow',
  active: 'green',
  ended: 'gray',
};

/**
 * The chat's bar on a chat ticket: where the chat stands and who has it; transfer and end with
 * wrap-up for the chat's agent (and leads); join silently or take over for leads.
 */
export function ChatBar({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const queryClient = useQueryClient();
  const { agent: me } = useSignedInMe();
  const { data: session } = useChatSession(ticket.id);
  const [panel, setPanel] = useState<'transfer' | 'end' | null>(null);
  const [watching, setWatching] = useState(false);

  const join = useMutation({
    mutationFn: (mode: 'silent' | 'takeover') => joinChat(session!.id, mode),
    onSuccess: (next, mode) => {
      queryClient.setQueryData(chatKeys.byTicket(ticket.id), next);
      void queryClient.invalidateQueries({ queryKey: qk.ticket(ticket.id) });
      setWatching(mode === 'silent');
    },
  });

  if (!session) return null;
  const isMine = session.agent?.id === me.id;
  const isLead = me.role === 'lead' || me.role === 'admin';
  const canManage = session.state !== 'ended' && (isMine || isLead);
  const stateText =
    session.state === 'active' && session.agent
      ? t('chat.state.activeWith', { name: isMine ? t('chat.you') : session.agent.name })
      : t(`chat.state.${session.state}`);

  return (
    <>
      <div className={classes.chatBar} role="region" aria-label={t('chat.bar')}>
        <Group gap="xs" wrap="nowrap">
          <Badge color={STATE_COLOR[session.state]} variant="light" size="sm">
            {t('chat.label')}
          </Badge>
          <Text size="sm">{stateText}</Text>
          {watching && !isMine && (
            <Text size="xs" c="dimmed">
              <IconEye size={13} aria-hidden /> {t('chat.watchingSilently')}
            </Text>
          )}
        </Group>
        <Group gap={6} wrap="nowrap">
          {isLead && !isMine && session.state !== 'ended' && (
            <>
              {!watching && (
                <Button
                  size="compact-xs"
                  variant="default"
                  leftSection={<IconEye size={14} aria-hidden />}
                  loading={join.isPending && join.variables === 'silent'}
                  onClick={() => join.mutate('silent')}
                >
                  {t('chat.join.silent')}
                </Button>
              )}
              <Button
                size="compact-xs"
                variant="default"
                leftSection={<IconHandGrab size={14} aria-hidden />}
                loading={join.isPending && join.variables === 'takeover'}
                onClick={() => join.mutate('takeover')}
              >
                {t('chat.join.takeover')}
              </Button>
            </>
          )}
          {canManage && (
            <Button
              size="compact-xs"
              variant="default"
              leftSection={<IconArrowsExchange size={14} aria-hidden />}
              aria-expanded={panel === 'transfer'}
              onClick={() => setPanel(panel === 'transfer' ? null : 'transfer')}
            >
              {t('chat.transfer.open')}
            </Button>
          )}
          {(canManage || (session.state === 'ended' && isMine)) && (
            <Button
              size="compact-xs"
              variant="default"
              color="red"
              leftSection={<IconMessageCircleOff size={14} aria-hidden />}
              aria-expanded={panel === 'end'}
              onClick={() => setPanel(panel === 'end' ? null : 'end')}
            >
              {session.state === 'ended' ? t('chat.wrapUp.open') : t('chat.end')}
            </Button>
          )}
        </Group>
      </div>
      {join.isError && (
        <Alert color="red" role="alert" mx="md" mt="xs" py={6}>
          {describe(join.error)}
        </Alert>
      )}
      {panel === 'transfer' && <ChatTransfer session={session} onClose={() => setPanel(null)} />}
      {panel === 'end' && <ChatWrapUp ticket={ticket} session={session} onClose={() => setPanel(null)} />}
    </>
  );
}
