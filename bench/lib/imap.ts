/**
 * `npm run bench -- --scenarios imap`: the IMAP fetch rate, on PGlite and PostgreSQL (fresh
 * databases). A dovecot is started for the run (Debian's dovecot-imapd through the test harness,
 * apps/server/test/dovecot.ts; the binary from TEST_DOVECOT, else /usr/sbin/dovecot), BENCH_IMAP_MESSAGES
 * mails of about 20 KB (the e-mail group's realistic mail, half of them replies) are appended to its
 * INBOX, then an IMAP mailbox is created in the demo organization of the real server process. Timed:
 * from the mailbox's creation until every message is flagged \Seen, which Kontakt does only after
 * the message's ticket is committed; the rate is also given from the first flagged message on
 * (without connecting and the first reconciliation). Afterwards the database is checked: every
 * message stored once, one e-mail ticket per new thread.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import type { ImapFlow } from 'imapflow';
import { startDovecot, type Dovecot } from '../../apps/server/test/dovecot.ts';
import { onCleanup } from './cleanup.ts';
import type { DatabaseKind } from './databases.ts';
import { makeMails, type BenchMail } from './email-mails.ts';
import { machineInfo, type Machine } from './machine.ts';
import { DEMO_PASSWORD, signIn } from './scenarios.ts';
import { startServer } from './server.ts';
import { openSql, type DataTarget } from './sql-client.ts';

const MAILBOX = 'imap@demo-sklep.test';
const count = () => Number(process.env.BENCH_IMAP_MESSAGES) || 1000;
const dovecotBinary = () => process.env.TEST_DOVECOT || '/usr/sbin/dovecot';

type ImapOutcome = {
  database: string;
  skipped?: string;
  error?: string;
  messages?: number;
  avgBytes?: number;
  appendS?: number;
  /** From the mailbox's creation until the last message was flagged. */
  totalS?: number;
  perS?: number;
  /** From the first flagged message to the last. */
  steadyPerS?: number;
  notes: string[];
  serverProblems: string[];
};

const round1 = (n: number) => Math.round(n * 10) / 10;

async function appendAll(d: Dovecot, mails: BenchMail[]): Promise<number> {
  const t0 = performance.now();
  await d.withClient(async (c) => {
    for (const m of mails) await c.append('INBOX', m.raw);
  });
  return (performance.now() - t0) / 1000;
}

/** Creates the IMAP mailbox in the demo organization; returns when the server answered 201. */
async function createMailbox(baseUrl: string, d: Dovecot): Promise<void> {
  const s = await signIn(baseUrl, 'admin@demo-sklep.test', DEMO_PASSWORD);
  const headers = { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' };
  const queues = (await (await fetch(`${baseUrl}/api/v1/queues`, { headers })).json()) as {
    items: Array<{ id: string }>;
  };
  const res = await fetch(`${baseUrl}/api/v1/mailboxes`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      address: MAILBOX,
      displayName: 'IMAP',
      queueId: queues.items[0]!.id,
      inboundKind: 'imap',
      imap: d.settings,
    }),
  });
  if (res.status !== 201) throw new Error(`creating the mailbox answered ${res.status}: ${await res.text()}`);
}

