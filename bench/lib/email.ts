/**
 * `npm run bench -- --scenarios email`: inbound e-mail through Kontakt's own SMTP listener into
 * tickets, on PGlite and PostgreSQL (fresh databases, the demo mailbox pomoc@demo-sklep.test with
 * its auto-acknowledgement on; acknowledgements go to a discarding SMTP sink in this process).
 *
 * Per scenario: a warm-up set, then realistic mail (bench/lib/email-mails.ts) sent over several
 * pooled SMTP connections for at most BENCH_EMAIL_SECONDS. Two rates: *accepted* (the listener
 * answered 250, which it does only after the ticket is committed) and *committed* (PostgreSQL:
 * a separate connection polls the stored e-mail rows every 100 ms until every accepted mail is
 * there; PGlite admits one process, so its rows are counted after the server stops). After the
 * run the database is checked: every accepted mail stored once, one ticket per new thread,
 * ticket numbers gap-free.
 */
import os from 'node:os';
import { SMTPServer } from 'smtp-server';
import nodemailer from 'nodemailer';
import { onCleanup } from './cleanup.ts';
import type { DatabaseKind } from './databases.ts';
import { makeMails, type BenchMail } from './email-mails.ts';
import { percentile } from './load.ts';
import { DEMO_PASSWORD } from './scenarios.ts';
import { freePort, startServer, type ServerProcess } from './server.ts';
import { openSql, type DataTarget } from './sql-client.ts';
import {
  appendEmailReport,
  emailFailed,
  type EmailDbOutcome,
  type EmailOutcome,
  type EmailRun,
} from './email-report.ts';
import { machineInfo } from './machine.ts';

const MAILBOX = 'pomoc@demo-sklep.test';

function envInt(name: string, fallback: number): number {
  const v = Number(process.env[name]);
  return Number.isInteger(v) && v > 0 ? v : fallback;
}

export const emailSettings = () => ({
  connections: envInt('BENCH_EMAIL_CONNECTIONS', 8),
  seconds: envInt('BENCH_EMAIL_SECONDS', 20),
  /** Mails prepared per scenario: more than can be sent in the time at the target rate. */
  small: envInt('BENCH_EMAIL_SMALL', 5000),
  large: envInt('BENCH_EMAIL_LARGE', 400),
});

export type EmailScenario = {
  name: string;
  mails: BenchMail[];
  warmup: BenchMail[];
  target?: number;
};

/** The mail sets, made once and sent to both databases (the same mail, so the figures compare). */
export async function emailScenarios(s = emailSettings()): Promise<EmailScenario[]> {
  const base = { to: MAILBOX, replyDistance: s.connections * 2 };
  const t0 = performance.now();
  const list: EmailScenario[] = [
    {
      name: '20 KB mail (text + HTML, half replies)',
      target: 200,
      mails: await makeMails({ ...base, count: s.small, size: 20_000, attachmentBytes: 0 }, 1),
      warmup: await makeMails({ ...base, count: 100, size: 20_000, attachmentBytes: 0 }, 2),
    },
    {
      name: 'mail with a 1 MB attachment',
      mails: await makeMails({ ...base, count: s.large, size: 5_000, attachmentBytes: 1 << 20 }, 3),
      warmup: await makeMails({ ...base, count: 10, size: 5_000, attachmentBytes: 1 << 20 }, 4),
    },
  ];
  console.log(`   mail sets prepared in ${Math.round(performance.now() - t0)} ms`);
  return list;
}

/** An SMTP server that accepts and drops everything (the auto-acknowledgements' destination). */
async function discardSink(): Promise<{ url: string; close: () => Promise<void> }> {
  const port = await freePort();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _s, cb) {
      stream.on('end', () => cb());
      stream.resume();
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
  const close = onCleanup(`smtp sink :${port}`, () => new Promise<void>((r) => server.close(() => r())));
  return { url: `smtp://127.0.0.1:${port}`, close };
}

type Sent = { accepted: number; failed: number; opened: number; latencies: number[]; elapsedMs: number };

