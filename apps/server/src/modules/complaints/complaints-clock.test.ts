import { describe, expect, it } from 'vitest';
import { startTestKontakt } from '../../../test/harness.ts';
import { signIn } from '../../../test/factories.ts';
import { eventually } from '../sla/sla.test-kit.ts';
import { sweepComplaints } from './complaints.jobs.ts';
import { complaintsWorld, czComplaint, openTicket, plComplaint } from './complaints.test-kit.ts';

// PL complaint received Mon 2026-11-02 → due Mon 2026-11-16, ending 23:00 UTC (midnight in Warsaw).
const k = await startTestKontakt();
const w = await complaintsWorld(k);
const { send, get } = w;
let agent = w.agent;
/** Moves the clock; a fresh sign-in, since sessions expire over the weeks a clock runs. */
async function at(iso: string) {
  k.clock.set(new Date(iso));
  agent = await signIn(k, w.agentRow.email);
}
const D3 = '2026-11-12T23:00:00Z'; // 13 Nov 00:00 in Warsaw
const D1 = '2026-11-14T23:00:00Z';
const DEADLINE = '2026-11-16T23:00:00Z';

async function complaintOn(body: object) {
  await at('2026-11-02T09:00:00Z');
  const t = await openTicket(k, agent, w.queue.id, w.agentRow.id);
  const res = await send('POST', agent, `/tickets/${t.id}/complaint`, body);
  expect(res.statusCode, res.body).toBe(201);
  return t.id;
}
const notices = async (ticketId: string) =>
  (
    await k.database.query<{ agent_id: string }>(
      `SELECT agent_id FROM notifications WHERE ticket_id = $1 AND kind = 'complaint_due' ORDER BY agent_id`,
      [ticketId],
    )
  ).map((r) => r.agent_id);
const history = async (ticketId: string) =>
  (
    await k.database.query<{ kind: string }>(
      `SELECT kind FROM ticket_events WHERE ticket_id = $1 AND kind LIKE 'complaint_%' ORDER BY created_at, kind`,
      [ticketId],
    )
  ).map((r) => r.kind);
const stored = async (ticketId: string) =>
  (
    await k.database.query<{ state: string }>(`SELECT state FROM complaints WHERE ticket_id = $1`, [ticketId])
  )[0]!.state;
const complaint = async (ticketId: string) => (await get(agent, `/tickets/${ticketId}/complaint`)).json();

/** The scheduled job, sent through pg-boss and waited for. */
async function runSweepJob() {
  const id = await k.deps.jobs.send('complaints.sweep', {});
  await eventually(async () => {
    const rows = await k.database.query<{ state: string }>(
      `SELECT state FROM pgboss.job WHERE id = $1 UNION ALL SELECT state FROM pgboss.archive WHERE id = $1`,
      [id],
    );
    expect(rows[0]?.state).toBe('completed');
  });
}

describe('statutory clock of a complaint', () => {
  it('D−3 and D−1 alerts to the handler and the lead, each once; deemed accepted after the due day', async () => {
    const id = await complaintOn(plComplaint('2026-11-02T08:00:00Z'));
    const both = [w.agentRow.id, w.leadRow.id].sort();
    // Pending statuses never pause a statutory clock.
    const pending = await send('POST', agent, `/tickets/${id}/messages`, {
      body: { text: 'Proszę o zdjęcia.' },
      status: 'pending_customer',
    });
    expect(pending.statusCode, pending.body).toBe(201);

    await at('2026-11-12T22:59:00Z');
    await sweepComplaints(k.deps);
    expect(await notices(id)).toEqual([]);
    expect(await complaint(id)).toMatchObject({ state: 'running', daysLeft: 4 });

    await at(D3);
    await runSweepJob();
    expect(await notices(id)).toEqual(both);
    expect(await stored(id)).toBe('due_soon');
    await sweepComplaints(k.deps);
    expect(await notices(id)).toEqual(both);

    await at(D1);
    await sweepComplaints(k.deps);
    expect(await notices(id)).toHaveLength(4);

    await at('2026-11-16T22:59:59Z');
    await sweepComplaints(k.deps);
    expect(await complaint(id)).toMatchObject({ state: 'due_soon', daysLeft: 0 });

    await at(DEADLINE);
    await sweepComplaints(k.deps);
    await sweepComplaints(k.deps);
    expect(await notices(id)).toHaveLength(6);
    expect(await stored(id)).toBe('deemed_accepted');
    expect(await complaint(id)).toMatchObject({
      state: 'deemed_accepted',
      mustCarryOutDemand: true,
      daysLeft: -1,
    });
    expect(await history(id)).toEqual([
      'complaint_recorded',
      'complaint_due_soon',
      'complaint_due_tomorrow',
      'complaint_deemed_accepted',
    ]);
    const listed = (await get(agent, '/complaints?state=deemed_accepted')).json().items;
    expect(listed.map((c: { ticketId: string }) => c.ticketId)).toContain(id);

    // An answer after the deadline does not undo it.
    await at('2026-11-17T08:00:00Z');
    const late = await send('POST', agent, `/tickets/${id}/complaint/answer`, {
      sentAt: '2026-11-17T07:00:00Z',
    });
    expect(late.json().state).toBe('deemed_accepted');
  });

  it('an answer sent in time stops the clock: no more alerts', async () => {
    const id = await complaintOn(plComplaint('2026-11-02T08:00:00Z'));
    await at('2026-11-10T10:00:00Z');
    const res = await send('POST', agent, `/tickets/${id}/complaint/answer`, {
      sentAt: '2026-11-10T09:00:00Z',
    });
    expect(res.json()).toMatchObject({ state: 'answered_in_time' });
    await at('2026-11-20T10:00:00Z');
    await sweepComplaints(k.deps);
    expect(await notices(id)).toEqual([]);
    expect(await stored(id)).toBe('answered_in_time');
  });

  it('PL consumer: delivery recorded after the deadline makes it deemed accepted even if sent in time', async () => {
    const id = await complaintOn(plComplaint('2026-11-02T08:00:00Z'));
    await at('2026-11-18T10:00:00Z');
    const res = await send('POST', agent, `/tickets/${id}/complaint/answer`, {
      sentAt: '2026-11-16T20:00:00Z',
      deliveredAt: '2026-11-17T08:00:00Z',
    });
    expect(res.json()).toMatchObject({ state: 'deemed_accepted', mustCarryOutDemand: true });
  });

  it('CZ: past the due day the consumer may withdraw or claim a discount', async () => {
    const id = await complaintOn(czComplaint('2026-11-02T08:00:00Z'));
    expect((await complaint(id)).deadline.dueDate).toBe('2026-12-02');
    await at('2026-12-02T23:00:00Z');
    await sweepComplaints(k.deps);
    expect(await stored(id)).toBe('overdue_consumer_options');
    expect(await complaint(id)).toMatchObject({
      state: 'overdue_consumer_options',
      mustCarryOutDemand: false,
    });
    expect(await history(id)).toContain('complaint_overdue');
    // A late sweep folded D−3 and D−1 into the one announcement of the missed deadline.
    expect(await notices(id)).toEqual([w.agentRow.id, w.leadRow.id].sort());
  });
});
