/** How often "still typing" is repeated while the agent keeps typing. */
export const TYPING_REPEAT_MS = 3_000;
/** Quiet this long after the last keystroke ends "typing". */
export const TYPING_IDLE_MS = 4_000;

/**
 * Turns keystrokes into few typing signals: `true` on the first keystroke and again at most every
 * `TYPING_REPEAT_MS` while typing goes on, `false` after `TYPING_IDLE_MS` of quiet or on `stop()`
 * (message sent, composer left). The server limits each connection to a few requests a second.
 */
export function createTypingThrottle(emit: (typing: boolean) => void, now: () => number = Date.now) {
  let lastSent = -Infinity;
  let typing = false;
  let idle: ReturnType<typeof setTimeout> | null = null;

  const stop = () => {
    if (idle) clearTimeout(idle);
    idle = null;
    if (!typing) return;
    typing = false;
    lastSent = -Infinity;
    emit(false);
  };

  const keystroke = () => {
    if (!typing || now() - lastSent >= TYPING_REPEAT_MS) {
      typing = true;
      lastSent = now();
      emit(true);
    }
    if (idle) clearTimeout(idle);
    idle = setTimeout(stop, TYPING_IDLE_MS);
  };

  return { keystroke, stop };
}
