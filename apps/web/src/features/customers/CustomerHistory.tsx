import { Anchor, Button, Skeleton, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import type { CustomerEvent } from '@kontakt/contracts';
import type { TFunction } from 'i18next';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listCustomerEvents } from '../../api/customers.ts';
import { qk } from '../../api/query-keys.ts';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { formatDateTime } from '../workspace/relative-time.ts';
import { useLocale } from '../workspace/use-locale.ts';
import { identityText } from './IdentityList.tsx';
import classes from './Customers.module.css';

/** Who did it, as a person reads it. */
function actorName(t: TFunction, actor: CustomerEvent['actor']): string {
  if (actor.name) return actor.name;
  if (actor.type === 'system') return t('app.name');
  return actor.type === 'api_token' ? t('timeline.api') : t('timeline.someone');
}

/** A changed value in a history line ('—' for none). */
function valueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length ? value.join(', ') : '—';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** One history entry as a sentence (merges name and link the other customer). */
function EventLine({ event }: { event: CustomerEvent }) {
  const { t } = useTranslation();
  const actor = actorName(t, event.actor);
  const identity = event.identity
    ? `${t(`customers.identityKind.${event.identity.kind}`)}${event.identity.value ? ` ${identityText({ kind: event.identity.kind, value: event.identity.value })}` : ''}`
    : '';
  switch (event.type) {
    case 'customer.created':
      return <>{t('customers.history.created', { actor })}</>;
    case 'customer.identity_added':
      return <>{t('customers.history.identityAdded', { actor, identity })}</>;
    case 'customer.identity_removed':
      return <>{t('customers.history.identityRemoved', { actor, identity })}</>;
    case 'customer.updated': {
      const changes = Object.entries(event.changes ?? {}).map(([field, { from, to }]) =>
        t('customers.history.change', {
          field: t(`customers.field.${field as 'name'}`, { defaultValue: field }),
          from: valueText(from),
          to: valueText(to),
        }),
      );
      return <>{t('customers.history.updated', { actor, changes: changes.join('; ') })}</>;
    }
    default: {
      const other = event.merge?.customer;
      const key =
        event.type === 'customer.merged' ? 'customers.history.merged' : 'customers.history.mergedInto';
      return (
        <Trans
          i18nKey={key}
          values={{ actor, other: other?.label ?? t('customer.unnamed') }}
          components={{
            other: other ? <Anchor component={Link} to={`/customers/${other.id}`} size="sm" /> : <span />,
          }}
        />
      );
    }
  }
}

/** What happened to this customer, newest first: changes with old values, identities, merges. */
export function CustomerHistory({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const locale = useLocale();
  const query = useInfiniteQuery({
    queryKey: qk.customerEvents(customerId),
    queryFn: ({ pageParam }) => listCustomerEvents(customerId, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const events = query.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section aria-labelledby="customer-history" className={classes.card}>
      <h2 id="customer-history" className={classes.cardHeading}>
        {t('customers.history.heading')}
      </h2>
      {query.isPending && <Skeleton h={48} />}
      {query.isError && (
        <Text size="sm" c="red" role="alert">
          {describe(query.error)}
        </Text>
      )}
      <ol className={classes.history}>
        {events.map((event) => (
          <li key={event.id}>
            <span>
              <EventLine event={event} />
            </span>
            <time dateTime={event.createdAt}>{formatDateTime(event.createdAt, locale)}</time>
          </li>
        ))}
      </ol>
      {query.hasNextPage && (
        <Button
          size="compact-xs"
          variant="subtle"
          mt={4}
          loading={query.isFetchingNextPage}
          onClick={() => void query.fetchNextPage()}
        >
          {t('customers.history.more')}
        </Button>
      )}
    </section>
  );
}
