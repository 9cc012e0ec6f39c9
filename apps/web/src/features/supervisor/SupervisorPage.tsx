import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Center, Group, Loader, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { useRealtimeSocket } from '../../realtime/RealtimeProvider.tsx';
import { chatKeys, getSupervisorSnapshot } from '../chat/chat-api.ts';
import { PageHeader } from '../shell/PageHeader.tsx';
import { formatDateTime } from '../workspace/relative-time.ts';
import { useLocale } from '../workspace/use-locale.ts';
import { useQueueMap } from '../workspace/reference-data.ts';
import { SupervisorTables } from './SupervisorTables.tsx';
import classes from './Supervisor.module.css';

/** Events that change the picture; a burst of them refetches once. */
const LIVE_EVENTS = [
  'chat.queue_changed',
  'chat.session_updated',
  'agent_presence.changed',
  'chat.offered',
] as const;

/** Seconds since the snapshot, ticking each second so waits grow between refreshes. */
function useElapsed(since: string | undefined): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return since ? Math.max(0, Math.floor((now - Date.parse(since)) / 1000)) : 0;
}

/** The supervisor's live view (leads and admins): queues, agents with state and load, chats in progress. */
export function SupervisorPage() {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const locale = useLocale();
  const queryClient = useQueryClient();
  const socket = useRealtimeSocket();
  const queues = useQueueMap();
  const { data, error, isPending, refetch } = useQuery({
    queryKey: chatKeys.supervisor,
    queryFn: getSupervisorSnapshot,
    // Live events drive it; the interval covers anything they do not (e.g. a missed event).
    refetchInterval: 30_000,
  });
  const elapsed = useElapsed(data?.at);

  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    if (!socket) return;
    const refresh = () => {
      clearTimeout(pending.current);
      pending.current = setTimeout(
        () => void queryClient.invalidateQueries({ queryKey: chatKeys.supervisor }),
        300,
      );
    };
    // Changes between the first fetch and the connection are picked up once it is there.
    refresh();
    for (const event of LIVE_EVENTS) socket.on(event, refresh);
    socket.on('connect', refresh);
    return () => {
      clearTimeout(pending.current);
      for (const event of LIVE_EVENTS) socket.off(event, refresh);
      socket.off('connect', refresh);
    };
  }, [socket, queryClient]);

  return (
    <div className={classes.page}>
      <Group justify="space-between" align="baseline">
        <PageHeader title={t('supervisor.title')} />
        {data && (
          <Text size="xs" c="dimmed" aria-live="off">
            {t('supervisor.updatedAt', { time: formatDateTime(data.at, locale) })}
          </Text>
        )}
      </Group>
      {isPending ? (
        <Center h={160}>
          <Loader size="sm" aria-label={t('common.loading')} />
        </Center>
      ) : !data ? (
        <Alert color="red" role="alert">
          <Text size="sm" mb="xs">
            {describe(error)}
          </Text>
          <Button size="xs" variant="light" onClick={() => void refetch()}>
            {t('common.retry')}
          </Button>
        </Alert>
      ) : (
        <SupervisorTables
          snapshot={data}
          elapsed={elapsed}
          queueName={(id) => data.queues.find((q) => q.queueId === id)?.name ?? queues.get(id)?.name}
        />
      )}
    </div>
  );
}