/** Sends `mails` over `connections` pooled SMTP connections, each connection one mail at a time. */
export async function sendAll(
  port: number,
  mails: BenchMail[],
  connections: number,
  seconds: number,
): Promise<Sent> {
  const transport = nodemailer.createTransport({
    host: '127.0.0.1',
    port,
    secure: false,
    ignoreTLS: true,
    pool: true,
    maxConnections: connections,
    maxMessages: Infinity,
  });
  const out: Sent = { accepted: 0, failed: 0, opened: 0, latencies: [], elapsedMs: 0 };
  const started = performance.now();
  const until = started + seconds * 1000;
  let next = 0;
  let firstError: unknown = null;
  const worker = async () => {
    while (next < mails.length && performance.now() < until) {
      const m = mails[next++]!;
      const t = performance.now();
      try {
        await transport.sendMail({ envelope: { from: m.from, to: [MAILBOX] }, raw: m.raw });
        out.latencies.push(performance.now() - t);
        out.accepted++;
        if (m.opensThread) out.opened++;
      } catch (err) {
        out.failed++;
        firstError ??= err;
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  out.elapsedMs = performance.now() - started;
  transport.close();
  if (firstError) console.warn(`   first SMTP failure: ${String(firstError)}`);
  return out;
}

const INBOUND_ROWS = `SELECT count(*)::int AS n FROM email_messages WHERE direction = 'inbound'`;

/** PostgreSQL: counts stored inbound mail every 100 ms until `expected` (or 2 minutes pass). */
async function waitCommitted(target: DataTarget, expected: () => number, done: () => boolean) {
  const db = await openSql(target);
  try {
    const until = performance.now() + 120_000;
    for (;;) {
      const [r] = await db.query<{ n: number }>(INBOUND_ROWS);
      if (done() && (r?.n ?? 0) >= expected()) return performance.now();
      if (performance.now() > until) return null;
      await new Promise((res) => setTimeout(res, 100));
    }
  } finally {
    await db.close();
  }
}

/** One scenario against a running server: warm-up, then the measured send. */
async function runScenario(
  s: ServerProcess & { smtpPort: number },
  sc: EmailScenario,
  target: DataTarget,
  before: { mails: number; opened: number },
): Promise<EmailOutcome> {
  const cfg = emailSettings();
  const warm = await sendAll(s.smtpPort, sc.warmup, cfg.connections, 120);
  const o: EmailOutcome = {
    scenario: sc.name,
    connections: cfg.connections,
    loadBefore: os.loadavg()[0]!,
    avgBytes: Math.round(sc.mails.reduce((a, m) => a + m.raw.length, 0) / sc.mails.length),
    ...(sc.target ? { target: sc.target } : {}),
  };
  before.mails += warm.accepted;
  before.opened += warm.opened;
  let sending = true;
  const base = before.mails;
  let sent: Sent | null = null;
  const started = performance.now();
  const committed =
    'databaseUrl' in target
      ? waitCommitted(
          target,
          () => base + (sent?.accepted ?? 0),
          () => !sending,
        )
      : null;
  sent = await sendAll(s.smtpPort, sc.mails, cfg.connections, cfg.seconds);
  sending = false;
  const committedAt = committed ? await committed : null;
  before.mails += sent.accepted;
  before.opened += sent.opened;
  const lat = [...sent.latencies].sort((a, b) => a - b);
  Object.assign(o, {
    sent: sent.accepted + sent.failed,
    accepted: sent.accepted,
    failed: sent.failed + warm.failed,
    acceptedPerS: round1(sent.accepted / (sent.elapsedMs / 1000)),
    committedPerS: committedAt ? round1(sent.accepted / ((committedAt - started) / 1000)) : undefined,
    p50: percentile(lat, 50),
    p95: percentile(lat, 95),
    loadAfter: os.loadavg()[0]!,
  });
  return o;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** What the database holds after the run, against what was accepted. */
async function verify(target: DataTarget, expected: { mails: number; opened: number }): Promise<string[]> {
  const db = await openSql(target);
  try {
    const [row] = await db.query<{
      stored: number;
      ids: number;
      opened: number;
      tickets: number;
      top: number;
    }>(`
      SELECT (SELECT count(*)::int FROM email_messages WHERE direction = 'inbound') AS stored,
             (SELECT count(DISTINCT header_message_id)::int FROM email_messages WHERE direction = 'inbound') AS ids,
             (SELECT count(*)::int FROM tickets t JOIN organizations o ON o.id = t.organization_id
                WHERE o.slug = 'demo-sklep' AND t.channel = 'email') AS opened,
             (SELECT count(*)::int FROM tickets t JOIN organizations o ON o.id = t.organization_id
                WHERE o.slug = 'demo-sklep') AS tickets,
             (SELECT max(number)::int FROM tickets t JOIN organizations o ON o.id = t.organization_id
                WHERE o.slug = 'demo-sklep') AS top`);
    const r = row!;
    const problems: string[] = [];
    if (r.stored !== expected.mails) problems.push(`stored ${r.stored} of ${expected.mails} accepted mails`);
    if (r.ids !== r.stored) problems.push(`${r.stored - r.ids} mails stored twice`);
    if (r.opened !== expected.opened)
      problems.push(`${r.opened} e-mail tickets for ${expected.opened} new threads`);
    if (r.top !== r.tickets)
      problems.push(`ticket numbers not gap-free (${r.tickets} tickets, top ${r.top})`);
    return problems.length
      ? problems
      : [
          `verified: ${r.stored} accepted mails stored once each, ${r.opened} tickets for ${expected.opened} new threads, ticket numbers 1…${r.top} gap-free`,
        ];
  } finally {
    await db.close();
  }
}

/** One database: fresh, one server start, every scenario, then the check. */
export async function benchEmailDatabase(kind: DatabaseKind, list: EmailScenario[]): Promise<EmailDbOutcome> {
  const out: EmailDbOutcome = { database: kind.name, scenarios: [], notes: [], serverProblems: [] };
  console.log(`\n== ${kind.name} (e-mail)`);
  const db = await kind.create();
  if ('skip' in db) {
    out.skipped = db.skip;
    console.log(`   skipped: ${db.skip}`);
    return out;
  }
  const sink = await discardSink();
  const target: DataTarget = db.env.DATABASE_URL
    ? { databaseUrl: db.env.DATABASE_URL }
    : { dataDir: db.env.DATA_DIR! };
  const expected = { mails: 0, opened: 0 };
  try {
    const smtpPort = await freePort();
    const env = {
      ...db.env,
      DEMO_PASSWORD,
      INBOUND_SMTP_PORT: String(smtpPort),
      INBOUND_SMTP_HOST: '127.0.0.1',
      SMTP_URL: sink.url,
    };
    const server = await startServer(env);
    try {
      for (const sc of list) {
        const o = await runScenario({ ...server, smtpPort }, sc, target, expected);
        out.scenarios.push(o);
        console.log(
          `   ${o.scenario}: ${o.accepted} accepted, ${o.acceptedPerS}/s accepted, ` +
            `${o.committedPerS ?? '–'}/s committed, p50 ${o.p50} ms, p95 ${o.p95} ms, ${o.failed} failed`,
        );
      }
    } finally {
      await server.stop();
      out.serverProblems.push(...server.problems());
    }
    out.notes.push(...(await verify(target, expected)));
    for (const n of out.notes) console.log(`   ${n}`);
  } catch (err) {
    out.error = err instanceof Error ? err.message : String(err);
    console.error(`   ${kind.name} failed: ${out.error}`);
  } finally {
    await sink.close();
    await db.dispose();
  }
  return out;
}

/** The whole e-mail group: both databases, one section appended to `output`. Returns true on failure. */
export async function runEmailBench(output: string, kinds: DatabaseKind[]): Promise<boolean> {
  const cfg = emailSettings();
  const machine = machineInfo();
  console.log(
    `bench: e-mail, ${machine.cpu}, ${machine.cores} cores, load ${machine.loadAvg}; ` +
      `${cfg.connections} SMTP connections, ${cfg.seconds} s per scenario`,
  );
  const list = await emailScenarios(cfg);
  const run: EmailRun = {
    date: new Date(),
    machine,
    seconds: cfg.seconds,
    connections: cfg.connections,
    databases: [],
  };
  for (const kind of kinds) run.databases.push(await benchEmailDatabase(kind, list));
  appendEmailReport(output, run);
  console.log(`\nbench: e-mail figures appended to ${output}`);
  return run.databases.some(emailFailed);
}
