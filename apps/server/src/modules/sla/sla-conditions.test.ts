import { describe, expect, it } from 'vitest';
import { startTestKontakt } from '../../../test/harness.ts';
import { buildAgent, buildQueue, orgWithAdmin, signIn } from '../../../test/factories.ts';
import { newId } from '../../platform/crypto.ts';
import { api, PL_OFFICE, POLICY } from './sla.test-kit.ts';

// Monday 2026-11-02 10:00 in Warsaw.
const START = new Date('2026-11-02T09:00:00Z');
const k = await startTestKontakt();
const { send, get } = api(k);
const { org, session: admin } = await orgWithAdmin(k);
const agentRow = await buildAgent(k, org);
const agent = await signIn(k, agentRow.email);
const queue = await buildQueue(k, org);
const calendar = (await send('POST', admin, '/calendars', PL_OFFICE)).json();
await send('PUT', admin, `/queues/${queue.id}/calendar`, { calendarId: calendar.id });
const acme = (await send('POST', admin, '/companies', { name: 'Acme sp. z o.o.' })).json();
const other = (await send('POST', admin, '/companies', { name: 'Inna firma' })).json();
const standard = (await send('POST', admin, '/sla-policies', POLICY)).json();

async function customerOf(companyId: string | null) {
  const res = await send('POST', admin, '/customers', {
    name: 'Ewa',
    companyId,
    identities: [{ kind: 'email', value: `ewa-${newId()}@example.test` }],
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

async function openTicket(customerId: string) {
  k.clock.set(START);
  const res = await send('POST', agent, '/tickets', {
    subject: 'Faktura',
    queueId: queue.id,
    customerId,
    assigneeId: agentRow.id,
    message: { author: 'customer', body: { text: 'Gdzie jest faktura?' } },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; firstResponseDueAt: string | null; sla: { policyId: string } | null };
}
const customerSays = (id: string, text: string) =>
  send('POST', agent, `/tickets/${id}/messages`, { author: 'customer', body: { text } });

describe('SLA policies by the customer’s organization', () => {
  it('a policy naming an organization covers only its customers’ tickets', async () => {
    const res = await send('POST', admin, '/sla-policies', {
      name: 'Acme contract',
      position: 0,
      conditions: { companyIds: [acme.id] },
      targets: [{ priority: 'normal', target: 'first_response', minutes: 60 }],
    });
    expect(res.statusCode, res.body).toBe(201);
    const contract = res.json();
    expect(contract.conditions).toMatchObject({ companyIds: [acme.id], customerFlags: [] });

    const ofAcme = await openTicket(await customerOf(acme.id));
    expect(ofAcme.sla?.policyId).toBe(contract.id);
    expect(ofAcme.firstResponseDueAt).toBe('2026-11-02T10:00:00.000Z'); // 10:00 + 1 h
    const ofOther = await openTicket(await customerOf(other.id));
    expect(ofOther.sla?.policyId).toBe(standard.id);
    expect(ofOther.firstResponseDueAt).toBe('2026-11-02T13:00:00.000Z'); // 10:00 + 4 h
    const ofNobody = await openTicket(await customerOf(null));
    expect(ofNobody.sla?.policyId).toBe(standard.id);
    expect((await send('DELETE', admin, `/sla-policies/${contract.id}`)).statusCode).toBe(204);
  });

  it('refuses an organization of another tenant, and reads older policies as naming none', async () => {
    const foreign = await orgWithAdmin(k);
    const theirs = (await send('POST', foreign.session, '/companies', { name: 'Cizí s.r.o.' })).json();
    const res = await send('POST', admin, '/sla-policies', {
      ...POLICY,
      name: 'Foreign',
      conditions: { companyIds: [theirs.id] },
    });
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toMatchObject({
      code: 'not_found',
      details: { field: 'conditions.companyIds' },
    });
    const patch = await send('PATCH', admin, `/sla-policies/${standard.id}`, {
      conditions: { companyIds: [theirs.id] },
    });
    expect(patch.statusCode).toBe(404);

    // A policy stored before the condition existed has no `companyIds` in its conditions.
    await k.database.query(`UPDATE sla_policies SET conditions = conditions - 'companyIds' WHERE id = $1`, [
      standard.id,
    ]);
    const listed = (await get(admin, '/sla-policies')).json().items;
    expect(listed.find((p: { id: string }) => p.id === standard.id).conditions.companyIds).toEqual([]);
    expect((await openTicket(await customerOf(acme.id))).sla?.policyId).toBe(standard.id);
  });
});

describe('the SLA configuration kept in memory', () => {
  it('follows changes another instance wrote to the database, from the next message on', async () => {
    const t = await openTicket(await customerOf(null));
    expect(t.firstResponseDueAt).toBe('2026-11-02T13:00:00.000Z');
    k.clock.set(new Date('2026-11-02T09:30:00Z'));
    expect((await customerSays(t.id, 'Halo?')).statusCode).toBe(201);

    // Another instance (plain SQL here, past this instance's memory) shortens the target...
    await k.database.query(
      `UPDATE sla_policies SET targets = jsonb_set(targets, '{0,minutes}', '120') WHERE id = $1`,
      [standard.id],
    );
    k.clock.set(new Date('2026-11-02T09:40:00Z'));
    expect((await customerSays(t.id, 'Halo??')).statusCode).toBe(201);
    expect((await get(agent, `/tickets/${t.id}`)).json().firstResponseDueAt).toBe('2026-11-02T11:00:00.000Z');

    // ...and takes the queue off its calendar: business hours now count around the clock.
    await k.database.query(`UPDATE queues SET calendar_id = NULL WHERE id = $1`, [queue.id]);
    k.clock.set(new Date('2026-11-02T09:50:00Z'));
    expect((await customerSays(t.id, 'Halo???')).statusCode).toBe(201);
    const after = (await get(agent, `/tickets/${t.id}`)).json();
    expect(after.sla.calendarId).toBeNull();
    expect(after.firstResponseDueAt).toBe('2026-11-02T11:00:00.000Z');
    expect(after.resolutionDueAt).toBe('2026-11-03T01:00:00.000Z'); // 09:00 + 16 h around the clock
    await k.database.query(`UPDATE queues SET calendar_id = $2 WHERE id = $1`, [queue.id, calendar.id]);
  });
});

describe('the resolution due time in a canned reply', () => {
  it('renders {{sla.resolution_due_at | date}} in the customer’s language', async () => {
    const created = await send('POST', admin, '/canned-replies', {
      title: 'Termín',
      shortcut: `termin-${newId().slice(-6)}`,
      category: 'SLA',
      scope: 'organization',
      variants: [
        { language: 'cs', body: { text: 'Vyřešíme do {{sla.resolution_due_at | date}}.' } },
        { language: 'pl', body: { text: 'Rozwiążemy do {{sla.resolution_due_at | date}}.' } },
        { language: 'en', body: { text: 'Solved by {{sla.resolution_due_at | date}}.' } },
      ],
    });
    expect(created.statusCode, created.body).toBe(201);
    const customerId = await customerOf(null);
    await send('PATCH', admin, `/customers/${customerId}`, { language: 'cs' });
    const t = await openTicket(customerId);
    // Mon 10:00 Warsaw + 16 business hours (Mon–Fri 8–16): Wednesday 10:00.
    expect((await get(agent, `/tickets/${t.id}`)).json().resolutionDueAt).toBe('2026-11-04T09:00:00.000Z');
    const res = await send('POST', agent, `/tickets/${t.id}/canned-replies/${created.json().id}/render`, {});
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ language: 'cs', missing: [] });
    expect(res.json().bodyText).toBe('Vyřešíme do 4. listopadu 2026.');
  });
});
