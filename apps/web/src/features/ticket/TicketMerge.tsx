import { useState } from 'react';
import { Alert, Button, Group, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Ticket } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { qk } from '../../api/query-keys.ts';
import { mergeTicket } from '../../api/ticket-actions.ts';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { closeTab } from '../tabs/tabs-store.ts';
import { TicketPicker } from './TicketPicker.tsx';
import classes from './Ticket.module.css';

/**
 * Merges this ticket into another: pick the target by number or text, read what happens, confirm.
 * Afterwards the agent continues on the target (this ticket is closed and points there).
 */
export function TicketMerge({ ticket, onClose }: { ticket: Ticket; onClose: () => void }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [target, setTarget] = useState<Ticket | null>(null);
  const merge = useMutation({
    mutationFn: (into: Ticket) => mergeTicket(ticket.id, into.id),
    onSuccess: (merged) => {
      queryClient.setQueryData(qk.ticket(merged.id), merged);
      void queryClient.invalidateQueries({ queryKey: qk.ticket(ticket.id) });
      void queryClient.invalidateQueries({ queryKey: qk.timeline(merged.id) });
      void queryClient.invalidateQueries({ queryKey: qk.ticketLists });
      closeTab(ticket.id);
      void navigate(`/tickets/${merged.id}`, { state: { mergedFrom: ticket.number } });
    },
  });

  return (
    <section className={classes.actionPanel} aria-label={t('ticket.merge.title')}>
      <Text fw={600} size="sm" mb={4}>
        {t('ticket.merge.title')}
      </Text>
      {target === null ? (
        <Group align="flex-end" gap="xs" wrap="nowrap">
          <div style={{ flex: 1 }}>
            <TicketPicker label={t('ticket.merge.pick')} excludeId={ticket.id} onPick={setTarget} />
          </div>
          <Button size="xs" variant="subtle" onClick={onClose}>
            {t('ticket.actions.cancel')}
          </Button>
        </Group>
      ) : (
        <>
          <Text size="sm" mb="xs">
            {t('ticket.merge.confirmText', {
              source: `#${ticket.number}`,
              target: `#${target.number} ${target.subject}`,
            })}
          </Text>
          {merge.isError && (
            <Alert color="red" role="alert" mb="xs" py={6}>
              {describe(merge.error)}
            </Alert>
          )}
          <Group gap="xs">
            <Button size="xs" color="red" loading={merge.isPending} onClick={() => merge.mutate(target)}>
              {t('ticket.merge.confirm', { target: `#${target.number}` })}
            </Button>
            <Button size="xs" variant="subtle" disabled={merge.isPending} onClick={() => setTarget(null)}>
              {t('ticket.merge.other')}
            </Button>
            <Button size="xs" variant="subtle" disabled={merge.isPending} onClick={onClose}>
              {t('ticket.actions.cancel')}
            </Button>
          </Group>
        </>
      )}
    </section>
  );
}
