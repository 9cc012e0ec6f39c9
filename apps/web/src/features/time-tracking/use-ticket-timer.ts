import { useEffect, useState } from 'react';
import type { TimeEntry } from '@kontakt/contracts';
import { beatTimer, startTimer, stopTimer } from './time-api.ts';

/** How often a running timer tells the server it is still running (the most a closed tab loses). */
export const HEARTBEAT_MS = 10_000;

const isVisible = () => typeof document === 'undefined' || document.visibilityState !== 'hidden';

/**
 * Times the agent's work on a ticket in stretches stored on the server: a stretch starts when the
 * ticket is open in a visible tab, beats every few seconds, and stops when the agent pauses,
 * switches tab, changes the activity (a new stretch starts with it) or leaves the ticket.
 */
export function useTicketTimer(ticketId: string, enabled: boolean, heartbeatMs = HEARTBEAT_MS) {
  const [visible, setVisible] = useState(isVisible);
  const [paused, setPaused] = useState(false);
  const [categoryId, setCategoryId] = useState<string | null>(null);
  const [entry, setEntry] = useState<TimeEntry | null>(null);
  const [since, setSince] = useState<number | null>(null);
  const [banked, setBanked] = useState(0);
  const [restarts, setRestarts] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const active = enabled && visible && !paused;

  useEffect(() => {
    const onChange = () => setVisible(isVisible());
    document.addEventListener('visibilitychange', onChange);
    return () => document.removeEventListener('visibilitychange', onChange);
  }, []);

  useEffect(() => {
    if (!active) return;
    let cancelled = false;
    let current: TimeEntry | null = null;
    let beat: ReturnType<typeof setInterval> | undefined;
    const finish = (e: TimeEntry) => {
      stopTimer(e.id).then(
        (stopped) => stopped && setBanked((b) => b + stopped.durationSeconds),
        () => undefined,
      );
    };
    startTimer(ticketId, categoryId ?? undefined).then(
      (started) => {
        if (cancelled) return finish(started);
        current = started;
        setEntry(started);
        setSince(Date.now());
        setError(null);
        beat = setInterval(() => {
          const id = current?.id;
          if (!id) return;
          beatTimer(id).then(
            (b) => {
              if (cancelled || current?.id !== id) return;
              if (b.running) {
                current = b;
                return;
              }
              // The server ended it (asleep too long, or another timer started): bank and go again.
              current = null;
              setBanked((x) => x + b.durationSeconds);
              setRestarts((n) => n + 1);
            },
            (err: unknown) => !cancelled && setError(err),
          );
        }, heartbeatMs);
      },
      (err: unknown) => !cancelled && setError(err),
    );
    return () => {
      cancelled = true;
      if (beat) clearInterval(beat);
      if (current) finish(current);
      setEntry(null);
      setSince(null);
    };
  }, [active, ticketId, categoryId, restarts, heartbeatMs]);

  return {
    running: entry !== null,
    paused,
    entry,
    since,
    banked,
    error,
    categoryId: categoryId ?? entry?.categoryId ?? null,
    setCategoryId,
    pause: () => setPaused(true),
    resume: () => setPaused(false),
  };
}
