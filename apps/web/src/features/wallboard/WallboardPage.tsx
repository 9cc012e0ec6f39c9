import { useEffect, useState } from 'react';
import { Alert, Button, Center, Group, Loader, Text, Title } from '@mantine/core';
import { useFullscreen } from '@mantine/hooks';
import { IconMaximize, IconMinimize } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { useRealtimeSocket } from '../../realtime/RealtimeProvider.tsx';
import { useDocumentTitle } from '../shell/use-document-title.ts';
import { formatDateTime } from '../workspace/relative-time.ts';
import { useLocale } from '../workspace/use-locale.ts';
import { throttle } from './throttle.ts';
import { getWallboard, wallboardKey } from './wallboard-api.ts';
import { WallboardAgents, WallboardQueues } from './WallboardTables.tsx';
import { WallboardTiles } from './WallboardTiles.tsx';
import classes from './WallboardPage.module.css';

/**
 * Existing realtime events that change the picture. A burst of them refetches at most once a
 * second; the 15 s poll covers what no event announces (an SLA target coming due as time passes).
 */
const LIVE_EVENTS = [
  'chat.queue_changed',
  'chat.session_updated',
  'chat.offered',
  'agent_presence.changed',
  'ticket.created',
  'ticket.updated',
] as const;
const THROTTLE_MS = 1000;
export const POLL_MS = 15_000;

/** Seconds since the snapshot, ticking each second so waits grow between refreshes. */
function useElapsed(since: string | undefined): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return since ? Math.max(0, Math.floor((now - Date.parse(since)) / 1000)) : 0;
}

/** Refetches the wallboard on live events, at most once per THROTTLE_MS (the last event always counts). */
function useLiveRefresh() {
  const socket = useRealtimeSocket();
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!socket) return;
    const refresh = throttle(
      () => void queryClient.invalidateQueries({ queryKey: wallboardKey }),
      THROTTLE_MS,
    );
    for (const event of LIVE_EVENTS) socket.on(event, refresh.trigger);
    socket.on('connect', refresh.trigger);
    return () => {
      refresh.cancel();
      for (const event of LIVE_EVENTS) socket.off(event, refresh.trigger);
      socket.off('connect', refresh.trigger);
    };
  }, [socket, queryClient]);
}

/** The live wallboard for leads: big numbers per queue, agents by state and load, today. */
export function WallboardPage() {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const locale = useLocale();
  useDocumentTitle(t('wallboard.title'));
  const { ref, toggle, fullscreen } = useFullscreen<HTMLDivElement>();
  const { data, error, isPending, refetch } = useQuery({
    queryKey: wallboardKey,
    queryFn: getWallboard,
    refetchInterval: POLL_MS,
  });
  useLiveRefresh();
  const elapsed = useElapsed(data?.at);

  return (
    <div ref={ref} className={classes.page}>
      <Group justify="space-between" align="baseline" mb="md">
        <Title order={1}>{t('wallboard.title')}</Title>
        <Group gap="md">
          {data && (
            <Text size="sm" c="dimmed" aria-live="off">
              {t('wallboard.updatedAt', { time: formatDateTime(data.at, locale) })}
            </Text>
          )}
          <Button
            variant="default"
            leftSection={fullscreen ? <IconMinimize size={16} /> : <IconMaximize size={16} />}
            onClick={() => void toggle()}
          >
            {fullscreen ? t('wallboard.exitFullscreen') : t('wallboard.fullscreen')}
          </Button>
        </Group>
      </Group>
      {isPending ? (
        <Center h={160}>
          <Loader aria-label={t('common.loading')} />
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
        <>
          <WallboardTiles board={data} elapsed={elapsed} />
          <div className={classes.columns}>
            <WallboardQueues board={data} elapsed={elapsed} />
            <WallboardAgents board={data} elapsed={elapsed} />
          </div>
        </>
      )}
    </div>
  );
}
