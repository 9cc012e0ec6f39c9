import { describe, expect, it } from 'vitest';
import { generate } from 'otplib';
import { startTestKontakt } from '../../../test/harness.ts';
import { buildAgent, buildOrg, orgWithAdmin, signIn, PASSWORD } from '../../../test/factories.ts';

const k = await startTestKontakt({ env: { LOGIN_MAX_FAILURES: '5', LOGIN_LOCK_MINUTES: '15' } });
const login = (email: string, password: string, totp?: string) =>
  k.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password, ...(totp ? { totp } : {}) },
  });

describe('sign-in', () => {
  it('signs in, sets an HttpOnly SameSite cookie and answers who I am', async () => {
    const org = await buildOrg(k, 'Sklep Żółw');
    const agent = await buildAgent(k, org, { role: 'lead' });
    const res = await login(agent.email.toUpperCase(), PASSWORD);
    expect(res.statusCode).toBe(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/kontakt_session=[\w-]{40,}/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    const body = res.json();
    expect(body.agent).toMatchObject({ id: agent.id, role: 'lead' });
    expect(body.agent).not.toHaveProperty('passwordHash');
    expect(body.organization.name).toBe('Sklep Żółw');
    const me = await k.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { cookie: cookie.split(';')[0]! },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json().csrfToken).toBe(body.csrfToken);
  });

  it('answers the same for an unknown address and a wrong password', async () => {
    const org = await buildOrg(k);
    const agent = await buildAgent(k, org);
    const unknown = await login('nobody@example.test', PASSWORD);
    const wrong = await login(agent.email, 'not the password');
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json().error.code).toBe('invalid_credentials');
    expect(wrong.json().error).toEqual(unknown.json().error);
  });

  it('locks after five wrong passwords with a clear wait time, then lets in after it', async () => {
    const org = await buildOrg(k);
    const agent = await buildAgent(k, org);
    for (let i = 0; i < 4; i++) expect((await login(agent.email, 'wrong password!')).statusCode).toBe(401);
    const fifth = await login(agent.email, 'wrong password!');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().error.code).toBe('account_locked');
    expect(fifth.json().error.message).toMatch(/15 minutes/);
    expect(fifth.json().error.details.retryAfterSeconds).toBe(900);
    expect(fifth.headers['retry-after']).toBe('900');
    // The right password does not help while locked.
    const locked = await login(agent.email, PASSWORD);
    expect(locked.statusCode).toBe(423);
    k.clock.advance(15 * 60_000 + 1000);
    expect((await login(agent.email, PASSWORD)).statusCode).toBe(200);
  });

  it('refuses a disabled agent', async () => {
    const org = await buildOrg(k);
    const agent = await buildAgent(k, org, { active: false });
    const res = await login(agent.email, PASSWORD);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('account_disabled');
  });

  it('records successes and failures in the audit log, readable by admins only', async () => {
    const { org, admin, session } = await orgWithAdmin(k);
    const agent = await buildAgent(k, org);
    await login(agent.email, 'wrong password!');
    const res = await k.inject({
      method: 'GET',
      url: '/api/v1/audit-log?action=auth.',
      headers: session.headers,
    });
    expect(res.statusCode).toBe(200);
    const actions = res
      .json()
      .items.map((e: { action: string; subjectId: string }) => `${e.action}:${e.subjectId}`);
    expect(actions).toContain(`auth.login_failed:${agent.id}`);
    expect(
      res
        .json()
        .items.some(
          (e: { action: string; actorId: string }) =>
            e.action === 'auth.login_succeeded' && e.actorId === admin.id,
        ),
    ).toBe(true);
    const agentSession = await signIn(k, agent.email);
    const denied = await k.inject({ method: 'GET', url: '/api/v1/audit-log', headers: agentSession.headers });
    expect(denied.statusCode).toBe(403);
  });

  it('keeps the audit log append-only', async () => {
    await expect(k.database.exec(`UPDATE audit_log SET action = 'x'`)).rejects.toThrow(/append-only/);
    await expect(k.database.exec(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
  });
});

