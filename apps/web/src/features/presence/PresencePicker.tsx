import { useEffect } from 'react';
import { Button, Menu, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { IconCheck, IconChevronDown } from '@tabler/icons-react';
import type { AgentPresence, AgentState, PresenceReason } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { useRealtimeSocket } from '../../realtime/RealtimeProvider.tsx';
import { useSignedInMe } from '../auth/session.tsx';
import { getMyPresence, listPresenceReasons, presenceKeys, setMyPresence } from './presence-api.ts';
import { StateDot } from './StateDot.tsx';

const STATES: AgentState[] = ['online', 'away', 'busy', 'offline'];

/**
 * The agent's availability for chats in the header: online, away, busy or offline, the last three
 * with an optional reason code (break, training, …) from the admins' list. Saved on the server at
 * once; other tabs follow through `agent_presence.changed`.
 */
export function PresencePicker() {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const queryClient = useQueryClient();
  const socket = useRealtimeSocket();
  const { agent: me } = useSignedInMe();
  const { data: presence } = useQuery({ queryKey: presenceKeys.me, queryFn: getMyPresence });
  const { data: reasons = [] } = useQuery({
    queryKey: presenceKeys.reasons,
    queryFn: listPresenceReasons,
    staleTime: 10 * 60_000,
  });

  const change = useMutation({
    mutationFn: setMyPresence,
    onSuccess: (next) => queryClient.setQueryData(presenceKeys.me, next),
  });

  useEffect(() => {
    if (!socket) return;
    const onChanged = (event: AgentPresence) => {
      if (event.agent.id === me.id) queryClient.setQueryData(presenceKeys.me, event);
    };
    socket.on('agent_presence.changed', onChanged);
    return () => void socket.off('agent_presence.changed', onChanged);
  }, [socket, me.id, queryClient]);

  const state = presence?.state ?? 'offline';
  const current = presence?.reason
    ? `${t(`presence.state.${state}`)} · ${presence.reason.label}`
    : t(`presence.state.${state}`);
  const reasonsFor = (s: AgentState): PresenceReason[] =>
    s === 'online' ? [] : reasons.filter((r) => r.active && r.states.includes(s));
  const isCurrent = (s: AgentState, reasonId: string | null) =>
    presence?.state === s && (presence.reason?.id ?? null) === reasonId;

  return (
    <Menu position="bottom-end" width={240} shadow="md">
      <Menu.Target>
        <Button
          variant="default"
          loading={change.isPending}
          leftSection={<StateDot state={state} />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
          aria-label={t('presence.pickerLabel', { state: current })}
          maw={220}
        >
          <Text size="sm" truncate>
            {current}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {change.isError && (
          <Text size="xs" c="red" px="sm" py={4} role="alert">
            {t('presence.notSaved', { reason: describe(change.error) })}
          </Text>
        )}
        {STATES.map((s) => (
          <div key={s}>
            <Menu.Item
              leftSection={<StateDot state={s} />}
              rightSection={isCurrent(s, null) ? <IconCheck size={14} aria-hidden /> : null}
              aria-current={isCurrent(s, null) || undefined}
              onClick={() => change.mutate({ state: s, reasonId: null })}
            >
              {t(`presence.state.${s}`)}
            </Menu.Item>
            {reasonsFor(s).map((r) => (
              <Menu.Item
                key={r.id}
                pl={36}
                rightSection={isCurrent(s, r.id) ? <IconCheck size={14} aria-hidden /> : null}
                aria-current={isCurrent(s, r.id) || undefined}
                onClick={() => change.mutate({ state: s, reasonId: r.id })}
              >
                {t('presence.withReason', { state: t(`presence.state.${s}`), reason: r.label })}
              </Menu.Item>
            ))}
          </div>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
