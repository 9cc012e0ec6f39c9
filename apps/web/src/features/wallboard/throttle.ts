/**
 * Calls `run` at most once per `ms`: the first trigger after a quiet spell schedules a call at
 * once (next tick), triggers during the wait fold into that call, and a trigger right after a
 * call waits for the rest of the interval, so the last change is always fetched.
 */
export function throttle(run: () => void, ms: number, now: () => number = Date.now) {
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    trigger() {
      if (timer !== undefined) return;
      timer = setTimeout(
        () => {
          timer = undefined;
          last = now();
          run();
        },
        Math.max(0, last + ms - now()),
      );
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
