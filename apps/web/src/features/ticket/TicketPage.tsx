import { useDeferredValue, useEffect, useState } from 'react';
import { Alert, Button, Center, Group, Loader, Text, Tooltip } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { IconEye, IconPencil } from '@tabler/icons-react';
import type { PresenceEntry, Ticket } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { getCustomer } from '../../api/directory.ts';
import { qk } from '../../api/query-keys.ts';
import { getTicket } from '../../api/tickets.ts';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { useTicketPresence } from '../../realtime/use-presence.ts';
import { useSignedInMe } from '../auth/session.tsx';
import { customerLabel } from '../customers/customer-label.ts';
import { CustomerPanel } from '../customers/CustomerPanel.tsx';
import { CUSTOMER_STALE_TIME } from '../customers/use-customer-names.ts';
import { ChatBar } from '../chat/ChatBar.tsx';
import { ChatTicketComposer } from '../chat/ChatTicketComposer.tsx';
import { ComplaintPanel } from '../complaints/ComplaintPanel.tsx';
import { ReturnPanel } from '../returns/ReturnPanel.tsx';
import { OrderPanel } from '../orders/OrderPanel.tsx';
import { QualityPanel } from '../quality/QualityPanel.tsx';
import { PendingReplies } from '../approvals/PendingReplies.tsx';
import { LazyTicketTimer } from '../time-tracking/LazyTicketTimer.tsx';
import { useDocumentTitle } from '../shell/use-document-title.ts';
import { closeTab, openTab } from '../tabs/tabs-store.ts';
import { Composer } from './Composer.tsx';
import { PropertiesPanel } from './PropertiesPanel.tsx';
import { TicketActions } from './TicketActions.tsx';
import { TicketMerge } from './TicketMerge.tsx';
import { prefetchTicket, timelineQuery } from './ticket-queries.ts';
import { Timeline } from './Timeline.tsx';
import classes from './Ticket.module.css';

