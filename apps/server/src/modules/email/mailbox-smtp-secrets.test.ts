import { afterAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { SmtpSink } from '../../../test/smtp-sink.ts';
import { mailboxes } from './email.table.ts';
import { sealPlainMailboxSecrets } from './imap-secrets.ts';
import {
  deliver,
  eml,
  replyAndReceive,
  setupMailbox,
  startEmailKontakt,
  ticketsOf,
} from './email.test-kit.ts';

const { k } = await startEmailKontakt();
const server = await new SmtpSink({ user: 'help', pass: 'sm7p s3cret/ł' }).start();
afterAll(() => server.stop());

const row = async (id: string) => (await k.deps.db.select().from(mailboxes).where(eq(mailboxes.id, id)))[0]!;
const withPassword = `smtp://help:${encodeURIComponent('sm7p s3cret/ł')}@127.0.0.1:${server.port}`;

/** A customer writes to the mailbox; an agent's answer leaves through the mailbox's own server. */
async function answerThrough(mailbox: { address: string }, s: Parameters<typeof ticketsOf>[1]) {
  await deliver(k, eml({ from: 'jan@klient.test', to: mailbox.address, subject: 'Hasło' }), {
    from: 'jan@klient.test',
    to: [mailbox.address],
  });
  const [t] = await ticketsOf(k, s);
  return replyAndReceive(k, server, s, t!.id, { body: { html: '<p>Dzień dobry</p>' } });
}

describe('outbound SMTP passwords at rest', () => {
  it('are kept sealed apart from the URL and opened only to send', async () => {
    const { s, mailbox } = await setupMailbox(k, { outboundSmtpUrl: withPassword });
    const stored = await row(mailbox.id);
    expect(stored.smtpUrl).toBe(`smtp://help@127.0.0.1:${server.port}`);
    expect(stored.smtpPassword).toMatch(/^enc:v1:/);
    expect(JSON.stringify(stored)).not.toContain('s3cret');
    expect(k.deps.secrets.open(stored.smtpPassword!)).toBe('sm7p s3cret/ł');
    const signIns = server.signIns.length;
    const { mail } = await answerThrough(mailbox, s);
    expect(mail.subject).toContain('Hasło');
    expect(server.signIns.slice(signIns)).toEqual(['help']);
  });

  it('survive saving the form with the password left out, and go with another user', async () => {
    const { s, mailbox } = await setupMailbox(k, { outboundSmtpUrl: withPassword });
    const patch = (outboundSmtpUrl: string) =>
      k.inject({
        method: 'PATCH',
        url: `/api/v1/mailboxes/${mailbox.id}`,
        headers: s.headers,
        payload: { outboundSmtpUrl },
      });
    const same = await patch(`smtp://help@127.0.0.1:${server.port}`);
    expect(same.json().outboundSmtpUrl).toBe(`smtp://help@127.0.0.1:${server.port}`);
    expect(k.deps.secrets.open((await row(mailbox.id)).smtpPassword!)).toBe('sm7p s3cret/ł');
    await patch(`smtp://other@127.0.0.1:${server.port}`);
    expect((await row(mailbox.id)).smtpPassword).toBeNull();
  });

  it('stored inside the URL before are moved out and sealed at start, once', async () => {
    const { s, mailbox } = await setupMailbox(k);
    await k.deps.db.update(mailboxes).set({ smtpUrl: withPassword }).where(eq(mailboxes.id, mailbox.id));
    expect(await sealPlainMailboxSecrets(k.deps.db, k.deps.secrets)).toBeGreaterThanOrEqual(1);
    const moved = await row(mailbox.id);
    expect(moved.smtpUrl).toBe(`smtp://help@127.0.0.1:${server.port}`);
    expect(k.deps.secrets.open(moved.smtpPassword!)).toBe('sm7p s3cret/ł');
    expect(await sealPlainMailboxSecrets(k.deps.db, k.deps.secrets)).toBe(0);
    const signIns = server.signIns.length;
    await answerThrough(mailbox, s);
    expect(server.signIns.length).toBe(signIns + 1);
  });
});
