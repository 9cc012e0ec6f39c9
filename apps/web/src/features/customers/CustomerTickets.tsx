import { Button, Skeleton, Text } from '@mantine/core';
import type { Ticket } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { StatusLabel } from '../inbox/TicketLabels.tsx';
import { formatDateTime, formatRelative } from '../workspace/relative-time.ts';
import { useLocale } from '../workspace/use-locale.ts';
import { useNow } from '../workspace/use-now.ts';
import { useCustomerTickets } from './use-customer-tickets.ts';
import classes from './Customers.module.css';

type Group = ReturnType<typeof useCustomerTickets>['open'];

/**
 * A customer's tickets across channels, open first (then solved and closed), newest activity
 * first in each group. `exceptId` leaves out the ticket the agent is looking at.
 */
export function CustomerTickets({
  customerId,
  exceptId,
  pageSize = 25,
}: {
  customerId: string;
  exceptId?: string;
  pageSize?: number;
}) {
  const { t } = useTranslation();
  const { open, done } = useCustomerTickets(customerId, pageSize);
  const count = (g: Group) =>
    g.data?.pages.reduce((n, p) => n + p.items.filter((tk) => tk.id !== exceptId).length, 0) ?? 0;
  const empty = !open.isPending && !done.isPending && count(open) + count(done) === 0;
  return (
    <div>
      {empty && !open.isError && !done.isError && (
        <Text size="sm" c="dimmed">
          {exceptId ? t('customer.noOtherTickets') : t('customers.tickets.none')}
        </Text>
      )}
      <TicketGroup label={t('customers.tickets.open')} group={open} exceptId={exceptId} />
      <TicketGroup label={t('customers.tickets.done')} group={done} exceptId={exceptId} />
    </div>
  );
}

function TicketGroup({ label, group, exceptId }: { label: string; group: Group; exceptId?: string }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const locale = useLocale();
  const now = useNow();
  const tickets = group.data?.pages.flatMap((p) => p.items).filter((tk) => tk.id !== exceptId) ?? [];
  if (group.isPending) return <Skeleton h={36} mb="xs" />;
  if (group.isError) {
    return (
      <Text size="sm" c="red" role="alert">
        {describe(group.error)}
      </Text>
    );
  }
  if (tickets.length === 0) return null;
  return (
    <section aria-label={label} className={classes.ticketGroup}>
      <Text size="xs" c="dimmed" fw={600} mb={2}>
        {label}
      </Text>
      <ul className={classes.ticketList}>
        {tickets.map((tk: Ticket) => (
          <li key={tk.id}>
            <Link to={`/tickets/${tk.id}`} className={classes.ticketLink}>
              <span className={classes.number}>#{tk.number}</span> {tk.subject}
            </Link>
            <span className={classes.ticketMeta}>
              <StatusLabel status={tk.status} /> · {t(`ticket.channel.${tk.channel}`)} ·{' '}
              <time dateTime={tk.lastActivityAt} title={formatDateTime(tk.lastActivityAt, locale)}>
                {formatRelative(tk.lastActivityAt, now, locale)}
              </time>
            </span>
          </li>
        ))}
      </ul>
      {group.hasNextPage && (
        <Button
          size="compact-xs"
          variant="subtle"
          loading={group.isFetchingNextPage}
          onClick={() => void group.fetchNextPage()}
        >
          {t('customers.tickets.more')}
        </Button>
      )}
    </section>
  );
}
