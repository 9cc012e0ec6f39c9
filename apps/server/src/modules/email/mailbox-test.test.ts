import { createServer, type Server } from 'node:net';
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { buildAgent, signIn, type Session } from '../../../test/factories.ts';
import { SecretBox } from '../../platform/secret-box.ts';
import { mailboxes } from './email.table.ts';
import { setupMailbox, startEmailKontakt } from './email.test-kit.ts';
import { sealPlainMailboxSecrets } from './imap-secrets.ts';
import { scrub } from './mailbox-test-classify.ts';

const { k, sink } = await startEmailKontakt();

/** A port that accepts connections and then says nothing (a server that never greets). */
const silent: Server = createServer(() => undefined).listen(0, '127.0.0.1');
/** An SMTP server that refuses every login. */
const strict = new SMTPServer({
  authOptional: false,
  allowInsecureAuth: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onAuth: (_auth, _session, cb) => cb(new Error('Invalid username or password')),
});
await new Promise<void>((r) => strict.listen(0, '127.0.0.1', r));
const portOf = (s: Server) => (s.address() as { port: number }).port;
/** A port nobody listens on (taken and released). */
const closedPort = await new Promise<number>((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const port = portOf(s);
    s.close(() => resolve(port));
  });
});
afterAll(async () => {
  await k.close();
  await sink.stop();
  silent.close();
  await new Promise<void>((r) => strict.close(() => r()));
});

const imapAt = (host: string, port: number, password: string | null = 'imap-s3cret') => ({
  host,
  port,
  tls: false,
  user: 'help',
  folder: 'INBOX',
  ...(password ? { password } : {}),
});

const test = (s: Session, payload: object, url = '/api/v1/mailboxes/test') =>
  k.inject({ method: 'POST', url, headers: s.headers, payload });

describe('mailbox test connection', () => {
  it('names the failing network step with a stable code, and tests the global SMTP server', async () => {
    const { s } = await setupMailbox(k);
    const unknown = await test(s, { imap: imapAt('imap.shop.invalid', 993) });
    expect(unknown.statusCode).toBe(200);
    expect(unknown.json().imap).toMatchObject({ ok: false, step: 'dns', code: 'dns_not_found' });
    // outboundSmtpUrl null: the global SMTP_URL (the test sink) is tested.
    expect(unknown.json().smtp).toEqual({
      ok: true,
      step: 'send',
      code: null,
      detail: null,
      durationMs: expect.any(Number),
    });
    const refused = await test(s, { imap: imapAt('127.0.0.1', closedPort) });
    expect(refused.json().imap).toMatchObject({ ok: false, step: 'connect', code: 'connect_refused' });
    const mute = await test(s, { imap: imapAt('127.0.0.1', portOf(silent)) });
    expect(mute.json().imap).toMatchObject({ ok: false, step: 'connect', code: 'no_greeting' });
    const tlsOnPlain = await test(s, { outboundSmtpUrl: `smtps://127.0.0.1:${sink.port}` });
    expect(tlsOnPlain.json().smtp).toMatchObject({ ok: false, step: 'tls', code: 'tls_handshake_failed' });
  });

  it('reports SMTP authentication failures without the password', async () => {
    const { s } = await setupMailbox(k);
    const port = portOf(strict.server);
    const res = await test(s, { outboundSmtpUrl: `smtp://help:sm7p-s3cret@127.0.0.1:${port}` });
    expect(res.json()).toMatchObject({ imap: null, smtp: { ok: false, step: 'auth', code: 'auth_failed' } });
    expect(res.body).not.toContain('sm7p-s3cret');
    const closed = await test(s, { outboundSmtpUrl: `smtp://127.0.0.1:${closedPort}` });
    expect(closed.json().smtp).toMatchObject({ ok: false, step: 'connect', code: 'connect_refused' });
  });

  it('asks for a password it neither got nor has stored', async () => {
    const { s } = await setupMailbox(k);
    const res = await test(s, { imap: imapAt('127.0.0.1', portOf(silent), null) });
    expect(res.json().imap).toMatchObject({ ok: false, step: 'auth', code: 'password_missing' });
  });

  it('is for admins of the mailbox only', async () => {
    const { org, mailbox } = await setupMailbox(k);
    const other = await setupMailbox(k);
    const hidden = await test(other.s, {}, `/api/v1/mailboxes/${mailbox.id}/test`);
    expect(hidden.statusCode).toBe(404);
    const viaForm = await test(other.s, { mailboxId: mailbox.id });
    expect(viaForm.statusCode).toBe(404);
    const agent = await signIn(k, (await buildAgent(k, org)).email);
    expect((await test(agent, {})).statusCode).toBe(403);
  });
});

