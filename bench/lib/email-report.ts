/** The e-mail benchmark's section of BENCHMARKS.md (appended after the earlier sections). */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Machine } from './machine.ts';

export type EmailOutcome = {
  scenario: string;
  connections: number;
  avgBytes: number;
  /** Mails per second the run should reach (accepted and committed). */
  target?: number;
  sent?: number;
  accepted?: number;
  failed?: number;
  acceptedPerS?: number;
  /** Undefined where it is not polled separately (PGlite). */
  committedPerS?: number;
  p50?: number;
  p95?: number;
  loadBefore: number;
  loadAfter?: number;
};

export type EmailDbOutcome = {
  database: string;
  skipped?: string;
  error?: string;
  scenarios: EmailOutcome[];
  /** The post-run check of the stored rows. */
  notes: string[];
  serverProblems: string[];
};

export type EmailRun = {
  date: Date;
  machine: Machine;
  seconds: number;
  connections: number;
  databases: EmailDbOutcome[];
  /** Free text put under the table (e.g. what changed since the last run). */
  remarks?: string[];
};

export function emailFailed(d: EmailDbOutcome): boolean {
  return (
    Boolean(d.error) ||
    d.notes.some((n) => !n.startsWith('verified')) ||
    d.scenarios.some((s) => !s.accepted || (s.failed ?? 0) > 0)
  );
}

function verdict(s: EmailOutcome): string {
  if (!s.accepted) return '**FAILED**: nothing accepted';
  if (s.failed) return `**FAILED**: ${s.failed} mails refused`;
  if (!s.target) return 'ok';
  const rate = s.committedPerS ?? s.acceptedPerS ?? 0;
  return rate >= s.target ? 'ok, target met' : 'ok, **target not met**';
}

const kb = (n: number) => `${Math.round(n / 1024).toLocaleString('en-US')} KB`;
const load = (s: EmailOutcome) => `${s.loadBefore.toFixed(1)} → ${s.loadAfter?.toFixed(1) ?? '–'}`;

export function renderEmailRun(r: EmailRun): string {
  const m = r.machine;
  const lines = [
    `## ${r.date.toISOString().slice(0, 16).replace('T', ' ')} UTC — inbound e-mail (SMTP listener → tickets)`,
    '',
    `- Machine: ${m.cpu}, ${m.cores} cores, ${m.ramGiB} GiB RAM; load average ${m.loadAvg} at the start`,
    `- Software: Node ${m.node}, ${m.os}`,
    `- Load: ${r.connections} pooled SMTP connections to the listener on loopback, each one mail at a time, ` +
      `at most ${r.seconds} s per scenario after a warm-up; the demo mailbox pomoc@demo-sklep.test ` +
      '(auto-acknowledgement on, sent to a discarding SMTP sink); half the mails open a thread, half reply to an earlier one',
    '- *Accepted/s*: mails answered 250 per second (the listener answers only after the ticket is committed); ' +
      '*committed/s*: until a separate connection counted every accepted mail in the database (PostgreSQL only)',
    '',
    '| Scenario | Database | Conn. | Avg size | Mails | Accepted/s | Committed/s | Accept p50 (ms) | p95 (ms) | Load avg | Target | Result |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | --- |',
  ];
  for (const d of r.databases)
    for (const s of d.scenarios)
      lines.push(
        `| ${s.scenario} | ${d.database} | ${s.connections} | ${kb(s.avgBytes)} | ${s.accepted ?? '–'} | ` +
          `${s.acceptedPerS ?? '–'} | ${s.committedPerS ?? '–'} | ${s.p50 ?? '–'} | ${s.p95 ?? '–'} | ${load(s)} | ` +
          `${s.target ? `≥ ${s.target}/s` : '–'} | ${verdict(s)} |`,
      );
  const notes: string[] = [];
  for (const d of r.databases) {
    if (d.skipped) notes.push(`- ${d.database} skipped: ${d.skipped}`);
    if (d.error) notes.push(`- ${d.database} failed: ${d.error.split('\n')[0]}`);
    for (const n of d.notes) notes.push(`- ${d.database}: ${n}`);
    if (d.serverProblems.length) {
      notes.push(
        `- ${d.database}: the server logged ${d.serverProblems.length} warning/error line(s), first ones:`,
      );
      notes.push('', '  ```', ...d.serverProblems.slice(0, 5).map((l) => `  ${l.slice(0, 300)}`), '  ```');
    }
  }
  for (const rm of r.remarks ?? []) notes.push(`- ${rm}`);
  if (notes.length) lines.push('', 'Notes:', '', ...notes);
  return lines.join('\n') + '\n';
}

/** Appends the section at the end of BENCHMARKS.md, keeping everything before it. */
export function appendEmailReport(file: string, r: EmailRun): void {
  const previous = existsSync(file) ? readFileSync(file, 'utf8').trimEnd() + '\n\n' : '# Benchmarks\n\n';
  writeFileSync(file, previous + renderEmailRun(r));
}