describe('sessions and CSRF', () => {
  it('rejects a write without the CSRF header and accepts it with', async () => {
    const org = await buildOrg(k);
    const agent = await buildAgent(k, org);
    const s = await signIn(k, agent.email);
    const without = await k.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: { cookie: s.cookie },
      payload: { locale: 'cs' },
    });
    expect(without.statusCode).toBe(403);
    expect(without.json().error.code).toBe('csrf_failed');
    const withIt = await k.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: s.headers,
      payload: { locale: 'cs' },
    });
    expect(withIt.statusCode).toBe(200);
    expect(withIt.json().agent.locale).toBe('cs');
  });

  it('lists sessions, revokes another one, and logs out', async () => {
    const org = await buildOrg(k);
    const agent = await buildAgent(k, org);
    const a = await signIn(k, agent.email);
    const b = await signIn(k, agent.email);
    const list = await k.inject({ method: 'GET', url: '/api/v1/me/sessions', headers: a.headers });
    expect(list.json().items).toHaveLength(2);
    const other = list.json().items.find((s: { current: boolean }) => !s.current);
    const del = await k.inject({
      method: 'DELETE',
      url: `/api/v1/me/sessions/${other.id}`,
      headers: a.headers,
    });
    expect(del.statusCode).toBe(204);
    expect((await k.inject({ method: 'GET', url: '/api/v1/me', headers: b.headers })).statusCode).toBe(401);
    const out = await k.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: a.headers });
    expect(out.statusCode).toBe(204);
    const after = await k.inject({ method: 'GET', url: '/api/v1/me', headers: a.headers });
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('unauthenticated');
  });

  it('expires sessions after their lifetime', async () => {
    const org = await buildOrg(k);
    const agent = await buildAgent(k, org);
    const s = await signIn(k, agent.email);
    k.clock.advance(k.deps.config.sessionTtlHours * 3600_000 + 1000);
    expect((await k.inject({ method: 'GET', url: '/api/v1/me', headers: s.headers })).statusCode).toBe(401);
  });
});

describe('password', () => {
  it('resets by an e-mailed link once, and signs other sessions out', async () => {
    const { session } = await orgWithAdmin(k);
    const org = await buildOrg(k);
    const agent = await buildAgent(k, org);
    const before = await signIn(k, agent.email);
    const ask = await k.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset',
      payload: { email: agent.email },
    });
    expect(ask.statusCode).toBe(202);
    const unknown = await k.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset',
      payload: { email: 'nobody@example.test' },
    });
    expect(unknown.statusCode).toBe(202);
    // The agent's admin reads the outbox of their own organization (no SMTP configured here).
    const orgAdmin = await buildAgent(k, org, { role: 'admin' });
    const adminSession = await signIn(k, orgAdmin.email);
    const outbox = await k.inject({ method: 'GET', url: '/api/v1/outbox', headers: adminSession.headers });
    const mail = outbox
      .json()
      .items.find(
        (m: { purpose: string; to: string }) => m.purpose === 'password_reset' && m.to === agent.email,
      );
    expect(mail.status).toBe('kept');
    // Another organization's admin does not see it.
    const foreign = await k.inject({ method: 'GET', url: '/api/v1/outbox', headers: session.headers });
    expect(foreign.json().items.some((m: { to: string }) => m.to === agent.email)).toBe(false);
    const token = /token=([\w-]+)/.exec(mail.text)![1]!;
    const confirm = await k.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset/confirm',
      payload: { token, password: 'a brand new password' },
    });
    expect(confirm.statusCode).toBe(204);
    expect((await k.inject({ method: 'GET', url: '/api/v1/me', headers: before.headers })).statusCode).toBe(
      401,
    );
    expect((await login(agent.email, 'a brand new password')).statusCode).toBe(200);
    const again = await k.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset/confirm',
      payload: { token, password: 'another new password' },
    });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.code).toBe('invalid_token');
  });

  it('changes the password only with the current one', async () => {
    const org = await buildOrg(k);
    const agent = await buildAgent(k, org);
    const s = await signIn(k, agent.email);
    const bad = await k.inject({
      method: 'POST',
      url: '/api/v1/me/password',
      headers: s.headers,
      payload: { currentPassword: 'nope', newPassword: 'something longer' },
    });
    expect(bad.statusCode).toBe(400);
    const short = await k.inject({
      method: 'POST',
      url: '/api/v1/me/password',
      headers: s.headers,
      payload: { currentPassword: PASSWORD, newPassword: 'short' },
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.code).toBe('validation_failed');
    const ok = await k.inject({
      method: 'POST',
      url: '/api/v1/me/password',
      headers: s.headers,
      payload: { currentPassword: PASSWORD, newPassword: 'something longer' },
    });
    expect(ok.statusCode).toBe(204);
    expect((await login(agent.email, 'something longer')).statusCode).toBe(200);
  });
});

