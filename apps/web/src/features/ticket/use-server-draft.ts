import { useCallback, useEffect, useRef, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { DraftSummary, TicketDraft, TicketDrafts } from '@kontakt/contracts';
import { ApiError } from '../../api/client.ts';
import { deleteDraft, getDrafts, saveDraft, takeOverDraft } from '../../api/drafts.ts';
import { qk } from '../../api/query-keys.ts';
import { useRealtimeSocket } from '../../realtime/RealtimeProvider.tsx';
import {
  clearDraft,
  EMPTY_DRAFT,
  loadDraft,
  newerDraft,
  saveDraft as saveLocal,
  type Draft,
} from './drafts.ts';

/** Where the draft is kept right now, for the composer's status line. */
export type DraftStatus = 'idle' | 'saving' | 'saved' | 'local' | 'conflict';

const SERVER_DEBOUNCE_MS = 1000;
const LOCAL_DEBOUNCE_MS = 300;

const fromServer = (d: TicketDraft): Draft => ({ kind: d.kind, text: d.text, mentions: d.mentions });

/**
 * The composer's draft, kept in this browser at once and on the server a second after typing
 * stops (and on blur, leaving the ticket or the page). On load the newer copy wins. A save based
 * on a stale version (another tab saved meanwhile) stops autosaving and reports a conflict.
 */
export function useServerDraft(ticketId: string, meId: string) {
  const queryClient = useQueryClient();
  const [initial] = useState(() => loadDraft(ticketId));
  const [draft, setDraft] = useState<Draft>(initial?.draft ?? EMPTY_DRAFT);
  const [status, setStatus] = useState<DraftStatus>('idle');
  /** The server's draft when a save met a newer one (null: it was sent or discarded elsewhere). */
  const [conflict, setConflict] = useState<TicketDraft | null | undefined>(undefined);
  const latest = useRef(draft);
  const version = useRef(initial?.version ?? 0);
  const dirty = useRef(false);
  const paused = useRef(false);
  const merged = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const chain = useRef<Promise<void>>(Promise.resolve());

  const apply = useCallback((next: Draft) => {
    latest.current = next;
    setDraft(next);
  }, []);

  /** Runs server calls one after another, so a send can wait for the saves before it. */
  const enqueue = useCallback((op: () => Promise<void>) => {
    chain.current = chain.current.then(op);
    return chain.current;
  }, []);

  const failed = useCallback((error: unknown) => {
    if (error instanceof ApiError && error.code === 'draft_conflict') {
      paused.current = true;
      setConflict(
        ((error.details as { current?: TicketDraft | null } | undefined)?.current ??
          null) as TicketDraft | null,
      );
      setStatus('conflict');
    } else {
      // Offline or failing: the copy in this browser is the safety net; the next change retries.
      dirty.current = true;
      setStatus('local');
    }
  }, []);

  const push = useCallback(async () => {
    const d = latest.current;
    setStatus('saving');
    try {
      if (d.text.trim()) {
        const saved = await saveDraft(ticketId, { ...d, version: version.current });
        version.current = saved.version;
        saveLocal(ticketId, latest.current, saved.version);
        setStatus('saved');
      } else {
        if (version.current > 0) await deleteDraft(ticketId, version.current);
        version.current = 0;
        setStatus('idle');
      }
    } catch (error) {
      failed(error);
    }
  }, [ticketId, failed]);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    if (!dirty.current || paused.current) return chain.current;
    dirty.current = false;
    return enqueue(push);
  }, [enqueue, push]);

  const schedule = useCallback(() => {
    dirty.current = true;
    clearTimeout(timer.current);
    if (!paused.current) timer.current = setTimeout(() => void flush(), SERVER_DEBOUNCE_MS);
  }, [flush]);

  /** A change by the agent. */
  const update = useCallback(
    (change: (d: Draft) => Draft) => {
      apply(change(latest.current));
      schedule();
    },
    [apply, schedule],
  );

  /** On the first answer from the server, start from the newer copy (unless the agent typed already). */
  const mergeOnce = useCallback(
    (data: TicketDrafts) => {
      if (merged.current) return;
      merged.current = true;
      const mine = data.mine;
      if (dirty.current) {
        version.current = mine?.version ?? 0;
        return;
      }
      const server = mine
        ? { draft: fromServer(mine), updatedAt: mine.updatedAt, version: mine.version }
        : null;
      const pick = newerDraft(loadDraft(ticketId), server);
      version.current = pick.version;
      if (pick.from === 'server') {
        apply(pick.draft);
        setStatus('saved');
      } else if (pick.from === 'local' && pick.draft.text !== mine?.text) {
        schedule();
      }
    },
    [ticketId, apply, schedule],
  );

  const query = useQuery({
    queryKey: qk.drafts(ticketId),
    queryFn: async () => {
      const data = await getDrafts(ticketId);
      mergeOnce(data);
      return data;
    },
    refetchInterval: 60_000,
  });

  // This browser's copy follows every change.
  useEffect(() => {
    const t = setTimeout(() => saveLocal(ticketId, draft, version.current), LOCAL_DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [ticketId, draft]);

  // Leaving the ticket or the page saves what is pending.
  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      saveLocal(ticketId, latest.current, version.current);
      void flush();
    };
  }, [ticketId, flush]);

  // A colleague starting or sending a draft on this ticket updates the notice live.
  const socket = useRealtimeSocket();
  useEffect(() => {
    if (!socket) return;
    const onDraft = (e: { ticketId: string; agentId: string }) => {
      if (e.ticketId === ticketId && e.agentId !== meId)
        void queryClient.invalidateQueries({ queryKey: qk.drafts(ticketId) });
    };
    socket.on('draft.changed', onDraft);
    return () => void socket.off('draft.changed', onDraft);
  }, [socket, ticketId, meId, queryClient]);

  const resolve = (choice: 'mine' | 'theirs') => {
    const current = conflict;
    version.current = current?.version ?? 0;
    paused.current = false;
    setConflict(undefined);
    if (choice === 'theirs') {
      apply(current ? fromServer(current) : { ...EMPTY_DRAFT, kind: latest.current.kind });
      dirty.current = false;
      setStatus(current ? 'saved' : 'idle');
    } else {
      dirty.current = true;
      void flush();
    }
  };

  const takeOver = (other: DraftSummary) => {
    clearTimeout(timer.current);
    dirty.current = false;
    return enqueue(async () => {
      try {
        const taken = await takeOverDraft(ticketId, other.agent.id, version.current);
        version.current = taken.version;
        apply(fromServer(taken));
        setStatus('saved');
        void queryClient.invalidateQueries({ queryKey: qk.drafts(ticketId) });
      } catch (error) {
        failed(error);
      }
    });
  };

  /** Before sending: no more autosaves, and every save already started has finished. */
  const beforeSend = () => {
    paused.current = true;
    clearTimeout(timer.current);
    return chain.current;
  };

  /** The server discarded the draft with the message; start empty, keeping the kind. */
  const afterSend = (kind: Draft['kind']) => {
    version.current = 0;
    dirty.current = false;
    paused.current = false;
    clearDraft(ticketId);
    apply({ kind, text: '', mentions: {} });
    setStatus('idle');
  };

  const sendFailed = () => {
    paused.current = conflict !== undefined;
    schedule();
  };

  return {
    draft,
    update,
    flush,
    status,
    conflict,
    resolve,
    others: query.data?.others ?? [],
    takeOver,
    beforeSend,
    afterSend,
    sendFailed,
  };
}
