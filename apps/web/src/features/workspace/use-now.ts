import { useSyncExternalStore } from 'react';

/** One shared clock for relative times, ticking every 30 seconds while anything listens. */
let now = Date.now();
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | null = null;

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!timer) {
    timer = setInterval(() => {
      now = Date.now();
      for (const l of listeners) l();
    }, 30_000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = null;
    }
  };
}

/** The current time in milliseconds, re-rendering the caller twice a minute. */
export function useNow(): number {
  return useSyncExternalStore(subscribe, () => now);
}
