import { useState } from 'react';
import { Alert, Button, Group, SegmentedControl, Select, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChatSession } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { qk } from '../../api/query-keys.ts';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { useSignedInMe } from '../auth/session.tsx';
import { useAgents, useQueues } from '../workspace/reference-data.ts';
import { chatKeys, transferChat } from './chat-api.ts';
import ticketClasses from '../ticket/Ticket.module.css';

/** Hands the chat to a colleague or back to a queue, with an internal note for whoever takes it. */
export function ChatTransfer({ session, onClose }: { session: ChatSession; onClose: () => void }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const queryClient = useQueryClient();
  const { agent: me } = useSignedInMe();
  const { data: agents = [] } = useAgents();
  const { data: queues = [] } = useQueues();
  const [to, setTo] = useState<'agent' | 'queue'>('agent');
  const [target, setTarget] = useState<string | null>(null);
  const [note, setNote] = useState('');

  const transfer = useMutation({
    mutationFn: () =>
      transferChat(session.id, to === 'agent' ? { toAgentId: target!, note } : { toQueueId: target!, note }),
    onSuccess: (next) => {
      queryClient.setQueryData(chatKeys.byTicket(next.ticketId), next);
      void queryClient.invalidateQueries({ queryKey: qk.ticket(next.ticketId) });
      void queryClient.invalidateQueries({ queryKey: qk.timeline(next.ticketId) });
      onClose();
    },
  });

  const options =
    to === 'agent'
      ? agents.filter((a) => a.active && a.id !== me.id).map((a) => ({ value: a.id, label: a.name }))
      : queues.map((q) => ({ value: q.id, label: q.name }));

  return (
    <section className={ticketClasses.actionPanel} aria-label={t('chat.transfer.title')}>
      <Text fw={600} size="sm" mb={4}>
        {t('chat.transfer.title')}
      </Text>
      <Group align="flex-end" gap="xs" wrap="nowrap" mb="xs">
        <SegmentedControl
          size="xs"
          value={to}
          onChange={(value) => {
            setTo(value as 'agent' | 'queue');
            setTarget(null);
          }}
          data={[
            { value: 'agent', label: t('chat.transfer.toAgent') },
            { value: 'queue', label: t('chat.transfer.toQueue') },
          ]}
          aria-label={t('chat.transfer.to')}
        />
        <Select
          size="xs"
          searchable
          style={{ flex: 1 }}
          label={to === 'agent' ? t('chat.transfer.agent') : t('chat.transfer.queue')}
          value={target}
          data={options}
          onChange={setTarget}
          comboboxProps={{ withinPortal: true }}
        />
      </Group>
      <Textarea
        size="xs"
        autosize
        minRows={2}
        maxRows={5}
        maxLength={5000}
        label={t('chat.transfer.note')}
        placeholder={t('chat.transfer.notePlaceholder')}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
      />
      {transfer.isError && (
        <Alert color="red" role="alert" mt="xs" py={6}>
          {describe(transfer.error)}
        </Alert>
      )}
      <Group gap="xs" mt="xs">
        <Button size="xs" disabled={!target} loading={transfer.isPending} onClick={() => transfer.mutate()}>
          {t('chat.transfer.submit')}
        </Button>
        <Button size="xs" variant="subtle" disabled={transfer.isPending} onClick={onClose}>
          {t('ticket.actions.cancel')}
        </Button>
      </Group>
    </section>
  );
}
