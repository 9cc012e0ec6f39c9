import { useEffect, useRef, useState } from 'react';
import { ActionIcon, Button, Group, Indicator, Popover, Stack, Text, UnstyledButton } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { IconBell } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { listNotifications, markNotificationsRead } from '../../api/directory.ts';
import { qk } from '../../api/query-keys.ts';
import type { AppNotification } from '../../api/types.ts';
import { useAgentMap } from '../workspace/reference-data.ts';
import { formatRelative } from '../workspace/relative-time.ts';
import { useLocale } from '../workspace/use-locale.ts';
import { useNow } from '../workspace/use-now.ts';
import { canNotify, notifyDesktop } from './browser-notify.ts';
import classes from './NotificationBell.module.css';

/** The bell: unread count, the latest notifications, mark read, desktop notifications. */
export function NotificationBell() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const agents = useAgentMap();
  const locale = useLocale();
  const now = useNow();
  const [opened, setOpened] = useState(false);
  const [permission, setPermission] = useState(() => (canNotify() ? Notification.permission : 'denied'));
  // There is no live notification event yet; new messages invalidate this, polling covers the rest.
  const { data: unread = [] } = useQuery({
    queryKey: qk.notifications,
    queryFn: () => listNotifications(true),
    refetchInterval: 60_000,
  });

  const markRead = useMutation({
    mutationFn: markNotificationsRead,
    onMutate: (ids) =>
      queryClient.setQueryData<AppNotification[]>(qk.notifications, (list) =>
        list?.filter((n) => !ids.includes(n.id)),
      ),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: qk.notifications }),
  });

  const text = (n: AppNotification) =>
    t(`notifications.kind.${n.kind}`, {
      name: (n.actorId && agents.get(n.actorId)?.name) || t('timeline.someone'),
    });

  // Desktop notification for each unread one that arrived since the last look.
  const seen = useRef<Set<string> | null>(null);
  useEffect(() => {
    if (seen.current === null) {
      seen.current = new Set(unread.map((n) => n.id));
      return;
    }
    for (const n of unread) {
      if (seen.current.has(n.id)) continue;
      seen.current.add(n.id);
      notifyDesktop(t('app.name'), text(n), () => void navigate(`/tickets/${n.ticketId}`));
    }
  });

  const open = (n: AppNotification) => {
    markRead.mutate([n.id]);
    setOpened(false);
    void navigate(`/tickets/${n.ticketId}`);
  };

  const label = t('notifications.label', { count: unread.length });
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" width={340} shadow="md" trapFocus>
      <Popover.Target>
        <Indicator
          disabled={unread.length === 0}
          label={unread.length > 99 ? '99+' : unread.length}
          size={16}
          offset={4}
          color="red"
        >
          <ActionIcon variant="default" size="lg" aria-label={label} onClick={() => setOpened((o) => !o)}>
            <IconBell size={18} stroke={1.6} />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown p="xs">
        <Group justify="space-between" mb={6}>
          <Text fw={600}>{t('notifications.title')}</Text>
          {unread.length > 0 && (
            <Button
              size="compact-xs"
              variant="subtle"
              onClick={() => markRead.mutate(unread.map((n) => n.id))}
            >
              {t('notifications.markAllRead')}
            </Button>
          )}
        </Group>
        {unread.length === 0 && (
          <Text size="sm" c="dimmed" py="xs">
            {t('notifications.empty')}
          </Text>
        )}
        <Stack gap={2} className={classes.list}>
          {unread.map((n) => (
            <UnstyledButton key={n.id} className={classes.item} onClick={() => open(n)}>
              <Text size="sm">{text(n)}</Text>
              <Text size="xs" c="dimmed">
                {formatRelative(n.createdAt, now, locale)}
              </Text>
            </UnstyledButton>
          ))}
        </Stack>
        {permission === 'default' && (
          <Button
            size="compact-xs"
            variant="default"
            mt="xs"
            onClick={() => void Notification.requestPermission().then(setPermission)}
          >
            {t('notifications.enableDesktop')}
          </Button>
        )}
      </Popover.Dropdown>
    </Popover>
  );
}
