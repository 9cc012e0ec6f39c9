import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
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
import type { Agent, Ticket, TicketStatus } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { qk } from '../../api/query-keys.ts';
import { addMessage } from '../../api/tickets.ts';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { useAgents } from '../workspace/reference-data.ts';
import { AttachmentList } from './AttachmentList.tsx';
import { clearDraft, loadDraft, saveDraft, type Draft } from './drafts.ts';
import { MentionList, mentionOptionId } from './MentionList.tsx';
import { matchAgents, mentionIdsIn, mentionQueryAt } from './mentions.ts';
import { useAttachments } from './use-attachments.ts';
import classes from './Ticket.module.css';

/** Statuses offered by "send and set". */
const SEND_AND_SET: TicketStatus[] = ['pending_customer', 'solved'];

interface ComposerProps {
  ticket: Ticket;
  /** Tells the page whether the agent is writing (for presence). */
  onWritingChange?: (writing: boolean) => void;
}

/** Reply to the customer or write an internal note; Ctrl+Enter sends. Drafts survive a reload. */
export function Composer({ ticket, onWritingChange }: ComposerProps) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const queryClient = useQueryClient();
  const { data: agents = [] } = useAgents();
  const [draft, setDraft] = useState<Draft>(
    () => loadDraft(ticket.id) ?? { kind: 'reply', text: '', mentions: {} },
  );
  const [mention, setMention] = useState<{ start: number; query: string; index: number } | null>(null);
  const [dragging, setDragging] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const files = useAttachments(ticket.id);
  const canReply = ticket.abilities?.reply !== false;
  const kind = canReply ? draft.kind : 'note';

  useEffect(() => {
    const timer = setTimeout(() => saveDraft(ticket.id, draft), 300);
    return () => clearTimeout(timer);
  }, [ticket.id, draft]);

  const writing = draft.text.trim().length > 0;
  useEffect(() => onWritingChange?.(writing), [writing, onWritingChange]);

  const send = useMutation({
    mutationFn: (status: TicketStatus | undefined) =>
      addMessage(ticket.id, {
        kind,
        body: { text: draft.text },
        ...(status ? { status } : {}),
        mentionIds: kind === 'note' ? mentionIdsIn(draft.text, draft.mentions) : [],
        attachmentIds: files.ids,
      }),
    onSuccess: () => {
      clearDraft(ticket.id);
      setDraft({ kind, text: '', mentions: {} });
      files.clear();
      void queryClient.invalidateQueries({ queryKey: qk.timeline(ticket.id) });
      void queryClient.invalidateQueries({ queryKey: qk.ticket(ticket.id) });
      void queryClient.invalidateQueries({ queryKey: qk.ticketLists });
      void queryClient.invalidateQueries({ queryKey: qk.views });
    },
  });
  const canSend = writing && !files.uploading && !send.isPending;
  const submit = (status?: TicketStatus) => canSend && send.mutate(status);

  const candidates: Agent[] = mention
    ? matchAgents(
        agents.filter((a) => a.active),
        mention.query,
      )
    : [];

  const pendingCaret = useRef<number | null>(null);
  useLayoutEffect(() => {
    if (pendingCaret.current === null) return;
    textRef.current?.setSelectionRange(pendingCaret.current, pendingCaret.current);
    pendingCaret.current = null;
  }, [draft.text]);

  const onTextChange = (text: string, caret: number) => {
    setDraft((d) => ({ ...d, text }));
    const at = kind === 'note' ? mentionQueryAt(text, caret) : null;
    setMention(at ? { ...at, index: 0 } : null);
  };

  const pick = (agent: Agent) => {
    if (!mention) return;
    const caret = mention.start + 1 + mention.query.length;
    const text = `${draft.text.slice(0, mention.start)}@${agent.name} ${draft.text.slice(caret)}`;
    setDraft((d) => ({ ...d, text, mentions: { ...d.mentions, [agent.id]: agent.name } }));
    setMention(null);
    const position = mention.start + agent.name.length + 2;
    // Placed right after React writes the new text, before the next keystroke can land.
    pendingCaret.current = position;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (mention && candidates.length > 0) {
      const step = { ArrowDown: 1, ArrowUp: -1 }[event.key as 'ArrowDown'];
      if (step) {
        event.preventDefault();
        setMention({ ...mention, index: (mention.index + step + candidates.length) % candidates.length });
        return;
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        event.preventDefault();
        pick(candidates[mention.index]!);
        return;
      }
    }
    if (mention && event.key === 'Escape') {
      event.preventDefault();
      setMention(null);
      return;
    }
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
  };

  const activeOption = mention && candidates[mention.index];
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
      <Group justify="space-between" mb={6}>
        <SegmentedControl
          size="xs"
          value={kind}
          onChange={(value) => {
            setDraft((d) => ({ ...d, kind: value as Draft['kind'] }));
            setMention(null);
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
          aria-autocomplete={kind === 'note' ? 'list' : undefined}
          aria-controls={mention ? 'mention-list' : undefined}
          aria-expanded={kind === 'note' ? mention !== null : undefined}
          aria-activedescendant={activeOption ? mentionOptionId(activeOption.id) : undefined}
          onChange={(e) => onTextChange(e.currentTarget.value, e.currentTarget.selectionStart)}
          onKeyDown={onKeyDown}
          onBlur={() => setMention(null)}
        />
        {mention && <MentionList agents={candidates} activeIndex={mention.index} onPick={pick} />}
      </div>
      <AttachmentList files={files.files} onRemove={files.remove} />
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
            {t('composer.dropHint')}
          </Text>
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
