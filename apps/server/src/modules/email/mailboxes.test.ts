import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { buildAgent, signIn } from '../../../test/factories.ts';
import { seedDemo } from '../demo/seed-demo.ts';
import { DEMO_MAILBOX, mailboxes, seedDemoMailbox } from './index.ts';
import { deliver, eml, messagesOf, setupMailbox, startEmailKontakt, ticketsOf } from './email.test-kit.ts';

const { k } = await startEmailKontakt({ INBOUND_MAX_MB: '1' });

describe('mailboxes', () => {
  it('are managed by admins, with addresses unique per organization and secrets never returned', async () => {
    const { org, s, queue, mailbox } = await setupMailbox(k, {
      outboundSmtpUrl: 'smtp://user:s3cret@mail.shop.test:587',
      imap: { host: 'imap.shop.test', user: 'help', password: 'imap-s3cret' },
    });
    const list = await k.inject({ method: 'GET', url: '/api/v1/mailboxes', headers: s.headers });
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain('s3cret');
    expect(list.json().items[0]).toMatchObject({
      address: mailbox.address,
      outboundSmtpUrl: 'smtp://user@mail.shop.test:587',
      imap: { host: 'imap.shop.test', passwordSet: true, folder: 'INBOX' },
    });
    const dup = await k.inject({
      method: 'POST',
      url: '/api/v1/mailboxes',
      headers: s.headers,
      payload: { address: mailbox.address.toUpperCase(), displayName: 'Again', queueId: queue.id },
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('mailbox_address_taken');
    const patched = await k.inject({
      method: 'PATCH',
      url: `/api/v1/mailboxes/${mailbox.id}`,
      headers: s.headers,
      payload: { displayName: 'Shop', signatures: { pl: 'Zespół' } },
    });
    expect(patched.json()).toMatchObject({ displayName: 'Shop', signatures: { pl: 'Zespół' } });
    const agent = await buildAgent(k, org);
    const as = await signIn(k, agent.email);
    expect(
      (await k.inject({ method: 'GET', url: '/api/v1/mailboxes', headers: as.headers })).statusCode,
    ).toBe(403);
  });

  it('serves the raw .eml to those who may see the ticket, and not to other organizations', async () => {
    const { s, mailbox } = await setupMailbox(k);
    const raw = eml({ from: 'raw@customer.test', to: mailbox.address, subject: 'Raw', body: 'Źródło' });
    await deliver(k, raw, { from: 'raw@customer.test', to: [mailbox.address] });
    const [t] = await ticketsOf(k, s);
    const [m] = await messagesOf(k, s, t!.id);
    const res = await k.inject({ method: 'GET', url: `/api/v1/messages/${m!.id}/raw`, headers: s.headers });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('message/rfc822');
    expect(res.body).toContain('Subject: Raw');
    const other = await setupMailbox(k);
    const hidden = await k.inject({
      method: 'GET',
      url: `/api/v1/messages/${m!.id}/raw`,
      headers: other.s.headers,
    });
    expect(hidden.statusCode).toBe(404);
    const audit = await k.inject({
      method: 'GET',
      url: `/api/v1/audit-log?action=message.source_downloaded&subjectId=${t!.id}`,
      headers: s.headers,
    });
    expect(audit.json().items).toHaveLength(1);
    expect(audit.json().items[0].details).toEqual({ messageId: m!.id });
  });

  it('refuses messages over INBOUND_MAX_MB with 552', async () => {
    const { mailbox } = await setupMailbox(k);
    const big = eml({
      from: 'big@customer.test',
      to: mailbox.address,
      subject: 'Big',
      body: 'x'.repeat(1_200_000),
    });
    await expect(deliver(k, big, { from: 'big@customer.test', to: [mailbox.address] })).rejects.toMatchObject(
      {
        responseCode: 552,
      },
    );
  });

  it('gives the demo organization its mailbox once', async () => {
    await seedDemo(k.deps.db, { password: 'demo-password-1', now: k.clock.now() });
    expect(await seedDemoMailbox(k.deps.db, k.clock.now())).toBe(true);
    expect(await seedDemoMailbox(k.deps.db, k.clock.now())).toBe(false);
    const rows = await k.deps.db.select().from(mailboxes).where(eq(mailboxes.address, DEMO_MAILBOX));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ autoAck: true, inboundKind: 'smtp' });
  });
});
