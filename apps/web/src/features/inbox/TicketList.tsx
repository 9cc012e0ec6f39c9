import { useCallback, useEffect, useMemo, useRef, useState, type PointerEvent } from 'react';
import { Alert, Button, Center, Loader, Text } from '@mantine/core';
import { keepPreviousData, useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { IconInbox } from '@tabler/icons-react';
import { Priority, TicketStatus, type Ticket, type TicketSort } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { useCustomerNames } from '../customers/use-customer-names.ts';
import { EmptyState } from '../shell/EmptyState.tsx';
import { isTypingTarget } from '../workspace/is-typing.ts';
import { useAgentMap, useQueueMap } from '../workspace/reference-data.ts';
import { useLocale } from '../workspace/use-locale.ts';
import { useNow } from '../workspace/use-now.ts';
import { useSignedInMe } from '../auth/session.tsx';
import { prefetchTicket } from '../ticket/ticket-queries.ts';
import { BulkBar, type BulkMenu } from './BulkBar.tsx';
import { nextSort, parseSort, type SortField } from './list-sort.ts';
import { nextDue } from './sla-due.ts';
import { ListHeader } from './ListHeader.tsx';
import { ticketListQuery } from './list-query.ts';
import { TicketRow } from './TicketRow.tsx';
import { useBulkActions } from './use-bulk-actions.ts';
import { useListNavigation, type ListAction } from './use-list-navigation.ts';
import { emptyViewText } from './view-name.ts';
import classes from './Inbox.module.css';

/**
 * The tickets of one view: dense rows, sortable columns (the order lives in the address as
 * `?sort=`), keyboard cursor and action keys, multi-select, bulk actions, "load more".
 */
export function TicketList({ viewId, viewSort }: { viewId: string; viewSort?: TicketSort }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const navigate = useNavigate();
  const locale = useLocale();
  const now = useNow();
  const agents = useAgentMap();
  const queues = useQueueMap();
  const tableRef = useRef<HTMLTableElement>(null);
  const { agent: me } = useSignedInMe();

  const [params, setParams] = useSearchParams();
  const chosenSort = parseSort(params.get('sort'));
  const sort = chosenSort ?? viewSort ?? 'last_activity_desc';
  const onSort = useCallback(
    (field: SortField) =>
      setParams(
        (p) => {
          const next = new URLSearchParams(p);
          next.set('sort', nextSort(sort, field));
          return next;
        },
        { replace: true },
      ),
    [setParams, sort],
  );

  const query = useInfiniteQuery({
    ...ticketListQuery(viewId, chosenSort ?? undefined),
    // Another order keeps the rows on screen until the newly ordered ones arrive.
    placeholderData: keepPreviousData,
  });
  const tickets = useMemo(() => query.data?.pages.flatMap((p) => p.items) ?? [], [query.data]);
  const ids = useMemo(() => tickets.map((tk) => tk.id), [tickets]);
  const ticketsById = useMemo(() => new Map<string, Ticket>(tickets.map((tk) => [tk.id, tk])), [tickets]);
  // The list answer carries customer labels; only tickets that arrived live lack them.
  const customerNames = useCustomerNames(
    tickets.filter((tk) => tk.customerLabel === undefined).map((tk) => tk.customerId),
  );

  const queryClient = useQueryClient();
  const open = useCallback(
    (id: string) => {
      prefetchTicket(queryClient, id);
      void navigate(`/tickets/${id}`);
    },
    [navigate, queryClient],
  );
  // A press on a ticket's link starts loading it while the click completes and the page switches.
  const onPointerDown = (event: PointerEvent) => {
    const link = (event.target as HTMLElement).closest('a');
    const id = link?.closest<HTMLElement>('tr[data-ticket-id]')?.dataset.ticketId;
    if (id && event.button === 0) prefetchTicket(queryClient, id);
  };
  const [menu, setMenu] = useState<BulkMenu>(null);
  // A row the keyboard selected only to open a list for it; unselected again when the list closes.
  const autoSelected = useRef<string | null>(null);
  const nav = useListNavigation(ids, open);
  const { activeId, focusRow } = nav;
  const bulk = useBulkActions((failed) => nav.setSelected(new Set(failed)));
  const onAction = (action: ListAction, targets: string[]) => {
    if (action === 'done') return bulk.apply(targets, { status: 'solved' });
    if (action === 'assign_me') return bulk.apply(targets, { assigneeId: me.id });
    if (nav.selected.size === 0) {
      autoSelected.current = targets[0]!;
      nav.setSelected(new Set(targets));
    }
    setMenu(action);
  };
  const changeMenu = (next: BulkMenu) => {
    setMenu(next);
    if (next !== null) return;
    // Back to the list, so j / k go on where the agent was.
    if (autoSelected.current) nav.setSelected(new Set());
    autoSelected.current = null;
    if (activeId) requestAnimationFrame(() => focusRow(activeId));
  };

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
      created: t('inbox.created'),
      dueState: { warning: t('inbox.due.warning'), breached: t('inbox.due.breached') },
      dueTarget: {
        first_response: t('inbox.due.first_response'),
        next_response: t('inbox.due.next_response'),
        resolution: t('inbox.due.resolution'),
      },
      status: Object.fromEntries(TicketStatus.options.map((s) => [s, t(`ticket.status.${s}`)])) as Record<
        TicketStatus,
        string
      >,
      priority: Object.fromEntries(Priority.options.map((p) => [p, t(`ticket.priority.${p}`)])) as Record<
        Priority,
        string
      >,
    }),
    [t],
  );
  // The due column shows once any ticket on the list has an SLA target running.
  const showDue = tickets.some((tk) => nextDue(tk, now) !== null);
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
        bulk={bulk}
        menu={menu}
        onMenuChange={changeMenu}
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
          onKeyDown={(event) => nav.onKeyDown(event, onAction)}
        >
          <ListHeader
            sort={sort}
            onSort={onSort}
            showDue={showDue}
            selection={allSelected ? 'all' : selectedIds.length > 0 ? 'some' : 'none'}
            onSelectAll={() => nav.setAll(!allSelected)}
          />
          <tbody onPointerDown={onPointerDown}>
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
                showDue={showDue}
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
