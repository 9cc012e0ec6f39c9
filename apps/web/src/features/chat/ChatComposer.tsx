import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Alert, Button, Group, SegmentedControl, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChatSession, RenderedCannedReply, Ticket } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { qk } from '../../api/query-keys.ts';
import { addMessage } from '../../api/tickets.ts';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { useRealtimeSocket } from '../../realtime/RealtimeProvider.tsx';
import { ComposerPickerList } from '../ticket/ComposerPickerList.tsx';
import { EMPTY_DRAFT, type Draft } from '../ticket/drafts.ts';
import { useComposerPicker } from '../ticket/use-composer-picker.ts';
import { socketSender } from './chat-send.ts';
import { enqueueChatMessage, flushOutbox } from './outbox.ts';
import { PendingMessages } from './PendingMessages.tsx';
import { createTypingThrottle } from './typing.ts';
import ticketClasses from '../ticket/Ticket.module.css';
import classes from './Chat.module.css';

interface ChatComposerProps {
  ticket: Ticket;
  session: ChatSession;
  /** Whether this agent has the chat (a lead watching silently writes notes only). */
  isMine: boolean;
  visitorTyping: boolean;
  onWritingChange?: (writing: boolean) => void;
}

/**
 * The chat composer: short messages, Enter sends (Shift+Enter for a new line), canned replies with
 * `/` or `::`. Replies go over the socket with a client id and are resent until acknowledged;
 * the visitor sees "typing…" while the agent types. Internal notes go through the REST API.
 */
export function ChatComposer({ ticket, session, isMine, visitorTyping, onWritingChange }: ChatComposerProps) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const queryClient = useQueryClient();
  const socket = useRealtimeSocket();
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [inserted, setInserted] = useState<{ result: RenderedCannedReply | null; error?: unknown } | null>(
    null,
  );
  const textRef = useRef<HTMLTextAreaElement>(null);
  const canReply = isMine && session.state === 'active' && ticket.abilities?.reply !== false;
  const kind = canReply ? draft.kind : 'note';
  const update = (change: (d: Draft) => Draft) => setDraft(change);
  const picker = useComposerPicker({
    ticketId: ticket.id,
    kind,
    text: draft.text,
    update,
    textRef,
    onRendered: (result, error) => setInserted(error || result?.missing.length ? { result, error } : null),
  });

  const typing = useMemo(
    () =>
      createTypingThrottle((on) =>
        socket?.volatile.emit('chat.typing', { sessionId: session.id, typing: on }),
      ),
    [socket, session.id],
  );
  useEffect(() => () => typing.stop(), [typing]);

  const writing = draft.text.trim().length > 0;
  useEffect(() => onWritingChange?.(writing), [writing, onWritingChange]);

  const note = useMutation({
    mutationFn: (text: string) => addMessage(ticket.id, { kind: 'note', body: { text } }),
    onSuccess: () => {
      setDraft((d) => ({ ...d, text: '' }));
      void queryClient.invalidateQueries({ queryKey: qk.timeline(ticket.id) });
    },
  });

  const submit = () => {
    const text = draft.text.trim();
    if (!text || picker.inserting) return;
    if (kind === 'note') {
      if (!note.isPending) note.mutate(text);
      return;
    }
    typing.stop();
    enqueueChatMessage(ticket.id, session.id, text);
    setDraft((d) => ({ ...d, text: '' }));
    setInserted(null);
    if (socket) void flushOutbox(ticket.id, socketSender(socket, queryClient));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (picker.onKeyDown(event)) return;
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  };

  return (
    <section className={ticketClasses.composer} data-kind={kind} aria-label={t('composer.label')}>
      <div className={classes.typing} aria-live="polite">
        {visitorTyping ? t('chat.visitorTyping') : ''}
      </div>
      <PendingMessages ticketId={ticket.id} />
      <Group justify="space-between" mb={6}>
        <SegmentedControl
          size="xs"
          value={kind}
          onChange={(value) => {
            setDraft((d) => ({ ...d, kind: value as Draft['kind'] }));
            picker.close();
          }}
          data={[
            { value: 'reply', label: t('chat.composer.message'), disabled: !canReply },
            { value: 'note', label: t('composer.note') },
          ]}
          aria-label={t('composer.kind')}
        />
        <Text size="xs" c="dimmed">
          {kind === 'note' ? t('composer.noteHint') : t('chat.composer.hint')}
        </Text>
      </Group>
      <div className={ticketClasses.composerInput}>
        <Textarea
          ref={textRef}
          autosize
          minRows={1}
          maxRows={6}
          value={draft.text}
          placeholder={kind === 'note' ? t('composer.notePlaceholder') : t('chat.composer.placeholder')}
          aria-label={kind === 'note' ? t('composer.noteLabel') : t('chat.composer.label')}
          {...picker.aria}
          onChange={(e) => {
            const { value, selectionStart } = e.currentTarget;
            setDraft((d) => ({ ...d, text: value }));
            picker.onTextChange(value, selectionStart);
            if (kind === 'reply') typing.keystroke();
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            picker.close();
            typing.stop();
          }}
        />
        {picker.picker && (
          <ComposerPickerList picker={picker.picker} activeIndex={picker.picker.index} onPick={picker.pick} />
        )}
      </div>
      {inserted && (
        <Alert
          color={inserted.error ? 'red' : 'yellow'}
          role="alert"
          mt="xs"
          py={6}
          withCloseButton
          onClose={() => setInserted(null)}
        >
          {inserted.error
            ? t('cannedReplies.insertFailed', { reason: describe(inserted.error) })
            : t('cannedReplies.missingValues', { names: inserted.result!.missing.join(', ') })}
        </Alert>
      )}
      {note.isError && (
        <Alert color="red" role="alert" mt="xs" py={6}>
          {t('composer.notSent', { reason: describe(note.error) })}
        </Alert>
      )}
      <Group justify="space-between" mt="xs">
        <Text size="xs" c="dimmed">
          {t('cannedReplies.picker.hint')}
        </Text>
        <Button size="xs" onClick={submit} disabled={!writing || picker.inserting} loading={note.isPending}>
          {kind === 'note' ? t('composer.addNote') : t('composer.send')}
        </Button>
      </Group>
    </section>
  );
}
