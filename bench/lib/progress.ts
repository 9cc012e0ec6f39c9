/**
 * A small progress bar on stderr: `label [#####-----] 45% 450,000/1,000,000 tickets, 12,345/s, ETA 1m23s`.
 * On a terminal it redraws one line; otherwise (CI, a log file) it prints a line at most every 10 s.
 */
const WIDTH = 28;
const fmt = new Intl.NumberFormat('en-US');

export function duration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '?';
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m}m${String(s % 60).padStart(2, '0')}s` : `${Math.floor(m / 60)}h${m % 60}m`;
}

export class Progress {
  private readonly started = performance.now();
  private lastPrint = 0;
  private done = 0;
  private lastLine = '';
  private readonly tty = Boolean(process.stderr.isTTY);

  constructor(
    private readonly label: string,
    private readonly total: number,
    private readonly unit: string,
  ) {
    this.render(true);
  }

  /** Sets the number of units done so far; `extra` is appended to the line (e.g. other counts). */
  update(done: number, extra = ''): void {
    this.done = Math.min(done, this.total);
    this.render(false, extra);
  }

  /** Draws the final state and ends the line; returns the elapsed milliseconds. */
  finish(extra = ''): number {
    this.render(true, extra);
    if (this.tty) process.stderr.write('\n');
    return performance.now() - this.started;
  }

  private render(force: boolean, extra = ''): void {
    const now = performance.now();
    if (!force && !this.tty && now - this.lastPrint < 10_000) return;
    this.lastPrint = now;
    const elapsed = now - this.started;
    const ratio = this.total > 0 ? this.done / this.total : 1;
    const filled = Math.round(ratio * WIDTH);
    const rate = elapsed > 0 ? (this.done / elapsed) * 1000 : 0;
    const eta = rate > 0 ? ((this.total - this.done) / rate) * 1000 : Number.NaN;
    const line =
      `${this.label.padEnd(22)} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ` +
      `${String(Math.floor(ratio * 100)).padStart(3)}% ${fmt.format(this.done)}/${fmt.format(this.total)} ` +
      `${this.unit}, ${fmt.format(Math.round(rate))}/s, ` +
      (this.done >= this.total ? `took ${duration(elapsed)}` : `ETA ${duration(eta)}`) +
      (extra ? `, ${extra}` : '');
    if (this.tty) process.stderr.write(`\r\x1b[2K${line}`);
    else if (line !== this.lastLine) process.stderr.write(`${line}\n`);
    this.lastLine = line;
  }
}

/** Runs `fn` while showing a spinner-like elapsed timer (for steps without a row count, e.g. an index build). */
export async function timed<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const tty = Boolean(process.stderr.isTTY);
  const show = () =>
    tty && process.stderr.write(`\r\x1b[2K${label.padEnd(60)} ${duration(performance.now() - started)}`);
  show();
  const timer = setInterval(show, 1000);
  try {
    return await fn();
  } finally {
    clearInterval(timer);
    const line = `${label.padEnd(60)} ${duration(performance.now() - started)}`;
    process.stderr.write(tty ? `\r\x1b[2K${line}\n` : `${line}\n`);
  }
}
