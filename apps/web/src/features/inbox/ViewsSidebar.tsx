import { NavLink, Skeleton, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listViews } from '../../api/tickets.ts';
import { qk } from '../../api/query-keys.ts';
import { useLocale } from '../workspace/use-locale.ts';
import { prefetchTicketList } from './list-query.ts';
import { viewName } from './view-name.ts';
import classes from './Inbox.module.css';

/** Built-in and saved views with their live counts; the current one is highlighted. */
export function ViewsSidebar({ activeId }: { activeId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const locale = useLocale();
  // Live events refresh the counts; the interval is a fallback when the socket is down.
  const { data, isPending, isError } = useQuery({
    queryKey: qk.views,
    queryFn: listViews,
    refetchInterval: 120_000,
  });
  const numbers = new Intl.NumberFormat(locale);

  return (
    <nav className={classes.views} aria-label={t('views.label')}>
      <Text size="xs" fw={600} c="dimmed" tt="uppercase" px="xs" pb={4}>
        {t('views.heading')}
      </Text>
      {isPending && (
        <Stack gap={6} px="xs">
          {[1, 2, 3, 4, 5].map((i) => (
            <Skeleton key={i} h={22} />
          ))}
        </Stack>
      )}
      {isError && (
        <Text size="xs" c="dimmed" px="xs">
          {t('views.loadFailed')}
        </Text>
      )}
      <Stack gap={1}>
        {data?.map((view) => {
          const name = viewName(t, view);
          return (
            <NavLink
              key={view.id}
              component={Link}
              to={`/inbox/${view.id}`}
              active={view.id === activeId}
              aria-current={view.id === activeId ? 'page' : undefined}
              label={name}
              className={classes.viewLink}
              onPointerDown={(event) => {
                if (event.button === 0 && view.id !== activeId) prefetchTicketList(queryClient, view.id);
              }}
              rightSection={
                view.count !== undefined ? (
                  <span
                    className={classes.count}
                    aria-label={t(view.countCapped ? 'tickets.countAtLeast' : 'tickets.count', {
                      count: view.count,
                    })}
                  >
                    {numbers.format(view.count)}
                    {view.countCapped ? '+' : ''}
                  </span>
                ) : undefined
              }
            />
          );
        })}
      </Stack>
    </nav>
  );
}
