/** "m:ss", or "h:mm:ss" from an hour on. */
export function formatClock(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

/** Hours with one decimal, e.g. 1.5 for 5,400 s (for charts). */
export const toHours = (seconds: number): number => Math.round((seconds / 3600) * 10) / 10;
