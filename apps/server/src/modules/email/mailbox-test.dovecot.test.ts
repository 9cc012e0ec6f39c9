import { afterAll, describe, expect, it } from 'vitest';
import { startDovecot } from '../../../test/dovecot.ts';
import type { Session } from '../../../test/factories.ts';
import { setupMailbox, startEmailKontakt } from './email.test-kit.ts';
import { startTokenInfo } from './imap-test-kit.ts';

const TOKEN = 'ya29.oauth2-access-token';
const tokenInfo = await startTokenInfo(TOKEN, 'kontakt');
const d = await startDovecot({ oauth2TokenInfo: tokenInfo.url });
// With TLS: implicit on its own port, STARTTLS on the plain one; a self-signed certificate.
const secure = await startDovecot({ tls: true });
const { k, sink } = await startEmailKontakt();
afterAll(async () => {
  await k.close();
  await sink.stop();
  await d.stop();
  await secure.stop();
  await tokenInfo.close();
});

const settings = (over: Record<string, unknown> = {}) => ({ ...d.settings, folder: 'INBOX', ...over });
const test = async (s: Session, payload: object, url = '/api/v1/mailboxes/test') => {
  const res = await k.inject({ method: 'POST', url, headers: s.headers, payload });
  expect(res.statusCode).toBe(200);
  return { imap: res.json().imap, body: res.body };
};

describe('mailbox test connection against dovecot', () => {
  it('passes every step with good settings', async () => {
    const { s } = await setupMailbox(k);
    const { imap } = await test(s, { imap: settings() });
    expect(imap).toEqual({
      ok: true,
      step: 'folder',
      code: null,
      detail: null,
      durationMs: expect.any(Number),
    });
  });

  it('reports a wrong password as auth_failed, without the password', async () => {
    const { s } = await setupMailbox(k);
    const { imap, body } = await test(s, { imap: settings({ password: 'wrong-s3cret-pw' }) });
    expect(imap).toMatchObject({ ok: false, step: 'auth', code: 'auth_failed' });
    expect(body).not.toContain('wrong-s3cret-pw');
    expect(body).not.toContain(d.password);
  });

  it('signs in with an OAuth2 access token, and reports a refused one as auth_failed', async () => {
    const { s } = await setupMailbox(k);
    const good = await test(s, { imap: settings({ auth: 'oauth2', password: TOKEN }) });
    expect(good.imap).toMatchObject({ ok: true, step: 'folder' });
    const expired = await test(s, { imap: settings({ auth: 'oauth2', password: 'expired-token' }) });
    expect(expired.imap).toMatchObject({ ok: false, step: 'auth', code: 'auth_failed' });
    expect(expired.body).not.toContain('expired-token');
  });

  it('reports a missing folder as folder_not_found', async () => {
    const { s } = await setupMailbox(k);
    const { imap } = await test(s, { imap: settings({ folder: 'No such folder' }) });
    expect(imap).toMatchObject({ ok: false, step: 'folder', code: 'folder_not_found' });
  });

  it('tests a saved mailbox with its stored password, also from a form that leaves it out', async () => {
    const { s, mailbox } = await setupMailbox(k, { inboundKind: 'imap', imap: settings() });
    const saved = await test(s, {}, `/api/v1/mailboxes/${mailbox.id}/test`);
    expect(saved.imap).toMatchObject({ ok: true, step: 'folder' });
    const { password: _left, ...form } = settings();
    const fromForm = await test(s, { mailboxId: mailbox.id, imap: form });
    expect(fromForm.imap).toMatchObject({ ok: true, step: 'folder' });
  });

  it('tells certificate problems from handshakes that fail', async () => {
    const { s } = await setupMailbox(k);
    const tlsPort = secure.tlsPort!;
    const selfSigned = await test(s, {
      imap: settings({ port: tlsPort, tls: true, password: secure.password }),
    });
    expect(selfSigned.imap).toMatchObject({ ok: false, step: 'tls', code: 'tls_certificate_invalid' });
    const starttls = await test(s, { imap: settings({ port: secure.port, password: secure.password }) });
    expect(starttls.imap).toMatchObject({ ok: false, step: 'tls', code: 'tls_certificate_invalid' });
    const tlsOnPlainPort = await test(s, { imap: settings({ tls: true }) });
    expect(tlsOnPlainPort.imap).toMatchObject({ ok: false, step: 'tls', code: 'tls_handshake_failed' });
  });
});
