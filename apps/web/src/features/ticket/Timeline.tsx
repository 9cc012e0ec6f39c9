import { memo, useMemo, useState } from 'react';
import { Alert, Center, Loader } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconLock } from '@tabler/icons-react';
import type { Message } from '@kontakt/contracts';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { TimelineItem } from '../../api/types.ts';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { useAgentMap, useContactReasons, useQueueMap } from '../workspace/reference-data.ts';
import { formatDateTime } from '../workspace/relative-time.ts';
import { useLocale } from '../workspace/use-locale.ts';
import { describeEvent, type EventNames } from './describe-event.ts';
import { MessageAttachments } from './MessageAttachments.tsx';
import { MessageBodyView } from './MessageBody.tsx';
import { MessageMenu, SplitMessage } from './SplitMessage.tsx';
import { hasEmailSource } from './message-source.ts';
import { timelineQuery } from './ticket-queries.ts';
import classes from './Ticket.module.css';

/**
 * The conversation and its history, oldest first, scrolled to the newest. The scroll container
 * (`.timelineScroll`) is anchored at its end by CSS, so no script scrolls or measures here.
 */
export const Timeline = memo(function Timeline({
  ticketId,
  customerName,
  canSplit = false,
}: {
  ticketId: string;
  customerName: string | null;
  /** Whether messages offer "split into a new ticket" (the agent may change the ticket). */
  canSplit?: boolean;
}) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const locale = useLocale();
  const agents = useAgentMap();
  const queues = useQueueMap();
  const { data: reasons } = useContactReasons();
  const { data, isPending, isError, error } = useQuery(timelineQuery(ticketId));
  // A ticket with one message has nothing to split off.
  const messageCount = data?.filter((item) => item.type === 'message').length ?? 0;

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
      {data.map((item) => (
        <li key={item.type === 'message' ? item.message.id : item.event.id}>
          {item.type === 'message' ? (
            <MessageCard
              message={item.message}
              author={messageAuthor(item, agents, customerName, t)}
              locale={locale}
              canSplit={canSplit && messageCount > 1}
              t={t}
            />
          ) : (
            <p className={classes.eventLine}>
              <span>{describeEvent(t, item.event, names)}</span>
              <time dateTime={item.at}>{formatDateTime(item.at, locale)}</time>
            </p>
          )}
        </li>
      ))}
    </ol>
  );
});

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

/** One message; plain markup and memoized, so a long conversation renders (and re-renders) cheaply. */
const MessageCard = memo(function MessageCard({
  message,
  author,
  locale,
  canSplit,
  t,
}: {
  message: Message;
  author: string;
  locale: string;
  canSplit: boolean;
  t: TFunction;
}) {
  const [splitting, setSplitting] = useState(false);
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
        <div className={classes.messageWho}>
          {variant === 'note' && <IconLock size={14} stroke={1.8} aria-hidden />}
          <span className={classes.author}>{author}</span>
          <span className={classes.kind}>
            {variant === 'note' ? kindLabel : `${kindLabel} · ${t(`ticket.channel.${message.channel}`)}`}
          </span>
        </div>
        <div className={classes.messageWhen}>
          <time dateTime={message.createdAt}>{formatDateTime(message.createdAt, locale)}</time>
          {canSplit && <MessageMenu t={t} onSplit={() => setSplitting(true)} />}
        </div>
      </header>
      {splitting && <SplitMessage message={message} onClose={() => setSplitting(false)} />}
      <MessageBodyView
        html={message.bodyHtml}
        emailMessageId={hasEmailSource(message) ? message.id : null}
        t={t}
      />
      {message.attachments.length > 0 && (
        <MessageAttachments attachments={message.attachments} locale={locale} />
      )}
    </article>
  );
});
