import { afterAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { startDovecot } from '../../../test/dovecot.ts';
import { eventually, messagesOf, startEmailKontakt, ticketsOf } from './email.test-kit.ts';
import { imapSyncState } from './imap-state.ts';
import { customerMail, setupImapMailbox, startTokenInfo, storedMessageIds } from './imap-test-kit.ts';

const TOKEN = 'ya29.oauth2-access-token';
const tokenInfo = await startTokenInfo(TOKEN, 'kontakt');
const d = await startDovecot({ oauth2TokenInfo: tokenInfo.url });
// A poll every hour: anything arriving within a test came through IDLE.
const { k, sink } = await startEmailKontakt({ IMAP_RECONCILE_SECONDS: '1', IMAP_POLL_SECONDS: '3600' });
afterAll(async () => {
  await k.close();
  await sink.stop();
  await d.stop();
  await tokenInfo.close();
});

const seenCount = async (folder: string) => (await d.list(folder)).filter((m) => m.seen).length;

describe('IMAP inbound', () => {
  it('turns appended messages into tickets, threads replies, and flags each only after it is stored', async () => {
    const folder = 'Threads';
    const first = customerMail('help@shop.test');
    await d.append(folder, first.raw);
    const { org, s } = await setupImapMailbox(k, d, { folder });
    const mails = [first];
    for (let i = 0; i < 8; i++) {
      const m = customerMail('help@shop.test', i % 2 ? { inReplyTo: first.messageId } : {});
      mails.push(m);
      await d.append(folder, m.raw);
    }
    // Watch the folder while Kontakt works: every message seen flagged must already be stored.
    let flaggedBeforeStored: string[] = [];
    await eventually(async () => {
      const listed = await d.list(folder);
      const stored = await storedMessageIds(k, org.id);
      flaggedBeforeStored = listed.filter((m) => m.seen && !stored.has(m.messageId)).map((m) => m.messageId);
      expect(flaggedBeforeStored).toEqual([]);
      return listed.length === mails.length && listed.every((m) => m.seen);
    }, 30_000);
    const stored = await storedMessageIds(k, org.id);
    expect([...stored.keys()].sort()).toEqual(mails.map((m) => m.messageId).sort());
    expect([...stored.values()].every((n) => n === 1)).toBe(true);
    const tickets = await ticketsOf(k, s);
    // The first message and its 4 replies make one ticket; the other 4 messages a ticket each.
    expect(tickets).toHaveLength(5);
    const thread = tickets.find((t) => t.subject === /Subject: ([^\r\n]*)/.exec(first.raw)![1]);
    expect(await messagesOf(k, s, thread!.id)).toHaveLength(5);
  });

  it('delivers a message through IDLE without waiting for a poll', async () => {
    const folder = 'Idle';
    const { org, mailbox } = await setupImapMailbox(k, d, { folder });
    const early = customerMail(mailbox.address);
    await d.append(folder, early.raw);
    await eventually(async () => (await storedMessageIds(k, org.id)).has(early.messageId));
    const late = customerMail(mailbox.address);
    await d.append(folder, late.raw);
    await eventually(async () => (await storedMessageIds(k, org.id)).has(late.messageId), 20_000);
    await eventually(async () => (await seenCount(folder)) === 2);
  });

  it('signs in with an OAuth2 access token (XOAUTH2) instead of a password', async () => {
    const folder = 'OAuth';
    const { org, mailbox } = await setupImapMailbox(k, d, { folder, auth: 'oauth2', password: TOKEN });
    const m = customerMail(mailbox.address);
    await d.append(folder, m.raw);
    await eventually(async () => (await storedMessageIds(k, org.id)).has(m.messageId));
    await eventually(async () => (await seenCount(folder)) === 1);
  });

  it('moves processed messages to the processed folder, creating it', async () => {
    const folder = 'Incoming';
    const { org, mailbox } = await setupImapMailbox(k, d, { folder, processedFolder: 'Processed' });
    const mails = [customerMail(mailbox.address), customerMail(mailbox.address)];
    for (const m of mails) await d.append(folder, m.raw);
    await eventually(async () => (await d.list('Processed')).length === 2);
    expect(await d.list(folder)).toEqual([]);
    expect([...(await storedMessageIds(k, org.id)).keys()].sort()).toEqual(
      mails.map((m) => m.messageId).sort(),
    );
  });

  it('re-reads a folder whose UIDVALIDITY changed without storing anything twice', async () => {
    const folder = 'Resync';
    const { org, s, mailbox } = await setupImapMailbox(k, d, { folder });
    const mails = [customerMail(mailbox.address), customerMail(mailbox.address)];
    for (const m of mails) await d.append(folder, m.raw);
    await eventually(async () => (await seenCount(folder)) === 2);
    const stateOf = async () =>
      (await k.deps.db.select().from(imapSyncState).where(eq(imapSyncState.mailboxId, mailbox.id)))[0]!;
    const before = await stateOf();
    // While the mailbox is off, the folder is deleted and made anew (new UIDVALIDITY) with the same
    // messages, unread, and one more. (A session that has the folder selected learns of it at its
    // next poll: see imap-poll.dovecot.test.ts.)
    const setActive = (active: boolean) =>
      k.inject({
        method: 'PATCH',
        url: `/api/v1/mailboxes/${mailbox.id}`,
        headers: s.headers,
        payload: { active },
      });
    await setActive(false);
    await eventually(async () => !k.imap!.served().includes(mailbox.id));
    await d.withClient((c) => c.mailboxDelete(folder));
    const extra = customerMail(mailbox.address);
    for (const m of [...mails, extra]) await d.append(folder, m.raw);
    await setActive(true);
    await eventually(async () => (await seenCount(folder)) === 3, 30_000);
    expect((await stateOf()).uidValidity).not.toBe(before.uidValidity);
    const stored = await storedMessageIds(k, org.id);
    expect(stored.size).toBe(3);
    expect([...stored.values()].every((n) => n === 1)).toBe(true);
  });

  it('follows mailbox changes without a restart: deactivated, reactivated, another folder', async () => {
    const { org, s, mailbox } = await setupImapMailbox(k, d, { folder: 'Changes' });
    const patch = (payload: object) =>
      k.inject({ method: 'PATCH', url: `/api/v1/mailboxes/${mailbox.id}`, headers: s.headers, payload });
    await eventually(async () => k.imap!.served().includes(mailbox.id));
    expect((await patch({ active: false })).statusCode).toBe(200);
    await eventually(async () => !k.imap!.served().includes(mailbox.id));
    const waiting = customerMail(mailbox.address);
    await d.append('Changes', waiting.raw);
    // Two reconciliations later, still nobody reads the folder.
    await new Promise((r) => setTimeout(r, 2_500));
    expect((await storedMessageIds(k, org.id)).size).toBe(0);
    expect(await seenCount('Changes')).toBe(0);
    await patch({ active: true });
    await eventually(async () => (await storedMessageIds(k, org.id)).has(waiting.messageId));
    const other = customerMail(mailbox.address);
    await d.append('Elsewhere', other.raw);
    const imap = { host: d.host, port: d.port, tls: false, user: d.user, folder: 'Elsewhere' };
    expect((await patch({ imap })).statusCode).toBe(200);
    await eventually(async () => (await storedMessageIds(k, org.id)).has(other.messageId));
  });
});
