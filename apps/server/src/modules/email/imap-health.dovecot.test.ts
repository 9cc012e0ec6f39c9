import { afterAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { startDovecot } from '../../../test/dovecot.ts';
import { eml, eventually, setupMailbox, startEmailKontakt } from './email.test-kit.ts';
import { customerMail, setupImapMailbox, startTokenInfo, storedMessageIds } from './imap-test-kit.ts';
import { mailboxes } from './email.table.ts';

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

/** Server settings with no secret: the token comes from the refresh grant. */
function withoutPassword<T extends { password: string }>({ password, ...rest }: T) {
  void password;
  return rest;
}

describe('IMAP OAuth2 token renewal', () => {
  const TOKEN = 'ya29.renewed-access-token';

  /** A token endpoint on loopback: grants TOKEN for the right client and refresh token, rotating it. */
  async function startTokenEndpoint() {
    const { createServer } = await import('node:http');
    const grants: URLSearchParams[] = [];
    let current = 'refresh-1';
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        const form = new URLSearchParams(body);
        grants.push(form);
        const ok =
          form.get('grant_type') === 'refresh_token' &&
          form.get('client_id') === 'kontakt-app' &&
          form.get('client_secret') === 'app-s3cret' &&
          form.get('refresh_token') === current;
        res.writeHead(ok ? 200 : 400, { 'content-type': 'application/json' });
        if (ok) current = `refresh-${grants.length + 1}`;
        res.end(
          JSON.stringify(
            ok
              ? { access_token: TOKEN, token_type: 'Bearer', expires_in: 3600, refresh_token: current }
              : { error: 'invalid_grant', error_description: 'AADSTS70000: the refresh token is invalid' },
          ),
        );
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;
    return { url: `http://127.0.0.1:${port}/token`, grants, close: () => server.close() };
  }

  it('fetches an access token with the refresh token, keeps the rotated one, and reads the mail', async () => {
    const info = await startTokenInfo(TOKEN, 'kontakt');
    const od = await startDovecot({ oauth2TokenInfo: info.url });
    const endpoint = await startTokenEndpoint();
    try {
      const folder = 'Renewed';
      const mail = customerMail('help@shop.test');
      await od.append(folder, mail.raw);
      const { org, s, mailbox } = await setupMailbox(k, {
        inboundKind: 'imap',
        imap: {
          ...withoutPassword(od.settings),
          auth: 'oauth2',
          folder,
          oauth2Refresh: {
            tokenUrl: endpoint.url,
            clientId: 'kontakt-app',
            clientSecret: 'app-s3cret',
            refreshToken: 'refresh-1',
          },
        },
      });
      await eventually(async () => (await storedMessageIds(k, org.id)).has(mail.messageId), 30_000);
      const read = await k.inject({
        method: 'GET',
        url: `/api/v1/mailboxes/${mailbox.id}`,
        headers: s.headers,
      });
      expect(read.json().imap).toMatchObject({
        passwordSet: true,
        oauth2Refresh: {
          tokenUrl: endpoint.url,
          clientId: 'kontakt-app',
          clientSecretSet: true,
          refreshTokenSet: true,
        },
      });
      // expires_in 3600 from the token endpoint, counted from Kontakt's clock.
      const lifetime =
        Date.parse(read.json().imap.oauth2Refresh.accessTokenExpiresAt) - k.deps.clock.now().getTime();
      expect(lifetime).toBeGreaterThan(3_000_000);
      expect(lifetime).toBeLessThanOrEqual(3_600_000);
      expect(read.body).not.toMatch(/s3cret|refresh-\d|renewed-access/);
      const [row] = await k.deps.db.select().from(mailboxes).where(eq(mailboxes.id, mailbox.id));
      expect(k.deps.secrets.open(row!.imapPassword!)).toBe(TOKEN);
      expect(k.deps.secrets.open(row!.imapOauthRefreshToken!)).toBe('refresh-2');
    } finally {
      endpoint.close();
      await od.stop();
      await info.close();
    }
  });

  it('reports a refused refresh token as token_refresh_failed with the provider’s words', async () => {
    const endpoint = await startTokenEndpoint();
    try {
      const { s, mailbox, queue } = await setupMailbox(k, {
        inboundKind: 'imap',
        imap: {
          ...withoutPassword(d.settings),
          auth: 'oauth2',
          folder: 'INBOX',
          oauth2Refresh: { tokenUrl: endpoint.url, clientId: 'kontakt-app', refreshToken: 'stolen' },
        },
      });
      const connection = async () =>
        (await k.inject({ method: 'GET', url: `/api/v1/mailboxes/${mailbox.id}`, headers: s.headers })).json()
          .imap.connection;
      await eventually(async () => (await connection())?.state === 'failing', 30_000);
      expect((await connection()).error).toMatchObject({ step: 'auth', code: 'token_refresh_failed' });
      expect((await connection()).error.detail).toContain('invalid_grant');
      const noToken = await k.inject({
        method: 'POST',
        url: '/api/v1/mailboxes',
        headers: s.headers,
        payload: {
          address: `x-${Date.now()}@shop.test`,
          displayName: 'X',
          queueId: queue.id,
          inboundKind: 'imap',
          imap: { ...withoutPassword(d.settings), auth: 'oauth2', folder: 'INBOX' },
        },
      });
      expect(noToken.statusCode).toBe(400);
      expect(noToken.json().error.details.field).toBe('imap.password');
    } finally {
      endpoint.close();
    }
  });
});
