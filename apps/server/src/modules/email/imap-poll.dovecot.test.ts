import { afterAll, describe, expect, it } from 'vitest';
import { startDovecot } from '../../../test/dovecot.ts';
import { TEST_DB } from '../../../test/harness.ts';
import { loadConfig } from '../../platform/config.ts';
import { createLogger } from '../../platform/logger.ts';
import { startKontakt } from '../../server.ts';
import { eventually, startEmailKontakt } from './email.test-kit.ts';
import { customerMail, setupImapMailbox, storedMessageIds } from './imap-test-kit.ts';

// A server without IDLE: Kontakt must poll (every second here).
const d = await startDovecot({ idle: false });
const { k, sink } = await startEmailKontakt({ IMAP_RECONCILE_SECONDS: '1', IMAP_POLL_SECONDS: '1' });
afterAll(async () => {
  await k.close();
  await sink.stop();
  await d.stop();
});

const seenCount = async (folder: string) => (await d.list(folder)).filter((m) => m.seen).length;

describe('IMAP inbound without IDLE', () => {
  it('polls the folder for new messages', async () => {
    const { org, mailbox } = await setupImapMailbox(k, d, { folder: 'Polled' });
    await eventually(async () => k.imap!.served().includes(mailbox.id));
    const mails = [customerMail(mailbox.address), customerMail(mailbox.address)];
    for (const m of mails) await d.append('Polled', m.raw);
    await eventually(async () => (await seenCount('Polled')) === 2, 20_000);
    expect([...(await storedMessageIds(k, org.id)).keys()].sort()).toEqual(
      mails.map((m) => m.messageId).sort(),
    );
  });

  it('notices at the next poll that its selected folder was deleted and made anew', async () => {
    const folder = 'Remade';
    const { org, mailbox } = await setupImapMailbox(k, d, { folder });
    const first = customerMail(mailbox.address);
    await d.append(folder, first.raw);
    await eventually(async () => (await seenCount(folder)) === 1);
    await d.withClient((c) => c.mailboxDelete(folder));
    const second = customerMail(mailbox.address);
    await d.append(folder, first.raw);
    await d.append(folder, second.raw);
    await eventually(async () => (await seenCount(folder)) === 2, 30_000);
    const stored = await storedMessageIds(k, org.id);
    expect(stored).toEqual(
      new Map([
        [first.messageId, 1],
        [second.messageId, 1],
      ]),
    );
  });
});

// Several instances on one PostgreSQL: one serves each mailbox (advisory lock), another takes over.
if (TEST_DB === 'postgres') {
  describe('IMAP inbound on several instances', () => {
    it('serves a mailbox from one instance at a time and fails over when it stops', async () => {
      const { org, mailbox } = await setupImapMailbox(k, d, { folder: 'Shared' });
      await eventually(async () => k.imap!.served().includes(mailbox.id));
      const config = loadConfig({
        SEED_DEMO: 'false',
        LOG_LEVEL: 'silent',
        IMAP_RECONCILE_SECONDS: '1',
        IMAP_POLL_SECONDS: '1',
        BLOB_DIR: k.deps.config.blobDir,
      });
      const database = await k.testDb.open();
      const other = await startKontakt({
        config,
        log: createLogger('silent'),
        clock: k.clock,
        database,
        webDist: null,
      });
      try {
        // Several reconciliations later, the second instance still leaves the mailbox alone.
        await new Promise((r) => setTimeout(r, 2_500));
        expect(other.imap!.served()).not.toContain(mailbox.id);
        await k.imap!.close();
        await eventually(async () => other.imap!.served().includes(mailbox.id), 20_000);
        const mail = customerMail(mailbox.address);
        await d.append('Shared', mail.raw);
        await eventually(async () => (await seenCount('Shared')) === 1, 20_000);
        expect(await storedMessageIds(k, org.id)).toEqual(new Map([[mail.messageId, 1]]));
      } finally {
        await other.close();
        await database.close();
      }
    });
  });
}
