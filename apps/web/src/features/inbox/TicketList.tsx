import { useCallback, useEffect, useMemo, useRef } from 'react';
import { Alert, Button, Center, Loader, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { IconInbox } from '@tabler/icons-react';
import type { Ticket } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { qk } from '../../api/query-keys.ts';
import { listTickets } from '../../api/tickets.ts';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { useCustomerNames } from '../customers/use-customer-names.ts';
import { EmptyState } from '../shell/EmptyState.tsx';
import { isTypingTarget } from '../workspace/is-typing.ts';
import { useAgentMap, useQueueMap } from '../workspace/reference-data.ts';
import { useLocale } from '../workspace/use-locale.ts';
import { useNow } from '../workspace/use-now.ts';
import { BulkBar } from './BulkBar.tsx';
import { TicketRow } from './TicketRow.tsx';
import { useListNavigation } from './use-list-navigation.ts';
import { emptyViewText } from './view-name.ts';
import classes from './Inbox.module.css';

const PAGE_SIZE = 50;

/** The tickets of one view: dense rows, keyboard cursor, multi-select, bulk actions, "load more". */
export function TicketList({ viewId }: { viewId: string }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const navigate = useNavigate();
  const locale = useLocale();
  const now = useNow();
  const agents = useAgentMap();
  const queues = useQueueMap();
  const tableRef = useRef<HTMLTableElement>(null);

  const query = useInfiniteQuery({
    queryKey: qk.ticketList(viewId),
    queryFn: ({ pageParam }) => listTickets({ view: viewId, cursor: pageParam, limit: PAGE_SIZE }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const tickets = useMemo(() => query.data?.pages.flatMap((p) => p.items) ?? [], [query.data]);
  const ids = useMemo(() => tickets.map((tk) => tk.id), [tickets]);
  const ticketsById = useMemo(() => new Map<string, Ticket>(tickets.map((tk) => [tk.id, tk])), [tickets]);
  // The list answer carries customer labels; only tickets that arrived live lack them.
  const customerNames = useCustomerNames(
    tickets.filter((tk) => tk.customerLabel === undefined).map((tk) => tk.customerId),
  );

  const open = useCallback((id: string) => void navigate(`/tickets/${id}`), [navigate]);
  const nav = useListNavigation(ids, open);
  const { activeId, focusRow } = nav;

  // j or k with nothing focused starts keyboard work in the list.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'j' && event.key !== 'k') return;
      if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      if (tableRef.current?.contains(document.activeElement)) return;
      if (document.activeElement && document.activeElement !== document.body) {
        if (!document.getElementById('main')?.isSameNode(document.activeElement)) return;
      }
      if (activeId) {
        event.preventDefault();
        focusRow(activeId);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [activeId, focusRow]);

  const labels = useMemo(
    () => ({
      select: t('inbox.selectTicket'),
      unassigned: t('ticket.unassigned'),
      unknownCustomer: '—',
    }),
    [t],
  );
  const selectedIds = ids.filter((id) => nav.selected.has(id));
  const allSelected = ids.length > 0 && selectedIds.length === ids.length;

  if (query.isPending) {
    return (
      <Center py="xl">
        <Loader size="sm" aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (query.isError) {
    return (
      <Alert color="red" m="md" role="alert">
        {describe(query.error)}{' '}
        <Button size="xs" variant="default" onClick={() => void query.refetch()}>
          {t('common.retry')}
        </Button>
      </Alert>
    );
  }
  if (tickets.length === 0) {
    return (
      <EmptyState
        icon={IconInbox}
        title={t('inbox.emptyTitle')}
        text={emptyViewText(t, viewId)}
        action={
          viewId === 'mine_open' ? (
            <Button component={Link} to="/inbox/unassigned_my_queues" variant="default" mt="xs">
              {t('views.builtIn.unassigned_my_queues')}
            </Button>
          ) : undefined
        }
      />
    );
  }

  return (
    <>
      <BulkBar
        selectedIds={selectedIds}
        ticketsById={ticketsById}
        onDone={(failed) => nav.setSelected(new Set(failed))}
        onClear={() => nav.setAll(false)}
      />
      <div className={classes.scroll}>
        <table
          ref={tableRef}
          className={classes.table}
          role="grid"
          aria-multiselectable="true"
          aria-label={t('inbox.listLabel')}
          aria-describedby="inbox-keys-hint"
          onKeyDown={nav.onKeyDown}
        >
          <thead>
            <tr>
              <th className={classes.colCheck}>
                <input
                  type="checkbox"
                  className={classes.checkbox}
                  checked={allSelected}
                  ref={(el) => {
                    if (el) el.indeterminate = selectedIds.length > 0 && !allSelected;
                  }}
                  aria-label={t('inbox.selectAll')}
                  onChange={() => nav.setAll(!allSelected)}
                />
              </th>
              <th className={classes.colNumber}>{t('inbox.columns.number')}</th>
              <th>{t('inbox.columns.subject')}</th>
              <th className={classes.colStatus}>{t('inbox.columns.status')}</th>
              <th className={classes.colPriority}>{t('inbox.columns.priority')}</th>
              <th className={classes.colAssignee}>{t('inbox.columns.assignee')}</th>
              <th className={classes.colActivity}>{t('inbox.columns.lastActivity')}</th>
            </tr>
          </thead>
          <tbody>
            {tickets.map((ticket) => (
              <TicketRow
                key={ticket.id}
                ticket={ticket}
                active={ticket.id === activeId}
                selected={nav.selected.has(ticket.id)}
                customerName={
                  ticket.customerLabel ??
                  (ticket.customerId ? customerNames.get(ticket.customerId) : undefined)
                }
                queueName={queues.get(ticket.queueId)?.name}
                assigneeName={ticket.assigneeId ? (agents.get(ticket.assigneeId)?.name ?? '…') : undefined}
                now={now}
                locale={locale}
                labels={labels}
                onToggle={nav.toggle}
                onOpen={open}
                onFocusRow={nav.setActiveId}
              />
            ))}
          </tbody>
        </table>
        <Text id="inbox-keys-hint" size="xs" c="dimmed" ta="center" pt="xs">
          {t('inbox.keysHint')}
        </Text>
        {query.hasNextPage && (
          <div className={classes.footer}>
            <Button
              variant="default"
              onClick={() => void query.fetchNextPage()}
              loading={query.isFetchingNextPage}
            >
              {t('inbox.loadMore')}
            </Button>
          </div>
        )}
      </div>
    </>
  );
}