describe('two-factor sign-in', () => {
  it('asks for the code, refuses a wrong one and accepts the right one', async () => {
    const org = await buildOrg(k);
    const agent = await buildAgent(k, org);
    const s = await signIn(k, agent.email);
    const setup = await k.inject({ method: 'POST', url: '/api/v1/me/totp/setup', headers: s.headers });
    expect(setup.statusCode).toBe(200);
    const { secret, uri } = setup.json();
    expect(uri).toMatch(/^otpauth:\/\/totp\//);
    const epoch = Math.floor(k.clock.now().getTime() / 1000);
    const code = await generate({ secret, epoch });
    const enable = await k.inject({
      method: 'POST',
      url: '/api/v1/me/totp/enable',
      headers: s.headers,
      payload: { code },
    });
    expect(enable.statusCode).toBe(204);

    const noCode = await login(agent.email, PASSWORD);
    expect(noCode.statusCode).toBe(401);
    expect(noCode.json().error.code).toBe('totp_required');
    const wrongCode = code === '000000' ? '111111' : '000000';
    const wrong = await login(agent.email, PASSWORD, wrongCode);
    expect(wrong.json().error.code).toBe('totp_invalid');
    const right = await login(agent.email, PASSWORD, code);
    expect(right.statusCode).toBe(200);
    expect(right.json().agent.totpEnabled).toBe(true);
  });
});

describe('API tokens', () => {
  it('authenticates by bearer token within its scopes until revoked', async () => {
    const { session } = await orgWithAdmin(k);
    const created = await k.inject({
      method: 'POST',
      url: '/api/v1/api-tokens',
      headers: session.headers,
      payload: { name: 'CRM sync', scopes: ['agents:read'] },
    });
    expect(created.statusCode).toBe(201);
    const { token, id, prefix } = created.json();
    expect(token.startsWith(`ktk_${prefix}_`)).toBe(true);
    const auth = { authorization: `Bearer ${token}` };
    expect((await k.inject({ method: 'GET', url: '/api/v1/agents', headers: auth })).statusCode).toBe(200);
    const write = await k.inject({
      method: 'POST',
      url: '/api/v1/agents',
      headers: auth,
      payload: { email: 'x@example.test', name: 'X' },
    });
    expect(write.statusCode).toBe(403);
    expect(write.json().error.code).toBe('insufficient_scope');
    const audit = await k.inject({
      method: 'GET',
      url: '/api/v1/audit-log?action=api_token',
      headers: session.headers,
    });
    expect(audit.json().items[0]).toMatchObject({ action: 'api_token.created', subjectId: id });
    const list = await k.inject({ method: 'GET', url: '/api/v1/api-tokens', headers: session.headers });
    expect(JSON.stringify(list.json())).not.toContain(token);
    await k.inject({ method: 'DELETE', url: `/api/v1/api-tokens/${id}`, headers: session.headers });
    expect((await k.inject({ method: 'GET', url: '/api/v1/agents', headers: auth })).statusCode).toBe(401);
  });

  it('never grants more than the role allows', async () => {
    const org = await buildOrg(k);
    const agent = await buildAgent(k, org);
    const s = await signIn(k, agent.email);
    const res = await k.inject({
      method: 'POST',
      url: '/api/v1/api-tokens',
      headers: s.headers,
      payload: { name: 'too much', scopes: ['admin'] },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('insufficient_scope');
  });
});

describe('rate limits', () => {
  it('limits password-reset requests per address with the error shape and the wait', async () => {
    let last;
    for (let i = 0; i < 6; i++) {
      last = await k.inject({
        method: 'POST',
        url: '/api/v1/auth/password-reset',
        payload: { email: 'limit@example.test' },
        remoteAddress: '10.9.8.7',
      });
    }
    expect(last!.statusCode).toBe(429);
    expect(last!.json().error.code).toBe('rate_limited');
    expect(last!.json().error.details.retryAfterSeconds).toBeGreaterThan(0);
  });
});
