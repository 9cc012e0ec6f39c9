import { memo, useId, useMemo, useState, type ReactNode } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { IconDots, IconMail, IconPhotoOff } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { splitEmailHtml } from '@kontakt/domain';
import { MessageSource } from './MessageSource.tsx';
import { prepareMessageHtml } from './remote-images.ts';
import classes from './Ticket.module.css';

/** Past this size a message is shown whole: reading it for folds would stall the page. */
const FOLD_LIMIT = 1_000_000;

interface MessageBodyProps {
  /** Sanitized HTML from the server. */
  html: string;
  /** Set for e-mail messages: quoted history and signature fold, and the original can be shown. */
  emailMessageId?: string | null;
}

/**
 * A message body. `bodyHtml` comes sanitized from the server, so it is rendered as HTML; remote
 * images stay blocked until the agent asks for them, per message. In e-mail, what the customer
 * quoted and their signature fold behind a toggle, and the original source is one click away.
 */
export function MessageBody(props: MessageBodyProps) {
  const { t } = useTranslation();
  return <MessageBodyView {...props} t={t} />;
}

/**
 * The same, for a list of messages: the list passes its `t`, so a body holds no i18n subscription
 * of its own, and it re-renders only when its own props change.
 */
export const MessageBodyView = memo(function MessageBodyView({
  html,
  emailMessageId = null,
  t,
}: MessageBodyProps & { t: TFunction }) {
  const [showImages, setShowImages] = useState(false);
  const [expanded, setExpanded] = useState(false);
  const [showSource, setShowSource] = useState(false);
  const foldId = useId();
  const sourceId = useId();
  const placeholder = t('timeline.imageBlocked');
  const parts = useMemo(
    () => (emailMessageId && html.length <= FOLD_LIMIT ? splitEmailHtml(html) : null),
    [html, emailMessageId],
  );
  const visible = useMemo(
    () => prepareMessageHtml(parts ? parts.visible : html, showImages, placeholder),
    [parts, html, showImages, placeholder],
  );
  const folded = useMemo(
    () =>
      parts && (parts.signature || parts.quoted)
        ? prepareMessageHtml(parts.signature + parts.quoted, showImages, placeholder)
        : null,
    [parts, showImages, placeholder],
  );
  const blocked = visible.blocked + (folded && expanded ? folded.blocked : 0);
  const foldLabel = parts?.quoted
    ? t(expanded ? 'email.hideQuoted' : 'email.showQuoted')
    : t(expanded ? 'email.hideSignature' : 'email.showSignature');

  return (
    <>
      {blocked > 0 && (
        <Group gap="xs" className={classes.imagesNotice}>
          <IconPhotoOff size={14} stroke={1.6} aria-hidden />
          <Text size="xs" c="dimmed">
            {t('timeline.imagesBlocked', { count: blocked })}
          </Text>
          <Button size="compact-xs" variant="default" onClick={() => setShowImages(true)}>
            {t('timeline.showImages')}
          </Button>
        </Group>
      )}
      <div className={classes.body} dangerouslySetInnerHTML={{ __html: visible.html }} />
      {folded && (
        <>
          <Toggle icon={IconDots} expanded={expanded} controls={foldId} onToggle={setExpanded}>
            {foldLabel}
          </Toggle>
          <div
            id={foldId}
            hidden={!expanded}
            className={`${classes.body} ${classes.folded}`}
            dangerouslySetInnerHTML={{ __html: expanded ? folded.html : '' }}
          />
        </>
      )}
      {emailMessageId && (
        <>
          <div className={classes.sourceToggle}>
            <Toggle
              icon={IconMail}
              expanded={showSource}
              controls={showSource ? sourceId : undefined}
              onToggle={setShowSource}
            >
              {t(showSource ? 'email.hideOriginal' : 'email.showOriginal')}
            </Toggle>
          </div>
          {showSource && <MessageSource messageId={emailMessageId} id={sourceId} />}
        </>
      )}
    </>
  );
});

/**
 * A quiet button that shows or hides a part of the message, saying which with `aria-expanded`.
 * Plain markup styled like a subtle compact button: every message of a conversation has one.
 */
function Toggle(props: {
  icon: typeof IconDots;
  expanded: boolean;
  controls: string | undefined;
  onToggle: (update: (expanded: boolean) => boolean) => void;
  children: ReactNode;
}) {
  const Icon = props.icon;
  return (
    <button
      type="button"
      className={classes.toggle}
      aria-expanded={props.expanded}
      aria-controls={props.controls}
      onClick={() => props.onToggle((e) => !e)}
    >
      <Icon size={14} aria-hidden />
      {props.children}
    </button>
  );
}
