import { afterAll, describe, expect, it } from 'vitest';
import { startDovecot } from '../../../test/dovecot.ts';
import { eml, eventually, setupMailbox, startEmailKontakt } from './email.test-kit.ts';
import { customerMail, setupImapMailbox, storedMessageIds } from './imap-test-kit.ts';

const d = await startDovecot();
const { k, sink } = await startEmailKontakt({
  INBOUND_MAX_MB: '1',
  IMAP_RECONCILE_SECONDS: '1',
  IMAP_POLL_SECONDS: '1',
});
afterAll(async () => {
  await k.close();
  await sink.stop();
  await d.stop();
});

describe('IMAP messages set aside', () => {
  it('a message over INBOUND_MAX_MB is left unread and listed, and the mail after it goes on', async () => {
    const folder = 'Big';
    const { org, s, mailbox } = await setupImapMailbox(k, d, { folder });
    const big = eml({
      from: 'jana@customer.test',
      to: mailbox.address,
      subject: 'Fotky',
      body: 'x'.repeat(1_300_000),
      messageId: '<big-1@customer.test>',
    });
    const after = customerMail(mailbox.address);
    await d.append(folder, big);
    await d.append(folder, after.raw);
    await eventually(async () => (await storedMessageIds(k, org.id)).has(after.messageId), 30_000);
    expect((await storedMessageIds(k, org.id)).has('<big-1@customer.test>')).toBe(false);
    const listed = await d.list(folder);
    expect(listed.find((m) => m.messageId === '<big-1@customer.test>')?.seen).toBe(false);
    expect(listed.find((m) => m.messageId === after.messageId)?.seen).toBe(true);

    const url = `/api/v1/mailboxes/${mailbox.id}/dead-letters`;
    const res = await k.inject({ method: 'GET', url, headers: s.headers });
    expect(res.statusCode).toBe(200);
    const [letter, ...rest] = res.json().items;
    expect(rest).toEqual([]);
    expect(letter).toMatchObject({ folder, reason: 'too_large', retriable: false, attempts: 0 });
    expect(letter.size).toBeGreaterThan(1_300_000);
    expect(letter.givenUpAt).not.toBeNull();

    const retry = await k.inject({ method: 'POST', url: `${url}/${letter.id}/retry`, headers: s.headers });
    expect(retry.statusCode).toBe(409);
    expect(retry.json().error.code).toBe('dead_letter_not_retriable');

    const other = await setupMailbox(k);
    const hidden = await k.inject({ method: 'GET', url, headers: other.s.headers });
    expect(hidden.statusCode).toBe(404);
  });
});

describe('IMAP connection status', () => {
  const connectionOf = async (s: { headers: Record<string, string> }, id: string) =>
    (await k.inject({ method: 'GET', url: `/api/v1/mailboxes/${id}`, headers: s.headers })).json().imap
      .connection;

  it('shows a served mailbox connected over IDLE, and when it was last checked', async () => {
    await d.append('Healthy', customerMail('help@shop.test').raw);
    const { s, mailbox } = await setupImapMailbox(k, d, { folder: 'Healthy' });
    await eventually(async () => (await connectionOf(s, mailbox.id))?.state === 'connected', 30_000);
    const c = await connectionOf(s, mailbox.id);
    expect(c).toMatchObject({ state: 'connected', idle: true, failures: 0, error: null, retryAt: null });
    expect(Date.parse(c.checkedAt)).toBeGreaterThanOrEqual(Date.parse(c.connectedAt));
    const list = await k.inject({ method: 'GET', url: '/api/v1/mailboxes', headers: s.headers });
    expect(list.json().items[0].imap.connection.state).toBe('connected');
  });

  it('shows a failing mailbox with the step, the code and when it retries, never the password', async () => {
    const { s, mailbox } = await setupImapMailbox(k, d, { folder: 'Wrong', password: 'not-the-password' });
    await eventually(async () => (await connectionOf(s, mailbox.id))?.state === 'failing', 30_000);
    const c = await connectionOf(s, mailbox.id);
    expect(c).toMatchObject({ state: 'failing', error: { step: 'auth', code: 'auth_failed' } });
    expect(c.failures).toBeGreaterThanOrEqual(1);
    expect(Date.parse(c.retryAt)).toBeGreaterThan(Date.parse(c.failingSince));
    expect(JSON.stringify(c)).not.toContain('not-the-password');
  });
});