/** Polls the unseen count every 100 ms: when the first message was flagged, and when the last was. */
async function waitAllSeen(c: ImapFlow, total: number): Promise<{ firstAt: number; lastAt: number }> {
  let firstAt = 0;
  const until = performance.now() + 10 * 60_000;
  while (performance.now() < until) {
    const status = await c.status('INBOX', { unseen: true });
    const unseen = status ? (status.unseen ?? total) : total;
    const now = performance.now();
    if (!firstAt && unseen < total) firstAt = now;
    if (unseen === 0) return { firstAt, lastAt: now };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('not every message was flagged within 10 minutes');
}

async function verify(target: DataTarget, expected: { mails: number; opened: number }): Promise<string> {
  const db = await openSql(target);
  try {
    const [r] = await db.query<{ stored: number; ids: number; tickets: number }>(`
      SELECT (SELECT count(*)::int FROM email_messages WHERE direction = 'inbound') AS stored,
             (SELECT count(DISTINCT header_message_id)::int FROM email_messages WHERE direction = 'inbound') AS ids,
             (SELECT count(*)::int FROM tickets WHERE channel = 'email') AS tickets`);
    const ok = r!.stored === expected.mails && r!.ids === r!.stored && r!.tickets === expected.opened;
    const facts = `${r!.stored} of ${expected.mails} messages stored, ${r!.stored - r!.ids} twice, ${r!.tickets} tickets for ${expected.opened} new threads`;
    return ok ? `verified: ${facts}` : `MISMATCH: ${facts}`;
  } finally {
    await db.close();
  }
}

/** One database: fresh database and dovecot, mail appended, one server start, timed, checked. */
async function benchImapDatabase(kind: DatabaseKind, mails: BenchMail[]): Promise<ImapOutcome> {
  const out: ImapOutcome = { database: kind.name, notes: [], serverProblems: [] };
  console.log(`\n== ${kind.name} (IMAP)`);
  const db = await kind.create();
  if ('skip' in db) {
    out.skipped = db.skip;
    console.log(`   skipped: ${db.skip}`);
    return out;
  }
  const target: DataTarget = db.env.DATABASE_URL
    ? { databaseUrl: db.env.DATABASE_URL }
    : { dataDir: db.env.DATA_DIR! };
  try {
    const d = await startDovecot({ binary: dovecotBinary() });
    const stopDovecot = onCleanup('dovecot', () => d.stop());
    try {
      out.messages = mails.length;
      out.avgBytes = Math.round(mails.reduce((a, m) => a + m.raw.length, 0) / mails.length);
      out.appendS = round1(await appendAll(d, mails));
      const env = { ...db.env, DEMO_PASSWORD, IMAP_RECONCILE_SECONDS: '1', IMAP_POLL_SECONDS: '60' };
      const server = await startServer(env);
      const watcher = await d.client();
      try {
        const started = performance.now();
        await createMailbox(server.baseUrl, d);
        const { firstAt, lastAt } = await waitAllSeen(watcher, mails.length);
        out.totalS = round1((lastAt - started) / 1000);
        out.perS = round1(mails.length / out.totalS);
        out.steadyPerS = round1((mails.length - 1) / ((lastAt - firstAt) / 1000));
        console.log(
          `   ${mails.length} messages: all tickets after ${out.totalS} s (${out.perS}/s; ${out.steadyPerS}/s from the first)`,
        );
      } finally {
        await watcher.logout().catch(() => watcher.close());
        await server.stop();
        out.serverProblems.push(...server.problems());
      }
      const opened = mails.filter((m) => m.opensThread).length;
      out.notes.push(await verify(target, { mails: mails.length, opened }));
      console.log(`   ${out.notes.at(-1)}`);
    } finally {
      await stopDovecot();
    }
  } catch (err) {
    out.error = err instanceof Error ? err.message : String(err);
    console.error(`   ${kind.name} failed: ${out.error}`);
  } finally {
    await db.dispose();
  }
  return out;
}

const failed = (o: ImapOutcome) => Boolean(o.error) || o.notes.some((n) => !n.startsWith('verified'));

function render(date: Date, m: Machine, load: number, rows: ImapOutcome[]): string {
  const lines = [
    `## ${date.toISOString().slice(0, 16).replace('T', ' ')} UTC — IMAP fetch rate (dovecot → tickets)`,
    '',
    `- Machine: ${m.cpu}, ${m.cores} cores, ${m.ramGiB} GiB RAM; load average ${m.loadAvg} at the start, ${load.toFixed(1)} at the end`,
    `- Software: Node ${m.node}, ${m.os}; Debian's dovecot on loopback, started for the run`,
    '- Messages appended to the INBOX first; timed from creating the IMAP mailbox (the supervisor picks it up within ' +
      'a second) until every message was flagged \\Seen (done only after its ticket is committed); batches of 25',
    '',
    '| Database | Messages | Avg size | Append (s) | All tickets after (s) | Messages/s | From the first (msg/s) | Result |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const o of rows) {
    if (o.skipped || o.error) continue;
    const kb = `${Math.round((o.avgBytes ?? 0) / 1024)} KB`;
    lines.push(
      `| ${o.database} | ${o.messages} | ${kb} | ${o.appendS} | ${o.totalS} | ${o.perS} | ${o.steadyPerS} | ${failed(o) ? '**FAILED**' : 'ok'} |`,
    );
  }
  const notes: string[] = [];
  for (const o of rows) {
    if (o.skipped) notes.push(`- ${o.database} skipped: ${o.skipped}`);
    if (o.error) notes.push(`- ${o.database} failed: ${o.error.split('\n')[0]}`);
    for (const n of o.notes) notes.push(`- ${o.database}: ${n}`);
    if (o.serverProblems.length)
      notes.push(
        `- ${o.database}: the server logged ${o.serverProblems.length} warning/error line(s), first: ${o.serverProblems[0]!.slice(0, 300)}`,
      );
  }
  if (notes.length) lines.push('', 'Notes:', '', ...notes);
  return lines.join('\n') + '\n';
}

/** The whole IMAP group: both databases, one section appended to `output`. Returns true on failure. */
export async function runImapBench(output: string, kinds: DatabaseKind[]): Promise<boolean> {
  const machine = machineInfo();
  const date = new Date();
  if (!existsSync(dovecotBinary())) {
    console.error(`bench: IMAP group needs dovecot at ${dovecotBinary()} (apt-get install dovecot-imapd)`);
    return true;
  }
  const n = count();
  console.log(`bench: IMAP, ${n} messages of about 20 KB per database`);
  const mails = await makeMails(
    { count: n, to: MAILBOX, size: 20_000, attachmentBytes: 0, replyDistance: 50 },
    5,
  );
  const rows: ImapOutcome[] = [];
  for (const kind of kinds) rows.push(await benchImapDatabase(kind, mails));
  const previous = existsSync(output) ? readFileSync(output, 'utf8').trimEnd() + '\n\n' : '# Benchmarks\n\n';
  writeFileSync(output, previous + render(date, machine, os.loadavg()[0]!, rows));
  console.log(`\nbench: IMAP figures appended to ${output}`);
  return rows.some(failed);
}
