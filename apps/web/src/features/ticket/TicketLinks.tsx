import { useState } from 'react';
import { Alert, Button, Group, SegmentedControl, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Ticket } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { qk } from '../../api/query-keys.ts';
import { linkTicket, listTicketLinks, type TicketLink } from '../../api/ticket-actions.ts';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { StatusLabel } from '../inbox/TicketLabels.tsx';
import { TicketPicker } from './TicketPicker.tsx';
import classes from './Ticket.module.css';

type Relation = TicketLink['relation'];
const RELATIONS: Relation[] = ['related', 'parent', 'child'];

/** Tickets linked to this one (related, parent, children), each a link; and a way to add one. */
export function TicketLinks({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const queryClient = useQueryClient();
  const [adding, setAdding] = useState(false);
  const [relation, setRelation] = useState<Relation>('related');
  const links = useQuery({ queryKey: qk.ticketLinks(ticket.id), queryFn: () => listTicketLinks(ticket.id) });
  const add = useMutation({
    mutationFn: (other: Ticket) => linkTicket(ticket.id, other.id, relation),
    onSuccess: (_, other) => {
      setAdding(false);
      void queryClient.invalidateQueries({ queryKey: qk.ticketLinks(ticket.id) });
      void queryClient.invalidateQueries({ queryKey: qk.ticketLinks(other.id) });
      void queryClient.invalidateQueries({ queryKey: qk.timeline(ticket.id) });
    },
  });
  const canEdit = ticket.abilities?.update !== false && !ticket.mergedIntoId;

  return (
    <section aria-labelledby="links-heading" className={classes.panelSection}>
      <Title order={2} id="links-heading" className={classes.panelHeading}>
        {t('ticket.links.heading')}
      </Title>
      {links.isError && (
        <Text size="sm" c="red" role="alert">
          {describe(links.error)}
        </Text>
      )}
      {links.data?.length === 0 && !adding && (
        <Text size="sm" c="dimmed">
          {t('ticket.links.none')}
        </Text>
      )}
      <ul className={classes.links}>
        {links.data?.map((link) => (
          <li key={`${link.relation}:${link.ticketId}`}>
            <Text span size="xs" c="dimmed" className={classes.linkRelation}>
              {t(`ticket.links.relation.${link.relation}`)}
            </Text>
            <Link to={`/tickets/${link.ticketId}`} className={classes.linkTicket}>
              #{link.number} {link.subject}
            </Link>
            <StatusLabel status={link.status} />
          </li>
        ))}
      </ul>
      {canEdit && !adding && (
        <Button size="compact-xs" variant="subtle" mt={4} onClick={() => setAdding(true)}>
          {t('ticket.links.add')}
        </Button>
      )}
      {adding && (
        <div className={classes.linkForm}>
          <SegmentedControl
            size="xs"
            fullWidth
            value={relation}
            onChange={(v) => setRelation(v as Relation)}
            data={RELATIONS.map((r) => ({ value: r, label: t(`ticket.links.kind.${r}`) }))}
            aria-label={t('ticket.links.kindLabel')}
          />
          <TicketPicker
            label={t('ticket.links.pick')}
            excludeId={ticket.id}
            onPick={(other) => add.mutate(other)}
          />
          {add.isError && (
            <Alert color="red" role="alert" py={6}>
              {describe(add.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button size="compact-xs" variant="subtle" onClick={() => setAdding(false)}>
              {t('ticket.actions.cancel')}
            </Button>
          </Group>
        </div>
      )}
    </section>
  );
}
