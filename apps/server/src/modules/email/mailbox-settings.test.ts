import { afterAll, describe, expect, it } from 'vitest';
import { setupMailbox, startEmailKontakt } from './email.test-kit.ts';

const { k, sink } = await startEmailKontakt({ INBOUND_SMTP_PORT: '0' });
afterAll(async () => {
  await k.close();
  await sink.stop();
});

const imap = { host: 'imap.shop.test', port: 993, tls: true, user: 'help', folder: 'INBOX' };

describe('mailbox settings screens', () => {
  it('keep the stored IMAP password when a change leaves it out', async () => {
    const { s, mailbox } = await setupMailbox(k, {
      inboundKind: 'imap',
      imap: { ...imap, password: 'imap-s3cret' },
    });
    const res = await k.inject({
      method: 'PATCH',
      url: `/api/v1/mailboxes/${mailbox.id}`,
      headers: s.headers,
      payload: { imap: { ...imap, folder: 'Support', processedFolder: 'Done' } },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().imap).toMatchObject({ folder: 'Support', processedFolder: 'Done', passwordSet: true });
    expect(res.body).not.toContain('s3cret');
  });

  it('ask for a password when IMAP is set up without one stored', async () => {
    const { s, mailbox } = await setupMailbox(k);
    const res = await k.inject({
      method: 'PATCH',
      url: `/api/v1/mailboxes/${mailbox.id}`,
      headers: s.headers,
      payload: { inboundKind: 'imap', imap },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'validation_failed',
      details: { field: 'imap.password' },
    });
    const after = await k.inject({
      method: 'GET',
      url: `/api/v1/mailboxes/${mailbox.id}`,
      headers: s.headers,
    });
    expect(after.json()).toMatchObject({ inboundKind: 'smtp', imap: null });
  });

  it('tell admins where the SMTP listener takes mail', async () => {
    const { s } = await setupMailbox(k);
    const res = await k.inject({ method: 'GET', url: '/api/v1/mailboxes/listener', headers: s.headers });
    expect(res.statusCode).toBe(200);
    // Port 0 (a random port, as in tests) is not a port anyone can deliver to.
    expect(res.json()).toEqual({ enabled: true, host: 'kontakt.example', port: null });
  });
});
