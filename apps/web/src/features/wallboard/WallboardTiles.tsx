import type { ReactNode } from 'react';
import { Group, Text } from '@mantine/core';
import { IconAlertOctagon, IconAlertTriangle } from '@tabler/icons-react';
import type { Wallboard } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { formatSeconds, formatShare } from '../dashboards/report-format.ts';
import { useLocale } from '../workspace/use-locale.ts';
import classes from './WallboardPage.module.css';

type Tone = 'ok' | 'warn' | 'alert';

/** One big number; a warning or alert tone adds an icon and a word, not only a colour. */
export function Tile({
  label,
  value,
  note,
  tone = 'ok',
}: {
  label: string;
  value: ReactNode;
  note?: ReactNode;
  tone?: Tone;
}) {
  const { t } = useTranslation();
  return (
    <section className={classes.tile} data-tone={tone} aria-label={label}>
      <Group gap={6} wrap="nowrap">
        {tone === 'alert' && <IconAlertOctagon size={22} aria-hidden color="var(--mantine-color-red-7)" />}
        {tone === 'warn' && <IconAlertTriangle size={22} aria-hidden color="var(--mantine-color-orange-7)" />}
        <Text className={classes.label}>{label}</Text>
        {tone !== 'ok' && (
          <Text size="sm" fw={700} c={tone === 'alert' ? 'red.8' : 'orange.8'}>
            {t(tone === 'alert' ? 'wallboard.tone.alert' : 'wallboard.tone.warn')}
          </Text>
        )}
      </Group>
      <div className={classes.big}>{value}</div>
      {note && (
        <Text size="md" c="dimmed">
          {note}
        </Text>
      )}
    </section>
  );
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** The headline numbers: queues, SLA, today and agents. */
export function WallboardTiles({ board, elapsed }: { board: Wallboard; elapsed: number }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const na = t('dashboards.na');
  const chatsWaiting = sum(board.queues.map((q) => q.chatsWaiting));
  const waits = board.queues.flatMap((q) =>
    q.longestChatWaitSeconds === null ? [] : [q.longestChatWaitSeconds],
  );
  const longest = waits.length ? Math.max(...waits) + elapsed : null;
  const ticketsWaiting = sum(board.queues.map((q) => q.ticketsWaiting));
  const atRisk = sum(board.queues.map((q) => q.slaAtRisk));
  const breached = sum(board.queues.map((q) => q.slaBreached));
  const chat = board.today.chat;
  const states = board.agentStates;
  return (
    <div className={classes.tiles}>
      <Tile
        label={t('wallboard.tiles.chatsWaiting')}
        value={chatsWaiting}
        note={t('wallboard.tiles.longestWait', { wait: formatSeconds(longest, na) })}
        tone={chatsWaiting > 0 ? 'warn' : 'ok'}
      />
      <Tile label={t('wallboard.tiles.ticketsWaiting')} value={ticketsWaiting} />
      <Tile
        label={t('wallboard.tiles.slaAtRisk')}
        value={atRisk}
        note={t('wallboard.tiles.atRiskWindow', { count: board.riskMinutes })}
        tone={atRisk > 0 ? 'warn' : 'ok'}
      />
      <Tile label={t('wallboard.tiles.slaBreached')} value={breached} tone={breached > 0 ? 'alert' : 'ok'} />
      <Tile
        label={t('wallboard.tiles.today')}
        value={board.today.tickets}
        note={
          board.today.byChannel.length
            ? board.today.byChannel.map((c) => `${t(`ticket.channel.${c.channel}`)} ${c.count}`).join(' · ')
            : undefined
        }
      />
      <Tile
        label={t('wallboard.tiles.serviceLevel')}
        value={formatShare(chat.serviceLevel, locale, na, 0)}
        note={t('wallboard.tiles.serviceLevelNote', {
          seconds: chat.thresholdSeconds,
          variant: t(`dashboards.slVariant.${chat.variant}`),
        })}
      />
      <Tile
        label={t('wallboard.tiles.abandonment')}
        value={formatShare(chat.abandonment, locale, na, 0)}
        note={t('wallboard.tiles.chatsToday', { answered: chat.answered, abandoned: chat.abandoned })}
      />
      <Tile
        label={t('wallboard.tiles.agents')}
        value={states.online + states.busy}
        note={t('wallboard.tiles.agentStates', {
          online: states.online,
          busy: states.busy,
          away: states.away,
          offline: states.offline,
        })}
      />
    </div>
  );
}
