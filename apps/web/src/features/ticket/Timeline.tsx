import { useEffect, useMemo, useRef } from 'react';
import { Alert, Anchor, Center, Group, Loader, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconLock, IconPaperclip } from '@tabler/icons-react';
import type { Message } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { qk } from '../../api/query-keys.ts';
import { getTimeline } from '../../api/tickets.ts';
import type { TimelineItem } from '../../api/types.ts';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { useAgentMap, useContactReasons, useQueueMap } from '../workspace/reference-data.ts';
import { formatDateTime } from '../workspace/relative-time.ts';
import { useLocale } from '../workspace/use-locale.ts';
import { describeEvent, type EventNames } from './describe-event.ts';
import { MessageBody } from './MessageBody.tsx';
import classes from './Ticket.module.css';

const numberFormat = new Map<string, Intl.NumberFormat>();
function formatSize(bytes: number, locale: string): string {
  let f = numberFormat.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    numberFormat.set(locale, f);
  }
  return bytes < 1024 * 1024 ? `${f.format(bytes / 1024)} kB` : `${f.format(bytes / 1024 / 1024)} MB`;
}

/** The conversation and its history, oldest first, scrolled to the newest. */
export function Timeline({ ticketId, customerName }: { ticketId: string; customerName: string | null }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const locale = useLocale();
  const agents = useAgentMap();
  const queues = useQueueMap();
  const { data: reasons } = useContactReasons();
  const { data, isPending, isError, error } = useQuery({
    queryKey: qk.timeline(ticketId),
    queryFn: () => getTimeline(ticketId),
  });
  const endRef = useRef<HTMLDivElement>(null);
  const count = data?.length ?? 0;
  useEffect(() => {
    if (count) endRef.current?.scrollIntoView({ block: 'end' });
  }, [count]);

  const names: EventNames = useMemo(
    () => ({
      agent: (id) => agents.get(id)?.name,
      queue: (id) => queues.get(id)?.name,
      reason: (id) => reasons?.find((r) => r.id === id)?.name,
    }),
    [agents, queues, reasons],
  );

  if (isPending) {
    return (
      <Center py="xl">
        <Loader size="sm" aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (isError) {
    return (
      <Alert color="red" role="alert" m="md">
        {describe(error)}
      </Alert>
    );
  }

  return (
    <ol className={classes.timeline} aria-label={t('timeline.label')}>
      {data.map((item, index) => (
        <li key={item.type === 'message' ? item.message.id : item.event.id}>
          {item.type === 'message' ? (
            <MessageCard
              message={item.message}
              author={messageAuthor(item, agents, customerName, t)}
              locale={locale}
            />
          ) : (
            <p className={classes.eventLine}>
              <span>{describeEvent(t, item.event, names)}</span>
              <time dateTime={item.at}>{formatDateTime(item.at, locale)}</time>
            </p>
          )}
          {index === data.length - 1 && <div ref={endRef} />}
        </li>
      ))}
    </ol>
  );
}

function messageAuthor(
  item: Extract<TimelineItem, { type: 'message' }>,
  agents: Map<string, { name: string }>,
  customerName: string | null,
  t: (key: 'timeline.customer' | 'timeline.someone' | 'app.name') => string,
): string {
  const m = item.message;
  if (m.authorType === 'customer') return customerName ?? t('timeline.customer');
  if (m.authorType === 'agent') return (m.authorId && agents.get(m.authorId)?.name) || t('timeline.someone');
  return t('app.name');
}

function MessageCard({ message, author, locale }: { message: Message; author: string; locale: string }) {
  const { t } = useTranslation();
  const variant = message.kind === 'note' ? 'note' : message.direction === 'inbound' ? 'inbound' : 'outbound';
  const kindLabel =
    variant === 'note'
      ? t('timeline.note')
      : variant === 'inbound'
        ? t('timeline.fromCustomer')
        : t('timeline.reply');
  return (
    <article className={classes.message} data-variant={variant} aria-label={`${kindLabel}: ${author}`}>
      <header className={classes.messageHeader}>
        <Group gap={6} wrap="nowrap">
          {variant === 'note' && <IconLock size={14} stroke={1.8} aria-hidden />}
          <Text fw={600} size="sm">
            {author}
          </Text>
          <Text size="xs" className={classes.kind}>
            {variant === 'note' ? kindLabel : `${kindLabel} · ${t(`ticket.channel.${message.channel}`)}`}
          </Text>
        </Group>
        <Text size="xs" c="dimmed" component="time" dateTime={message.createdAt}>
          {formatDateTime(message.createdAt, locale)}
        </Text>
      </header>
      <MessageBody html={message.bodyHtml} />
      {message.attachments.length > 0 && (
        <ul className={classes.attachments} aria-label={t('timeline.attachments')}>
          {message.attachments.map((a) => (
            <li key={a.id}>
              <IconPaperclip size={13} stroke={1.6} aria-hidden />
              <Anchor href={a.url} size="xs" download={a.filename}>
                {a.filename}
              </Anchor>
              <Text span size="xs" c="dimmed">
                {formatSize(a.size, locale)}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
