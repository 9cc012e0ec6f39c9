import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import {
  ActionIcon,
  Alert,
  Button,
  FileButton,
  Group,
  Menu,
  SegmentedControl,
  Text,
  Textarea,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { IconChevronDown, IconPaperclip } from '@tabler/icons-react';
import type { RenderedCannedReply, Ticket, TicketStatus } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { qk } from '../../api/query-keys.ts';
import { addMessage } from '../../api/tickets.ts';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { useSignedInMe } from '../auth/session.tsx';
import { AttachmentList } from './AttachmentList.tsx';
import { ComposerPickerList } from './ComposerPickerList.tsx';
import { DraftConflict, DraftStatusText, DraftTakeOver } from './DraftNotices.tsx';
import type { Draft } from './drafts.ts';
import { mentionIdsIn } from './mentions.ts';
import { useAttachments } from './use-attachments.ts';
import { useComposerPicker } from './use-composer-picker.ts';
import { useServerDraft } from './use-server-draft.ts';
import classes from './Ticket.module.css';

/** Statuses offered by "send and set". */
const SEND_AND_SET: TicketStatus[] = ['pending_customer', 'solved'];

interface ComposerProps {
  ticket: Ticket;
  /** Tells the page whether the agent is writing (for presence). */
  onWritingChange?: (writing: boolean) => void;
}

/**
 * Reply to the customer or write an internal note; Ctrl+Enter sends. `/` or `::` inserts a canned
 * reply, `@` mentions a colleague in a note. The draft is saved on the server (and in this browser).
 */
export function Composer({ ticket, onWritingChange }: ComposerProps) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const queryClient = useQueryClient();
  const { agent: me } = useSignedInMe();
  const drafts = useServerDraft(ticket.id, me.id);
  const { draft, update } = drafts;
  const [dragging, setDragging] = useState(false);
  const [inserted, setInserted] = useState<{ result: RenderedCannedReply | null; error?: unknown } | null>(
    null,
  );
  const textRef = useRef<HTMLTextAreaElement>(null);
  const files = useAttachments(ticket.id);
  const canReply = ticket.abilities?.reply !== false;
  const kind = canReply ? draft.kind : 'note';
  const picker = useComposerPicker({
    ticketId: ticket.id,
    kind,
    text: draft.text,
    update,
    textRef,
    onRendered: (result, error) => setInserted(error || result?.missing.length ? { result, error } : null),
  });

  const writing = draft.text.trim().length > 0;
  useEffect(() => onWritingChange?.(writing), [writing, onWritingChange]);

  const send = useMutation({
    mutationFn: async (status: TicketStatus | undefined) => {
      await drafts.beforeSend();
      return addMessage(ticket.id, {
        kind,
        body: { text: draft.text },
        ...(status ? { status } : {}),
        mentionIds: kind === 'note' ? mentionIdsIn(draft.text, draft.mentions) : [],
        attachmentIds: files.ids,
      });
    },
    onSuccess: () => {
      drafts.afterSend(kind);
      setInserted(null);
      files.clear();
      void queryClient.invalidateQueries({ queryKey: qk.timeline(ticket.id) });
      void queryClient.invalidateQueries({ queryKey: qk.ticket(ticket.id) });
      void queryClient.invalidateQueries({ queryKey: qk.ticketLists });
      void queryClient.invalidateQueries({ queryKey: qk.views });
    },
    onError: () => drafts.sendFailed(),
  });
  const canSend = writing && !files.uploading && !send.isPending && !picker.inserting;
  const submit = (status?: TicketStatus) => canSend && send.mutate(status);

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (picker.onKeyDown(event)) return;
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
  };

  return (
    <section
      className={classes.composer}
      data-kind={kind}
      data-dragging={dragging || undefined}
      aria-label={t('composer.label')}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        if (!e.dataTransfer.files.length) return;
        e.preventDefault();
        setDragging(false);
        files.add([...e.dataTransfer.files]);
      }}
    >
      {drafts.conflict !== undefined && (
        <DraftConflict current={drafts.conflict} onResolve={drafts.resolve} />
      )}
      <DraftTakeOver
        others={drafts.others}
        replacesMine={writing}
        onTakeOver={(d) => void drafts.takeOver(d)}
      />
      <Group justify="space-between" mb={6}>
        <SegmentedControl
          size="xs"
          value={kind}
          onChange={(value) => {
            update((d) => ({ ...d, kind: value as Draft['kind'] }));
            picker.close();
          }}
          data={[
            { value: 'reply', label: t('composer.reply'), disabled: !canReply },
            { value: 'note', label: t('composer.note') },
          ]}
          aria-label={t('composer.kind')}
        />
        <Text size="xs" c="dimmed">
          {kind === 'note' ? t('composer.noteHint') : t('composer.replyHint')}
        </Text>
      </Group>
      <div className={classes.composerInput}>
        <Textarea
          ref={textRef}
          autosize
          minRows={3}
          maxRows={12}
          value={draft.text}
          placeholder={kind === 'note' ? t('composer.notePlaceholder') : t('composer.replyPlaceholder')}
          aria-label={kind === 'note' ? t('composer.noteLabel') : t('composer.replyLabel')}
          {...picker.aria}
          onChange={(e) => {
            const { value, selectionStart } = e.currentTarget;
            update((d) => ({ ...d, text: value }));
            picker.onTextChange(value, selectionStart);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            picker.close();
            void drafts.flush();
          }}
        />
        {picker.picker && (
          <ComposerPickerList picker={picker.picker} activeIndex={picker.picker.index} onPick={picker.pick} />
        )}
      </div>
      <AttachmentList files={files.files} onRemove={files.remove} />
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
      {send.isError && (
        <Alert color="red" role="alert" mt="xs" py={6}>
          {t('composer.notSent', { reason: describe(send.error) })}
        </Alert>
      )}
      <Group justify="space-between" mt="xs">
        <Group gap="xs">
          <FileButton onChange={(chosen) => files.add(chosen)} multiple>
            {(props) => (
              <ActionIcon {...props} variant="default" size="md" aria-label={t('composer.attach')}>
                <IconPaperclip size={16} stroke={1.6} />
              </ActionIcon>
            )}
          </FileButton>
          <Text size="xs" c="dimmed">
            {t('composer.dropHint')} · {t('cannedReplies.picker.hint')}
          </Text>
          <DraftStatusText status={drafts.status} />
        </Group>
        <Group gap={0} wrap="nowrap">
          <Button
            size="xs"
            className={classes.splitMain}
            onClick={() => submit()}
            disabled={!canSend}
            loading={send.isPending}
          >
            {kind === 'note' ? t('composer.addNote') : t('composer.send')}
          </Button>
          <Menu position="top-end">
            <Menu.Target>
              <ActionIcon
                size={30}
                variant="filled"
                className={classes.splitMenu}
                disabled={!canSend}
                aria-label={t('composer.sendAndSet')}
              >
                <IconChevronDown size={14} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Label>{t('composer.sendAndSet')}</Menu.Label>
              {SEND_AND_SET.map((status) => (
                <Menu.Item key={status} onClick={() => submit(status)}>
                  {t('composer.sendAndSetStatus', { status: t(`ticket.status.${status}`) })}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Group>
    </section>
  );
}