/** One ticket: conversation and composer in the middle, properties and customer beside them. */
export function TicketPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const {
    data: ticket,
    error,
    isPending,
  } = useQuery({ queryKey: qk.ticket(id), queryFn: () => getTicket(id) });
  const { data: customer } = useQuery({
    queryKey: qk.customer(ticket?.customerId ?? ''),
    queryFn: () => getCustomer(ticket!.customerId!),
    enabled: Boolean(ticket?.customerId),
    staleTime: CUSTOMER_STALE_TIME,
  });
  useDocumentTitle(ticket ? `#${ticket.number} ${ticket.subject}` : t('ticket.title'));
  // The conversation loads alongside the ticket rather than after it (the Timeline then finds it).
  const queryClient = useQueryClient();
  useEffect(() => prefetchTicket(queryClient, id), [queryClient, id]);

  useEffect(() => {
    if (ticket) openTab({ id: ticket.id, number: ticket.number, subject: ticket.subject });
    else openTab({ id });
  }, [id, ticket]);
  const notFound = error instanceof ApiError && error.status === 404;
  useEffect(() => {
    if (notFound) closeTab(id);
  }, [notFound, id]);
  // A merged ticket lives on in its target: go there, and say where the agent came from.
  const mergedIntoId = ticket?.mergedIntoId ?? null;
  const navigate = useNavigate();
  useEffect(() => {
    if (!mergedIntoId || !ticket) return;
    closeTab(ticket.id);
    void navigate(`/tickets/${mergedIntoId}`, { replace: true, state: { mergedFrom: ticket.number } });
  }, [mergedIntoId, ticket, navigate]);

  if (isPending || mergedIntoId) {
    return (
      <Center py="xl">
        <Loader size="sm" aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (!ticket) {
    return (
      <Alert color="red" role="alert" m="md" title={notFound ? t('ticket.notFound') : undefined}>
        {notFound ? t('ticket.notFoundText') : describe(error)}{' '}
        <Button component={Link} to="/inbox" size="xs" variant="default" ml="xs">
          {t('notFound.action')}
        </Button>
      </Alert>
    );
  }

  return <TicketWorkspace ticket={ticket} customerName={customerLabel(customer)} />;
}

/** The loaded ticket; one presence subscription for the whole page. */
function TicketWorkspace({ ticket, customerName }: { ticket: Ticket; customerName: string | null }) {
  const { t } = useTranslation();
  const { agent: me } = useSignedInMe();
  const [writing, setWriting] = useState(false);
  const [merging, setMerging] = useState(false);
  const mergedFrom = (useLocation().state as { mergedFrom?: number } | null)?.mergedFrom;
  const canChange = ticket.abilities?.update !== false;
  const present = useTicketPresence(ticket.id, writing ? 'replying' : 'viewing').filter(
    (p) => p.agent.id !== me.id,
  );
  // The conversation comes first: composer and side panels (and their own queries) mount in a
  // background render once it is there (or failed), so they neither delay nor slow it down.
  const conversation = useQuery({ ...timelineQuery(ticket.id), select: () => true });
  const rest = useDeferredValue(!conversation.isPending, false);

  return (
    <div className={classes.layout}>
      <section className={classes.conversation} aria-labelledby="ticket-title">
        <header className={classes.ticketHeader}>
          <h1 id="ticket-title" className={classes.title}>
            <span className={classes.titleNumber}>#{ticket.number}</span> {ticket.subject}
          </h1>
          <Group gap="xs" wrap="nowrap">
            <Presence present={present} />
            {me.role !== 'qa' && (
              <LazyTicketTimer ticketId={ticket.id} enabled={ticket.status !== 'closed'} />
            )}
            {canChange && ticket.abilities?.merge !== false && (
              <TicketActions onMerge={() => setMerging(true)} />
            )}
          </Group>
        </header>
        {mergedFrom !== undefined && (
          <Alert color="gray" mx="md" mt="xs" py={6} role="status">
            {t('ticket.merge.arrived', { number: mergedFrom })}
          </Alert>
        )}
        {merging && <TicketMerge ticket={ticket} onClose={() => setMerging(false)} />}
        {ticket.channel === 'chat' && <ChatBar ticket={ticket} />}
        <div className={classes.timelineScroll}>
          <Timeline ticketId={ticket.id} customerName={customerName} canSplit={canChange} />
        </div>
        {rest && ticket.channel !== 'chat' && <PendingReplies ticket={ticket} />}
        {rest &&
          (ticket.channel === 'chat' ? (
            <ChatTicketComposer key={ticket.id} ticket={ticket} onWritingChange={setWriting} />
          ) : (
            <Composer key={ticket.id} ticket={ticket} onWritingChange={setWriting} />
          ))}
      </section>
      <aside className={classes.side} aria-label={t('ticket.sidePanel')}>
        {rest && <PropertiesPanel ticket={ticket} />}
        {rest && ticket.type === 'complaint' && <ComplaintPanel ticket={ticket} />}
        {rest && ticket.type === 'return' && <ReturnPanel ticket={ticket} />}
        {rest && ticket.customerId && <OrderPanel ticket={ticket} />}
        {rest && <QualityPanel ticket={ticket} />}
        {rest && ticket.customerId && <CustomerPanel customerId={ticket.customerId} ticketId={ticket.id} />}
      </aside>
    </div>
  );
}

/** Colleagues on this ticket right now. */
function Presence({ present }: { present: PresenceEntry[] }) {
  const { t } = useTranslation();
  if (present.length === 0) return null;
  return (
    <Group gap={6} aria-live="polite">
      {present.map((p) => (
        <Tooltip key={p.agent.id} label={t(`ticket.presence.${p.state}`, { name: p.agent.name })}>
          <Text size="xs" c="dimmed" className={classes.presence}>
            {p.state === 'replying' ? (
              <IconPencil size={13} aria-hidden />
            ) : (
              <IconEye size={13} aria-hidden />
            )}
            {t(`ticket.presence.${p.state}`, { name: p.agent.name })}
          </Text>
        </Tooltip>
      ))}
    </Group>
  );
}
