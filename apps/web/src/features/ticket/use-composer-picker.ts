import { useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Agent, CannedReply, RenderedCannedReply } from '@kontakt/contracts';
import { listCannedReplies, renderCannedReply } from '../../api/canned-replies.ts';
import { qk } from '../../api/query-keys.ts';
import { useAgents } from '../workspace/reference-data.ts';
import { cannedQueryAt, matchCannedReplies } from './canned-trigger.ts';
import { CANNED_LIST_ID, cannedOptionId, MENTION_LIST_ID, mentionOptionId } from './ComposerPickerList.tsx';
import type { Draft } from './drafts.ts';
import { matchAgents, mentionQueryAt } from './mentions.ts';

/** An open suggestion list: what triggered it, where the trigger starts, and the highlighted row. */
type Picker =
  | { kind: 'mention'; start: number; query: string; index: number; items: Agent[] }
  | { kind: 'canned'; start: number; query: string; index: number; items: CannedReply[] };

interface Options {
  ticketId: string;
  kind: Draft['kind'];
  text: string;
  update: (change: (draft: Draft) => Draft) => void;
  textRef: RefObject<HTMLTextAreaElement | null>;
  /** Told about a canned reply that was inserted (placeholders without value) or failed. */
  onRendered: (result: RenderedCannedReply | null, error?: unknown) => void;
}

/**
 * The composer's keyboard-driven suggestions: `@name` mentions in notes, and canned replies after
 * `/` at the start of a line or `::` anywhere. Arrows move, Enter or Tab picks, Escape closes.
 */
export function useComposerPicker({ ticketId, kind, text, update, textRef, onRendered }: Options) {
  const { data: agents = [] } = useAgents();
  const { data: replies = [] } = useQuery({
    queryKey: qk.cannedReplies({ active: 'true' }),
    queryFn: () => listCannedReplies({ active: 'true' }),
    staleTime: 5 * 60_000,
  });
  const [trigger, setTrigger] = useState<Omit<Picker, 'items'> | null>(null);
  const [inserting, setInserting] = useState(false);
  const pendingCaret = useRef<number | null>(null);

  // The caret goes where an insertion ended, right after React writes the text, before the next keystroke.
  useLayoutEffect(() => {
    if (pendingCaret.current === null) return;
    textRef.current?.setSelectionRange(pendingCaret.current, pendingCaret.current);
    pendingCaret.current = null;
  }, [text, textRef]);

  const picker: Picker | null = !trigger
    ? null
    : trigger.kind === 'mention'
      ? {
          ...trigger,
          kind: 'mention',
          items: matchAgents(
            agents.filter((a) => a.active),
            trigger.query,
          ),
        }
      : { ...trigger, kind: 'canned', items: matchCannedReplies(replies, trigger.query) };

  const onTextChange = (value: string, caret: number) => {
    const canned = cannedQueryAt(value, caret);
    const mention = !canned && kind === 'note' ? mentionQueryAt(value, caret) : null;
    const found = canned
      ? { kind: 'canned' as const, ...canned }
      : mention
        ? { kind: 'mention' as const, ...mention }
        : null;
    setTrigger(found ? { ...found, index: 0 } : null);
  };

  const pickMention = (agent: Agent, start: number, end: number) => {
    update((d) => ({
      ...d,
      text: `${d.text.slice(0, start)}@${agent.name} ${d.text.slice(end)}`,
      mentions: { ...d.mentions, [agent.id]: agent.name },
    }));
    pendingCaret.current = start + agent.name.length + 2;
  };

  const pickCanned = (reply: CannedReply, start: number, end: number) => {
    update((d) => ({ ...d, text: d.text.slice(0, start) + d.text.slice(end) }));
    pendingCaret.current = start;
    setInserting(true);
    renderCannedReply(ticketId, reply.id)
      .then((rendered) => {
        update((d) => {
          const at = Math.min(start, d.text.length);
          return { ...d, text: d.text.slice(0, at) + rendered.bodyText + d.text.slice(at) };
        });
        pendingCaret.current = start + rendered.bodyText.length;
        onRendered(rendered);
      })
      .catch((error: unknown) => onRendered(null, error))
      .finally(() => setInserting(false));
  };

  const pick = (item: Agent | CannedReply) => {
    if (!picker) return;
    const end =
      picker.start +
      (picker.kind === 'mention' ? 1 : text[picker.start] === '/' ? 1 : 2) +
      picker.query.length;
    setTrigger(null);
    if (picker.kind === 'mention') pickMention(item as Agent, picker.start, end);
    else pickCanned(item as CannedReply, picker.start, end);
  };

  /** Handles the picker's keys; true when the event was used. */
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>): boolean => {
    if (!picker) return false;
    const count = picker.items.length;
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key as 'ArrowDown'];
    if (step && count > 0) {
      setTrigger({ ...picker, index: (picker.index + step + count) % count });
    } else if ((event.key === 'Enter' || event.key === 'Tab') && count > 0) {
      pick(picker.items[picker.index]!);
    } else if (event.key === 'Escape') {
      setTrigger(null);
    } else {
      return false;
    }
    event.preventDefault();
    return true;
  };

  const active = picker?.items[picker.index];
  const aria = {
    'aria-autocomplete': 'list' as const,
    'aria-controls': picker ? (picker.kind === 'mention' ? MENTION_LIST_ID : CANNED_LIST_ID) : undefined,
    'aria-expanded': picker !== null,
    'aria-activedescendant': !active
      ? undefined
      : picker.kind === 'mention'
        ? mentionOptionId(active)
        : cannedOptionId(active),
  };
  return { picker, pick, onTextChange, onKeyDown, close: () => setTrigger(null), inserting, aria };
}
