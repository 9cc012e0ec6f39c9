import { useEffect, useState } from 'react';
import { Button, Group, Kbd, Paper, Progress, Stack, Text } from '@mantine/core';
import { IconMessageCircle } from '@tabler/icons-react';
import type { ChatOffer } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { formatDuration } from './format-duration.ts';

interface OfferCardProps {
  offer: ChatOffer;
  queueName: string | undefined;
  /** Whether Alt+A accepts this one (the oldest offer). */
  withShortcut: boolean;
  accepting: boolean;
  onAccept: () => void;
  onDecline: () => void;
  /** The countdown ran out. */
  onExpired: () => void;
}

/** Seconds between two instants, never negative. */
const secondsBetween = (from: number, to: number) => Math.max(0, Math.round((to - from) / 1000));

/** One offered chat: who, about what, in which queue, waiting how long, and the time left to take it. */
export function OfferCard({
  offer,
  queueName,
  withShortcut,
  accepting,
  onAccept,
  onDecline,
  onExpired,
}: OfferCardProps) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);

  const offeredAt = Date.parse(offer.offeredAt);
  const expiresAt = Date.parse(offer.expiresAt);
  const left = secondsBetween(now, expiresAt);
  const total = Math.max(1, secondsBetween(offeredAt, expiresAt));
  // The contract may carry when the visitor started waiting; else the offer's own time.
  const waitingSince = Date.parse(
    (offer as ChatOffer & { enqueuedAt?: string }).enqueuedAt ?? offer.offeredAt,
  );
  const expired = left === 0;
  useEffect(() => {
    if (expired) onExpired();
  }, [expired, onExpired]);

  const who = offer.visitorName ?? t('chat.visitor');
  const titleId = `offer-${offer.id}`;
  return (
    <Paper withBorder shadow="md" p="sm" radius="md" w={320} role="group" aria-labelledby={titleId}>
      <Stack gap={6}>
        <Group gap={6} wrap="nowrap">
          <IconMessageCircle size={18} stroke={1.6} aria-hidden />
          <Text fw={600} id={titleId} truncate>
            {t('chat.offer.title', { name: who })}
          </Text>
        </Group>
        {offer.topic && (
          <Text size="sm" lineClamp={2}>
            {offer.topic}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {[
            queueName,
            t(`chat.language.${offer.language}`),
            t('chat.offer.waiting', { time: formatDuration(secondsBetween(waitingSince, now)) }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        <Progress value={(left / total) * 100} size="sm" color={left <= 10 ? 'red' : 'indigo'} aria-hidden />
        <Text size="xs" c={left <= 10 ? 'red' : 'dimmed'} aria-live={left <= 10 ? 'polite' : 'off'}>
          {t('chat.offer.expiresIn', { count: left })}
        </Text>
        <Group gap="xs" justify="flex-end">
          <Button size="xs" variant="default" onClick={onDecline} disabled={accepting}>
            {t('chat.offer.decline')}
          </Button>
          <Button
            size="xs"
            onClick={onAccept}
            loading={accepting}
            aria-keyshortcuts={withShortcut ? 'Alt+A' : undefined}
            rightSection={
              withShortcut ? (
                <Kbd size="xs" aria-hidden>
                  Alt A
                </Kbd>
              ) : null
            }
          >
            {t('chat.offer.accept')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
