import { useMemo, useState } from 'react';
import { Alert, Button, Checkbox, Group, Select, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChatSession, Ticket } from '@kontakt/contracts';
import { STATUS_TRANSITIONS } from '@kontakt/domain';
import { useTranslation } from 'react-i18next';
import { getOrganization } from '../../api/organization.ts';
import { qk } from '../../api/query-keys.ts';
import { updateTicket } from '../../api/tickets.ts';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { reasonPaths } from '../ticket/PropertiesPanel.tsx';
import { useContactReasons } from '../workspace/reference-data.ts';
import { chatKeys, endChat } from './chat-api.ts';
import ticketClasses from '../ticket/Ticket.module.css';

/**
 * Ends the chat with a wrap-up: the contact reason (required when the organization says so) and
 * whether the ticket is solved now. The chat ends first (the visitor is told), then the ticket
 * gets the reason and the status in one change.
 */
export function ChatWrapUp({
  ticket,
  session,
  onClose,
}: {
  ticket: Ticket;
  session: ChatSession;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const queryClient = useQueryClient();
  const { data: reasons = [] } = useContactReasons();
  const { data: organization } = useQuery({
    queryKey: qk.organization,
    queryFn: getOrganization,
    staleTime: 10 * 60_000,
  });
  const reasonOptions = useMemo(() => reasonPaths(reasons), [reasons]);
  const [reasonId, setReasonId] = useState<string | null>(ticket.contactReasonId);
  const canSolve = ticket.status === 'solved' || STATUS_TRANSITIONS[ticket.status].includes('solved');
  const [solve, setSolve] = useState(canSolve);
  const required = organization?.settings.contactReasonRequiredToSolve === true;
  const missingReason = required && solve && !reasonId;

  const end = useMutation({
    mutationFn: async () => {
      const ended = session.state === 'ended' ? session : await endChat(session.id);
      queryClient.setQueryData(chatKeys.byTicket(ticket.id), ended);
      const changes = {
        ...(reasonId !== ticket.contactReasonId ? { contactReasonId: reasonId } : {}),
        ...(solve && ticket.status !== 'solved' ? { status: 'solved' as const } : {}),
      };
      if (Object.keys(changes).length === 0) return null;
      const version = queryClient.getQueryData<Ticket>(qk.ticket(ticket.id))?.version ?? ticket.version;
      return updateTicket(ticket.id, { version, ...changes });
    },
    onSuccess: (updated) => {
      if (updated)
        queryClient.setQueryData<Ticket>(qk.ticket(ticket.id), (old) => ({
          ...updated,
          abilities: updated.abilities ?? old?.abilities,
        }));
      void queryClient.invalidateQueries({ queryKey: qk.timeline(ticket.id) });
      void queryClient.invalidateQueries({ queryKey: qk.ticketLists });
      onClose();
    },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: qk.ticket(ticket.id) }),
  });

  return (
    <section className={ticketClasses.actionPanel} aria-label={t('chat.wrapUp.title')}>
      <Text fw={600} size="sm" mb={4}>
        {t('chat.wrapUp.title')}
      </Text>
      <Select
        size="xs"
        searchable
        clearable
        required={required && solve}
        label={t('properties.field.contactReasonId')}
        placeholder={t('properties.noReason')}
        nothingFoundMessage={t('properties.noReasons')}
        value={reasonId}
        data={reasonOptions}
        onChange={setReasonId}
        comboboxProps={{ withinPortal: true }}
      />
      {canSolve && (
        <Checkbox
          size="xs"
          mt="xs"
          label={t('chat.wrapUp.solve')}
          checked={solve}
          onChange={(e) => setSolve(e.currentTarget.checked)}
        />
      )}
      {missingReason && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('chat.wrapUp.reasonRequired')}
        </Text>
      )}
      {end.isError && (
        <Alert color="red" role="alert" mt="xs" py={6}>
          {describe(end.error)}
        </Alert>
      )}
      <Group gap="xs" mt="xs">
        <Button
          size="xs"
          color="red"
          disabled={missingReason}
          loading={end.isPending}
          onClick={() => end.mutate()}
        >
          {session.state === 'ended' ? t('chat.wrapUp.save') : t('chat.wrapUp.submit')}
        </Button>
        <Button size="xs" variant="subtle" disabled={end.isPending} onClick={onClose}>
          {t('ticket.actions.cancel')}
        </Button>
      </Group>
    </section>
  );
}
