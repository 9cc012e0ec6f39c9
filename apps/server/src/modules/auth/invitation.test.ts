import { describe, expect, it } from 'vitest';
import { startTestKontakt } from '../../../test/harness.ts';
import { buildAgent, buildOrg, orgWithAdmin, signIn } from '../../../test/factories.ts';

const k = await startTestKontakt();

/** The newest kept invitation mail to `to`, as the organization's admin reads the outbox. */
async function invitationTo(headers: Record<string, string>, to: string) {
  const outbox = await k.inject({ method: 'GET', url: '/api/v1/outbox', headers });
  return outbox
    .json()
    .items.find((m: { purpose: string; to: string }) => m.purpose === 'agent_invitation' && m.to === to) as
    { subject: string; text: string } | undefined;
}

const invite = (id: string, headers: Record<string, string>) =>
  k.inject({ method: 'POST', url: `/api/v1/agents/${id}/invitation`, headers });

describe('agent invitation', () => {
  it('e-mails a new agent a link in their language that sets the password once', async () => {
    const { session } = await orgWithAdmin(k);
    const created = await k.inject({
      method: 'POST',
      url: '/api/v1/agents',
      headers: session.headers,
      payload: { email: 'nowa@example.test', name: 'Anna Nowak', locale: 'pl' },
    });
    expect(created.statusCode).toBe(201);
    const res = await invite(created.json().id, session.headers);
    expect(res.statusCode).toBe(202);

    const mail = (await invitationTo(session.headers, 'nowa@example.test'))!;
    expect(mail.subject).toBe('Twoje konto w Kontakcie jest gotowe');
    expect(mail.text).toContain('Dzień dobry, Anna Nowak');
    const token = /token=([\w-]+)/.exec(mail.text)![1]!;
    // Still valid after two days, unlike a password-reset link.
    k.clock.advance(48 * 60 * 60_000);
    const confirm = await k.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset/confirm',
      payload: { token, password: 'moje nowe hasło' },
    });
    expect(confirm.statusCode).toBe(204);
    expect((await signIn(k, 'nowa@example.test', 'moje nowe hasło')).csrf).toBeTruthy();

    const audit = await k.inject({
      method: 'GET',
      url: `/api/v1/audit-log?subjectId=${created.json().id}&action=agent.invited`,
      headers: session.headers,
    });
    expect(audit.json().items).toHaveLength(1);
  });

  it('answers 404 for an agent of another organization and 409 for a deactivated one', async () => {
    const { org, session } = await orgWithAdmin(k);
    const foreign = await buildAgent(k, await buildOrg(k));
    const foreignRes = await invite(foreign.id, session.headers);
    expect(foreignRes.statusCode).toBe(404);
    expect(foreignRes.json().error.code).toBe('not_found');

    const gone = await buildAgent(k, org, { active: false });
    const goneRes = await invite(gone.id, session.headers);
    expect(goneRes.statusCode).toBe(409);
    expect(goneRes.json().error.code).toBe('account_disabled');
    expect(await invitationTo(session.headers, gone.email)).toBeUndefined();
  });

  it('is for admins only', async () => {
    const org = await buildOrg(k);
    const agent = await buildAgent(k, org);
    const colleague = await buildAgent(k, org);
    const s = await signIn(k, agent.email);
    expect((await invite(colleague.id, s.headers)).statusCode).toBe(403);
  });
});

describe('last sign-in', () => {
  it('is shown to admins and not to agents', async () => {
    const { org, admin, session } = await orgWithAdmin(k);
    const agent = await buildAgent(k, org);
    const never = await buildAgent(k, org);
    const agentSession = await signIn(k, agent.email);

    const asAdmin = await k.inject({ method: 'GET', url: '/api/v1/agents', headers: session.headers });
    const byId = new Map(asAdmin.json().items.map((a: { id: string }) => [a.id, a]));
    expect(byId.get(admin.id)).toMatchObject({ lastLoginAt: k.clock.now().toISOString() });
    expect(byId.get(never.id)).toMatchObject({ lastLoginAt: null });
    const one = await k.inject({
      method: 'GET',
      url: `/api/v1/agents/${agent.id}`,
      headers: session.headers,
    });
    expect(one.json().lastLoginAt).toBe(k.clock.now().toISOString());

    const asAgent = await k.inject({ method: 'GET', url: '/api/v1/agents', headers: agentSession.headers });
    expect(asAgent.statusCode).toBe(200);
    for (const item of asAgent.json().items) expect(item).not.toHaveProperty('lastLoginAt');
  });
});
