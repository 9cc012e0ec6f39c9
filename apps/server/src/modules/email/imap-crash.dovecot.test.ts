import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startDovecot } from '../../../test/dovecot.ts';
import { createTestDatabase, TEST_DB } from '../../../test/harness.ts';
import { openDatabase } from '../../platform/db.ts';
import { eventually } from './email.test-kit.ts';
import { customerMail } from './imap-test-kit.ts';
import { signInOver, spawnKontakt, type KontaktProcess } from './imap-process-kit.ts';

const MESSAGES = 200;
const d = await startDovecot();
const testDb = await createTestDatabase();
const dataDir = mkdtempSync(join(tmpdir(), 'kontakt-imap-crash-'));
const env: Record<string, string> = {
  DATA_DIR: dataDir,
  ...(testDb.url ? { DATABASE_URL: testDb.url } : {}),
  SECRET_KEY: randomBytes(32).toString('hex'),
  DEMO_PASSWORD: 'crash-test-password',
  LOG_LEVEL: 'warn',
  IMAP_RECONCILE_SECONDS: '1',
  IMAP_POLL_SECONDS: '2',
};
let server: KontaktProcess | null = null;
afterAll(async () => {
  await server?.kill();
  await d.stop();
  await testDb.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

const countIn = async (folder: string) =>
  d.withClient(async (c) => {
    const status = await c.status(folder, { messages: true }).catch(() => false as const);
    return status ? (status.messages ?? 0) : 0;
  });

/** How often each Message-ID is stored; read after the last process has stopped (PGlite admits one). */
async function storedMessageIds(): Promise<Map<string, number>> {
  const db = await openDatabase(testDb.url ? { url: testDb.url, poolSize: 1 } : { dataDir });
  try {
    const rows = await db.query<{ id: string; n: number }>(
      `SELECT header_message_id AS id, count(*)::int AS n FROM email_messages GROUP BY 1`,
    );
    return new Map(rows.map((r) => [r.id, Number(r.n)]));
  } finally {
    await db.close();
  }
}

describe(`IMAP ingestion killed with SIGKILL (${TEST_DB})`, () => {
  it('loses no message and stores none twice across two kills and restarts', async () => {
    const mails = Array.from({ length: MESSAGES }, () => customerMail('pomoc@demo-sklep.test'));
    await d.withClient(async (c) => {
      for (const m of mails) await c.append('INBOX', m.raw);
    });
    server = await spawnKontakt(env);
    const headers = await signInOver(server.baseUrl, 'admin@demo-sklep.test', env.DEMO_PASSWORD!);
    const queues = (await (await fetch(`${server.baseUrl}/api/v1/queues`, { headers })).json()) as {
      items: Array<{ id: string }>;
    };
    const created = await fetch(`${server.baseUrl}/api/v1/mailboxes`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        address: 'imap@demo-sklep.test',
        displayName: 'IMAP',
        queueId: queues.items[0]!.id,
        inboundKind: 'imap',
        imap: { ...d.settings, processedFolder: 'Done' },
      }),
    });
    expect(created.status).toBe(201);
    const tickets = async () => {
      const res = await fetch(`${server!.baseUrl}/api/v1/tickets?limit=200`, { headers });
      return ((await res.json()) as { items: unknown[] }).items.length;
    };
    // Killed twice in the middle of a batch: some of its messages stored, none of them moved yet.
    for (const moved of [40, 120]) {
      await eventually(async () => {
        const stored = await tickets();
        return stored >= moved && stored > (await countIn('Done'));
      }, 120_000);
      await server.kill();
      server = await spawnKontakt(env);
    }
    await eventually(
      async () => (await countIn('INBOX')) === 0 && (await countIn('Done')) === MESSAGES,
      120_000,
    );
    await server.stop();
    server = null;
    const stored = await storedMessageIds();
    expect(stored.size).toBe(MESSAGES);
    expect([...stored.keys()].sort()).toEqual(mails.map((m) => m.messageId).sort());
    expect([...stored.values()].filter((n) => n !== 1)).toEqual([]);
    const done = await d.list('Done');
    expect(new Set(done.map((m) => m.messageId)).size).toBe(MESSAGES);
  }, 600_000);
});
