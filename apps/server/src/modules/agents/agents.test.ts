import { describe, expect, it } from 'vitest';
import { startTestKontakt } from '../../../test/harness.ts';
import { buildAgent, buildOrg, buildTeam, orgWithAdmin, signIn } from '../../../test/factories.ts';

const k = await startTestKontakt();

describe('agents', () => {
  it('lets an admin create an agent who can then sign in', async () => {
    const { session } = await orgWithAdmin(k);
    const res = await k.inject({
      method: 'POST',
      url: '/api/v1/agents',
      headers: session.headers,
      payload: {
        email: 'Jiri.Novak@Example.test',
        name: 'Jiří Novák',
        role: 'agent',
        level: 'junior',
        languages: ['cs'],
        skills: ['reklamace'],
        locale: 'cs',
        password: 'heslo-dlouhe-123',
      },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      email: 'jiri.novak@example.test',
      name: 'Jiří Novák',
      level: 'junior',
      languages: ['cs'],
      active: true,
    });
    const s = await signIn(k, 'jiri.novak@example.test', 'heslo-dlouhe-123');
    expect(s.csrf).toBeTruthy();
  });

  it('answers 409 email_taken for an address in use, in any organization', async () => {
    const { session } = await orgWithAdmin(k);
    const other = await buildOrg(k);
    const taken = await buildAgent(k, other);
    const res = await k.inject({
      method: 'POST',
      url: '/api/v1/agents',
      headers: session.headers,
      payload: { email: taken.email, name: 'Twin' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('email_taken');
  });

  it('rejects malformed JSON, unknown fields and wrong types with 400 and the error shape', async () => {
    const { session } = await orgWithAdmin(k);
    const headers = { ...session.headers, 'content-type': 'application/json' };
    const broken = await k.inject({
      method: 'POST',
      url: '/api/v1/agents',
      headers,
      payload: '{"email": "a@b.c", ',
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.code).toBe('invalid_json');
    const unknown = await k.inject({
      method: 'POST',
      url: '/api/v1/agents',
      headers,
      payload: { email: 'u@example.test', name: 'U', shoeSize: 44 },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe('validation_failed');
    expect(JSON.stringify(unknown.json().error.details)).toContain('shoeSize');
    const wrongType = await k.inject({
      method: 'POST',
      url: '/api/v1/agents',
      headers,
      payload: { email: 'w@example.test', name: 'W', role: 'emperor' },
    });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().error.details.issues[0].path).toEqual(['body', 'role']);
  });

  it("answers 404 for another organization's agent, exactly as for a missing one", async () => {
    const { session } = await orgWithAdmin(k);
    const other = await buildOrg(k);
    const foreign = await buildAgent(k, other);
    const res = await k.inject({
      method: 'GET',
      url: `/api/v1/agents/${foreign.id}`,
      headers: session.headers,
    });
    expect(res.statusCode).toBe(404);
    const missing = await k.inject({
      method: 'GET',
      url: '/api/v1/agents/01a20000-0000-7000-8000-000000000000',
      headers: session.headers,
    });
    expect(missing.statusCode).toBe(404);
    expect(res.json().error).toEqual(missing.json().error);
    const patch = await k.inject({
      method: 'PATCH',
      url: `/api/v1/agents/${foreign.id}`,
      headers: session.headers,
      payload: { role: 'admin' },
    });
    expect(patch.statusCode).toBe(404);
    const list = await k.inject({ method: 'GET', url: '/api/v1/agents', headers: session.headers });
    expect(list.json().items.map((a: { id: string }) => a.id)).not.toContain(foreign.id);
  });

  it('lets agents read but not change the directory', async () => {
    const org = await buildOrg(k);
    const agent = await buildAgent(k, org);
    const s = await signIn(k, agent.email);
    expect((await k.inject({ method: 'GET', url: '/api/v1/agents', headers: s.headers })).statusCode).toBe(
      200,
    );
    const res = await k.inject({
      method: 'PATCH',
      url: `/api/v1/agents/${agent.id}`,
      headers: s.headers,
      payload: { role: 'admin' },
    });
    expect(res.statusCode).toBe(403);
  });

  it('records a role change in the audit log and applies it', async () => {
    const { org, session } = await orgWithAdmin(k);
    const agent = await buildAgent(k, org);
    const team = await buildTeam(k, org);
    const res = await k.inject({
      method: 'PATCH',
      url: `/api/v1/agents/${agent.id}`,
      headers: session.headers,
      payload: { role: 'lead', teamIds: [team.id] },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ role: 'lead', teamIds: [team.id] });
    const audit = await k.inject({
      method: 'GET',
      url: `/api/v1/audit-log?subjectId=${agent.id}`,
      headers: session.headers,
    });
    expect(audit.json().items[0]).toMatchObject({
      action: 'agent.role_changed',
      details: { roleFrom: 'agent', roleTo: 'lead' },
    });
  });

  it('does not let admins demote or disable themselves', async () => {
    const { admin, session } = await orgWithAdmin(k);
    const res = await k.inject({
      method: 'PATCH',
      url: `/api/v1/agents/${admin.id}`,
      headers: session.headers,
      payload: { active: false },
    });
    expect(res.statusCode).toBe(409);
  });
});

describe('teams', () => {
  it('creates, renames, lists and deletes a team with members of the organization only', async () => {
    const { org, session } = await orgWithAdmin(k);
    const a = await buildAgent(k, org);
    const foreign = await buildAgent(k, await buildOrg(k));
    const bad = await k.inject({
      method: 'POST',
      url: '/api/v1/teams',
      headers: session.headers,
      payload: { name: 'Reklamacje', memberIds: [a.id, foreign.id] },
    });
    expect(bad.statusCode).toBe(404);
    const created = await k.inject({
      method: 'POST',
      url: '/api/v1/teams',
      headers: session.headers,
      payload: { name: 'Reklamacje', memberIds: [a.id] },
    });
    expect(created.statusCode).toBe(201);
    const dup = await k.inject({
      method: 'POST',
      url: '/api/v1/teams',
      headers: session.headers,
      payload: { name: 'reklamacje' },
    });
    expect(dup.statusCode).toBe(409);
    const id = created.json().id;
    const renamed = await k.inject({
      method: 'PATCH',
      url: `/api/v1/teams/${id}`,
      headers: session.headers,
      payload: { name: 'Reklamace' },
    });
    expect(renamed.json()).toMatchObject({ name: 'Reklamace', memberIds: [a.id] });
    const agentView = await k.inject({
      method: 'GET',
      url: `/api/v1/agents/${a.id}`,
      headers: session.headers,
    });
    expect(agentView.json().teamIds).toEqual([id]);
    expect(
      (await k.inject({ method: 'DELETE', url: `/api/v1/teams/${id}`, headers: session.headers })).statusCode,
    ).toBe(204);
    expect(
      (await k.inject({ method: 'GET', url: `/api/v1/teams/${id}`, headers: session.headers })).statusCode,
    ).toBe(404);
  });
});