describe('scrubbing secrets from what a server said', () => {
  it('removes long secrets and their encodings anywhere, short ones only where they stand alone', () => {
    const long = 's3cr3tPass';
    const base64 = Buffer.from(long).toString('base64');
    expect(scrub(`AUTH failed for ${long} (${base64})`, [long])).toBe('AUTH failed for *** (***)');
    expect(scrub('mailbox never exists; password x refused', ['x'])).toBe(
      'mailbox never exists; password *** refused',
    );
    expect(scrub(null, ['x'])).toBeNull();
  });
});

describe('IMAP secrets at rest', () => {
  const stored = async (id: string) =>
    (await k.deps.db.select().from(mailboxes).where(eq(mailboxes.id, id)))[0]!.imapPassword!;

  it('are sealed with AES-256-GCM, also those stored in plain text before', async () => {
    const { mailbox } = await setupMailbox(k, { inboundKind: 'imap', imap: imapAt('127.0.0.1', closedPort) });
    const sealed = await stored(mailbox.id);
    expect(sealed).toMatch(/^enc:v1:/);
    expect(sealed).not.toContain('imap-s3cret');
    expect(k.deps.secrets.open(sealed)).toBe('imap-s3cret');
    await k.deps.db
      .update(mailboxes)
      .set({ imapPassword: 'legacy-plain' })
      .where(eq(mailboxes.id, mailbox.id));
    expect(await sealPlainMailboxSecrets(k.deps.db, k.deps.secrets)).toBeGreaterThanOrEqual(1);
    expect(k.deps.secrets.open(await stored(mailbox.id))).toBe('legacy-plain');
    expect(await sealPlainMailboxSecrets(k.deps.db, k.deps.secrets)).toBe(0);
  });

  it('are kept by an update without one only for the same kind of sign-in', async () => {
    const { s, mailbox } = await setupMailbox(k, {
      inboundKind: 'imap',
      imap: imapAt('127.0.0.1', closedPort),
    });
    const patch = (imap: object) =>
      k.inject({
        method: 'PATCH',
        url: `/api/v1/mailboxes/${mailbox.id}`,
        headers: s.headers,
        payload: { imap },
      });
    const before = await stored(mailbox.id);
    const same = await patch(imapAt('127.0.0.1', closedPort, null));
    expect(same.statusCode).toBe(200);
    expect(await stored(mailbox.id)).toBe(before);
    const toOauth = await patch({ ...imapAt('127.0.0.1', closedPort, null), auth: 'oauth2' });
    expect(toOauth.statusCode).toBe(400);
    expect(toOauth.json().error).toMatchObject({
      code: 'validation_failed',
      details: { field: 'imap.password' },
    });
    const withToken = await patch({ ...imapAt('127.0.0.1', closedPort, 'ya29.token'), auth: 'oauth2' });
    expect(withToken.json().imap).toMatchObject({ auth: 'oauth2', passwordSet: true });
    expect(k.deps.secrets.open(await stored(mailbox.id))).toBe('ya29.token');
  });

  it('that another key sealed are reported unreadable, not sent', async () => {
    const { s, mailbox } = await setupMailbox(k, {
      inboundKind: 'imap',
      imap: imapAt('127.0.0.1', closedPort),
    });
    const foreign = new SecretBox(randomBytes(32)).seal('imap-s3cret');
    await k.deps.db.update(mailboxes).set({ imapPassword: foreign }).where(eq(mailboxes.id, mailbox.id));
    const res = await test(s, {}, `/api/v1/mailboxes/${mailbox.id}/test`);
    expect(res.json().imap).toMatchObject({ ok: false, step: 'auth', code: 'secret_unreadable' });
  });
});
