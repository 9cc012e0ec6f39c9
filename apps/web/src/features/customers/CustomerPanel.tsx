import { Alert, Badge, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconBuilding, IconMail, IconPhone, IconUser } from '@tabler/icons-react';
import { isOpenStatus } from '@kontakt/domain';
import type { CustomerFlag, CustomerIdentity, Ticket } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getCustomer } from '../../api/directory.ts';
import { qk } from '../../api/query-keys.ts';
import { listTickets } from '../../api/tickets.ts';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { LOCALE_NAMES, isLocale } from '../../i18n/index.ts';
import { StatusLabel } from '../inbox/TicketLabels.tsx';
import { formatRelative } from '../workspace/relative-time.ts';
import { useLocale } from '../workspace/use-locale.ts';
import { useNow } from '../workspace/use-now.ts';
import { CUSTOMER_STALE_TIME } from './use-customer-names.ts';
import classes from './CustomerPanel.module.css';

/** Flags that must catch the eye; colour says how serious. */
const FLAG_COLOR: Record<CustomerFlag, string> = { vip: 'indigo', vulnerable: 'orange', legal_hold: 'red' };

function IdentityIcon({ kind }: { kind: CustomerIdentity['kind'] }) {
  const Icon = kind === 'email' ? IconMail : kind === 'phone' ? IconPhone : IconUser;
  return <Icon size={13} stroke={1.6} aria-hidden />;
}

/** Who the ticket is with: identities, company, flags, language, notes and their other tickets. */
export function CustomerPanel({ customerId, ticketId }: { customerId: string; ticketId: string }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const {
    data: customer,
    isPending,
    isError,
    error,
  } = useQuery({
    queryKey: qk.customer(customerId),
    queryFn: () => getCustomer(customerId),
    staleTime: CUSTOMER_STALE_TIME,
  });

  return (
    <section aria-labelledby="customer-heading" className={classes.section}>
      <Title order={2} id="customer-heading" className={classes.heading}>
        {t('customer.heading')}
      </Title>
      {isPending && <Skeleton h={60} />}
      {isError && (
        <Alert color="red" role="alert">
          {describe(error)}
        </Alert>
      )}
      {customer && (
        <Stack gap={6}>
          <Text fw={600}>{customer.name ?? t('customer.unnamed')}</Text>
          {customer.flags.length > 0 && (
            <Group gap={4}>
              {customer.flags.map((flag) => (
                <Badge key={flag} size="sm" variant="light" color={FLAG_COLOR[flag]}>
                  {t(`customer.flags.${flag}`)}
                </Badge>
              ))}
            </Group>
          )}
          <ul className={classes.identities} aria-label={t('customer.identities')}>
            {customer.identities.map((identity) => (
              <li key={identity.id}>
                <IdentityIcon kind={identity.kind} />
                <span className={classes.value}>{identity.value}</span>
              </li>
            ))}
          </ul>
          {customer.company && (
            <Group gap={6} wrap="nowrap">
              <IconBuilding size={13} stroke={1.6} aria-hidden />
              <Text size="sm">{customer.company.name}</Text>
            </Group>
          )}
          <dl className={classes.facts}>
            <dt>{t('customer.language')}</dt>
            <dd>
              {customer.language && isLocale(customer.language) ? LOCALE_NAMES[customer.language] : '—'}
            </dd>
          </dl>
          {customer.notes && (
            <div>
              <Text size="xs" c="dimmed" fw={600}>
                {t('customer.notes')}
              </Text>
              <Text size="sm" className={classes.notes}>
                {customer.notes}
              </Text>
            </div>
          )}
          <OtherTickets customerId={customer.id} ticketId={ticketId} />
        </Stack>
      )}
    </section>
  );
}

/** Open tickets first, then the rest, newest activity first within each. */
export function orderOtherTickets(tickets: Ticket[], exceptId: string): Ticket[] {
  return tickets
    .filter((tk) => tk.id !== exceptId)
    .sort(
      (a, b) =>
        Number(isOpenStatus(b.status)) - Number(isOpenStatus(a.status)) ||
        b.lastActivityAt.localeCompare(a.lastActivityAt),
    );
}

function OtherTickets({ customerId, ticketId }: { customerId: string; ticketId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const now = useNow();
  const { data, isPending } = useQuery({
    queryKey: qk.customerTickets(customerId),
    queryFn: () => listTickets({ filters: { customerId }, limit: 20 }),
  });
  const others = data ? orderOtherTickets(data.items, ticketId) : [];
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600} mt="xs" mb={4}>
        {t('customer.otherTickets')}
      </Text>
      {isPending && <Skeleton h={40} />}
      {data && others.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('customer.noOtherTickets')}
        </Text>
      )}
      <ul className={classes.tickets}>
        {others.map((tk) => (
          <li key={tk.id}>
            <Link to={`/tickets/${tk.id}`} className={classes.ticketLink}>
              <span className={classes.number}>#{tk.number}</span> {tk.subject}
            </Link>
            <span className={classes.ticketMeta}>
              <StatusLabel status={tk.status} /> · {formatRelative(tk.lastActivityAt, now, locale)}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
