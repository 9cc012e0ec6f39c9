import { describe, expect, it } from 'vitest';
import { startTestKontakt } from '../../../test/harness.ts';
import { buildAgent, buildQueue, buildTeam, orgWithAdmin, signIn } from '../../../test/factories.ts';
import { complaintsWorld, czComplaint, openTicket, plComplaint } from './complaints.test-kit.ts';

// The harness clock: Monday 2026-11-02 09:00 UTC (10:00 in Warsaw).
const k = await startTestKontakt();
const w = await complaintsWorld(k);
const { send, get, agent } = w;
const RECEIVED = '2026-11-02T08:00:00Z';

async function newComplaint(body: object = plComplaint(RECEIVED)) {
  const t = await openTicket(k, agent, w.queue.id, w.agentRow.id);
  const res = await send('POST', agent, `/tickets/${t.id}/complaint`, body);
  return { ticket: t, res };
}
const complaintRows = async (ticketId: string) =>
  k.database.query(`SELECT id FROM complaints WHERE ticket_id = $1`, [ticketId]);

describe('deadline previews', () => {
  const preview = (body: object) => send('POST', agent, '/complaints/deadline', body);

  it('PL: over the Assumption holiday and a Sunday, with the rule and its version', async () => {
    const res = await preview({
      jurisdiction: 'PL',
      regime: 'pl_consumer',
      receivedAt: '2026-08-01T10:00:00Z',
    });
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json();
    expect(d).toMatchObject({
      ruleId: 'pl_consumer_complaint',
      ruleVersion: '2023-01-01',
      dueDate: '2026-08-17',
      deadlineAt: '2026-08-17T22:00:00.000Z',
      timeZone: 'Europe/Warsaw',
    });
    expect(d.shifts.map((s: { reason: string }) => s.reason)).toEqual(['holiday', 'sunday']);
    expect(d.shifts[0].name).toBeTruthy();
  });

  it.each([
    ['PL', 'pl_consumer', '2027-03-15T10:00:00Z', '2027-03-30'], // Easter Monday (date-holidays)
    ['PL', 'pl_consumer', '2025-12-10T10:00:00Z', '2025-12-29'], // 12-24 a holiday since 2025
    ['PL', 'pl_consumer', '2022-12-31T23:30:00Z', '2023-01-16'], // 1 Jan in Warsaw: the 14-day rule
    ['PL', 'pl_consumer', '2022-12-31T12:00:00Z', '2023-01-30'], // before 2023: 30 days
    ['CZ', 'cz_consumer', '2027-02-24T10:00:00Z', '2027-03-30'], // Good Friday, weekend, Easter Monday
    ['CZ', 'cz_consumer', '2026-12-15T10:00:00Z', '2027-01-14'],
  ])('%s %s received %s is due %s', async (jurisdiction, regime, receivedAt, due) => {
    const res = await preview({ jurisdiction, regime, receivedAt });
    expect(res.json().dueDate).toBe(due);
  });

  it('PL financial: 60 days with a reasoned notice', async () => {
    const res = await preview({
      jurisdiction: 'PL',
      regime: 'pl_financial',
      receivedAt: '2026-07-31T10:00:00Z',
      extended: true,
    });
    expect(res.json()).toMatchObject({ ruleId: 'pl_financial_complaint', dueDate: '2026-09-29' });
  });

  it('refuses a regime of another country and strangers', async () => {
    const res = await preview({ jurisdiction: 'CZ', regime: 'pl_consumer', receivedAt: RECEIVED });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('regime_not_in_jurisdiction');
    const anon = await k.inject({
      method: 'POST',
      url: '/api/v1/complaints/deadline',
      payload: { jurisdiction: 'PL', regime: 'pl_consumer', receivedAt: RECEIVED },
    });
    expect(anon.statusCode).toBe(401);
  });

  it('returns: withdrawal +12 months when not informed; refund over Czech Christmas', async () => {
    const w1 = await send('POST', agent, '/returns/deadline', {
      kind: 'withdrawal',
      jurisdiction: 'PL',
      startAt: '2026-07-31T10:00:00Z',
      informed: false,
    });
    expect(w1.json()).toMatchObject({
      ruleId: 'eu_withdrawal',
      nominalDueDate: '2027-08-14',
      dueDate: '2027-08-16',
    });
    const r = await send('POST', agent, '/returns/deadline', {
      kind: 'refund',
      jurisdiction: 'CZ',
      startAt: '2026-12-10T10:00:00Z',
    });
    expect(r.json()).toMatchObject({ ruleId: 'eu_refund', dueDate: '2026-12-28' });
  });
});

describe('the complaint record', () => {
  it('records the protocol with its deadline and makes the ticket a complaint', async () => {
    const { ticket, res } = await newComplaint();
    expect(res.statusCode, res.body).toBe(201);
    const c = res.json();
    expect(c).toMatchObject({
      ticketId: ticket.id,
      number: ticket.number,
      version: 1,
      state: 'running',
      daysLeft: 14,
      price: { amountMinor: 189_900, amount: '1899.00', currency: 'PLN' },
      deadline: { ruleId: 'pl_consumer_complaint', ruleVersion: '2023-01-01', dueDate: '2026-11-16' },
      consumer: { name: 'Zofia Łukasiewicz' },
      mustCarryOutDemand: false,
    });
    expect(c.deadline.deadlineAt).toBe('2026-11-16T23:00:00.000Z');
    const t = (await get(agent, `/tickets/${ticket.id}`)).json();
    expect(t.type).toBe('complaint');
    expect(t.version).toBe(ticket.version + 1);
    expect((await get(agent, `/tickets/${ticket.id}/complaint`)).json().id).toBe(c.id);
    const audit = await k.database.query(
      `SELECT 1 FROM audit_log WHERE action = 'complaint.viewed' AND subject_id = $1`,
      [c.id],
    );
    expect(audit).toHaveLength(1);
    const again = await send('POST', agent, `/tickets/${ticket.id}/complaint`, plComplaint(RECEIVED));
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('complaint_exists');
  });

  it.each([
    [
      czComplaint(RECEIVED, { consumer: { name: 'Jiří Dvořák' }, answerChannel: 'in_person' }),
      'complaint_incomplete',
      'consumer',
    ],
    [plComplaint('2026-11-02T09:00:01Z'), 'date_in_future', 'receivedAt'],
    [plComplaint(RECEIVED, { noticedOn: '2026-11-03' }), 'date_in_future', 'noticedOn'],
    [plComplaint(RECEIVED, { deliveryDate: '2026-08-30' }), 'delivery_before_purchase', 'deliveryDate'],
    [
      plComplaint(RECEIVED, { price: { amount: '1899.999', currency: 'PLN' } }),
      'invalid_amount_precision',
      'price',
    ],
    [
      plComplaint(RECEIVED, {
        demand: { kind: 'withdrawal', amount: { amount: '1900.00', currency: 'PLN' } },
      }),
      'amount_exceeds_price',
      'demand.amount',
    ],
    [
      plComplaint(RECEIVED, {
        demand: { kind: 'price_reduction', amount: { amount: '10', currency: 'EUR' } },
      }),
      'currency_mismatch',
      'demand.amount',
    ],
    [plComplaint(RECEIVED, { regime: 'cz_consumer' }), 'regime_not_in_jurisdiction', 'regime'],
    [
      plComplaint(RECEIVED, {
        consumer: { name: 'Firma sp. z o.o.', email: 'f@example.test', kind: 'business' },
      }),
      'not_a_consumer',
      'consumer.kind',
    ],
    [
      plComplaint(RECEIVED, { attachmentIds: ['0190a0b0-0000-7000-8000-000000000000'] }),
      'validation_failed',
      'attachmentIds',
    ],
  ])('refuses what the law requires missing or wrong: %#', async (body, code, field) => {
    const { ticket, res } = await newComplaint(body);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error).toMatchObject({ code, details: { field } });
    expect(await complaintRows(ticket.id)).toHaveLength(0);
    expect((await get(agent, `/tickets/${ticket.id}`)).json().type).toBe('question');
  });

  it('refuses a body without the required CZ confirmation fields (schema)', async () => {
    const { res } = await newComplaint(czComplaint(RECEIVED, { description: undefined, demand: undefined }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
  });

  it('hides complaints of tickets the caller cannot see', async () => {
    const { ticket } = await newComplaint();
    const other = await orgWithAdmin(k);
    expect((await get(other.session, `/tickets/${ticket.id}/complaint`)).statusCode).toBe(404);
    const outsiderRow = await buildAgent(k, w.org);
    await buildQueue(k, w.org, { teamId: (await buildTeam(k, w.org, [outsiderRow.id])).id });
    const outsider = await signIn(k, outsiderRow.email);
    expect((await get(outsider, `/tickets/${ticket.id}/complaint`)).statusCode).toBe(404);
    expect(
      (await get(outsider, '/complaints')).json().items.map((c: { ticketId: string }) => c.ticketId),
    ).not.toContain(ticket.id);
  });

  it('changes by version, recomputing the deadline; a stale version is 409', async () => {
    const { ticket, res } = await newComplaint();
    const url = `/tickets/${ticket.id}/complaint`;
    const moved = await send('PATCH', agent, url, { version: 1, receivedAt: '2026-10-31T12:00:00Z' });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({
      version: 2,
      deadline: { dueDate: '2026-11-16', nominalDueDate: '2026-11-14' },
    });
    expect(moved.json().orderNumber).toBe(res.json().orderNumber); // untouched fields stay
    const stale = await send('PATCH', agent, url, { version: 1, description: 'Inny opis' });
    expect(stale.statusCode).toBe(409);
    const bad = await send('PATCH', agent, url, { version: 2, deliveryDate: '2026-08-01' });
    expect(bad.json().error.code).toBe('delivery_before_purchase');
    expect((await get(agent, url)).json().deliveryDate).toBe('2026-09-03');
  });
});

describe('decision, answer and extension', () => {
  it('decides once, with reasons, remedy and amounts checked against the price', async () => {
    const { ticket } = await newComplaint();
    const url = `/tickets/${ticket.id}/complaint`;
    const decide = (body: object) =>
      send('POST', agent, `${url}/decision`, {
        version: 1,
        answerChannel: 'email',
        rootCauseCode: 'quality.motor',
        ...body,
      });
    expect((await decide({ outcome: 'rejected' })).json().error).toMatchObject({
      code: 'complaint_incomplete',
      details: { field: 'reasons' },
    });
    const tooMuch = await decide({
      outcome: 'accepted',
      remedy: 'withdrawal',
      amount: { amount: '2000', currency: 'PLN' },
    });
    expect(tooMuch.json().error.code).toBe('amount_exceeds_price');
    const future = await decide({ outcome: 'accepted', remedy: 'repair', carriedOutOn: '2026-11-03' });
    expect(future.json().error.code).toBe('date_in_future');
    const ok = await decide({
      outcome: 'accepted',
      remedy: 'price_reduction',
      amount: { amount: '300', currency: 'PLN' },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      version: 2,
      decision: {
        outcome: 'accepted',
        remedy: 'price_reduction',
        amount: { amountMinor: 30_000 },
        rootCauseCode: 'quality.motor',
      },
    });
    expect((await decide({ version: 2, outcome: 'rejected', reasons: 'x' })).json().error.code).toBe(
      'complaint_decided',
    );
    expect((await send('PATCH', agent, url, { version: 2, description: 'x' })).json().error.code).toBe(
      'complaint_decided',
    );
  });

  it('records the answer sent and delivered, never in the future', async () => {
    const { ticket } = await newComplaint();
    const url = `/tickets/${ticket.id}/complaint/answer`;
    const future = await send('POST', agent, url, { sentAt: '2026-11-02T09:30:00Z' });
    expect(future.json().error.code).toBe('date_in_future');
    const sent = await send('POST', agent, url, { sentAt: '2026-11-02T08:30:00Z' });
    expect(sent.json()).toMatchObject({
      state: 'answered_in_time',
      answerSentAt: '2026-11-02T08:30:00.000Z',
    });
    const early = await send('POST', agent, url, { deliveredAt: '2026-11-02T08:10:00Z' });
    expect(early.statusCode).toBe(400);
  });

  it('CZ: extends only by recorded agreement, to a later date, audited; never PL', async () => {
    const { ticket } = await newComplaint(czComplaint(RECEIVED));
    const url = `/tickets/${ticket.id}/complaint/extension`;
    const agreement = {
      version: 1,
      agreedAt: '2026-11-02T08:45:00Z',
      agreement: 'Souhlas e-mailem ze dne 2. 11.',
    };
    const c = (await get(agent, `/tickets/${ticket.id}/complaint`)).json();
    expect(c.deadline.dueDate).toBe('2026-12-02');
    const earlier = await send('POST', agent, url, { ...agreement, agreedDueDate: '2026-12-01' });
    expect(earlier.json().error.code).toBe('extension_not_allowed');
    const ok = await send('POST', agent, url, { ...agreement, agreedDueDate: '2026-12-20' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      deadline: { dueDate: '2026-12-20', deadlineAt: '2026-12-20T23:00:00.000Z' },
      extension: { agreedDueDate: '2026-12-20', agreement: agreement.agreement },
    });
    const audit = await k.database.query<{ details: object }>(
      `SELECT details FROM audit_log WHERE action = 'complaint.extended' AND subject_id = $1`,
      [c.id],
    );
    expect(audit[0]?.details).toMatchObject({ from: '2026-12-02', to: '2026-12-20' });
    const pl = await newComplaint();
    const refused = await send('POST', agent, `/tickets/${pl.ticket.id}/complaint/extension`, {
      ...agreement,
      agreedDueDate: '2026-12-20',
    });
    expect(refused.json().error.code).toBe('extension_not_allowed');
  });
});

describe('the complaints list', () => {
  it('filters by cause prefix, product (accent-insensitive) and due window, soonest first', async () => {
    const cz = await newComplaint(
      czComplaint(RECEIVED, { product: { name: 'Sušička Žluťoučká', sku: 'SZ-9' } }),
    );
    const soon = await newComplaint(plComplaint('2026-10-25T10:00:00Z'));
    await send('POST', agent, `/tickets/${cz.ticket.id}/complaint/decision`, {
      version: 1,
      outcome: 'rejected',
      reasons: 'Vada vznikla nesprávným použitím.',
      answerChannel: 'email',
      rootCauseCode: 'usage.misuse',
    });
    const ids = async (q: string) =>
      (await get(agent, `/complaints${q}`)).json().items.map((c: { ticketId: string }) => c.ticketId);
    expect(await ids('?product=susicka%20zlutoucka')).toEqual([cz.ticket.id]);
    expect(await ids('?cause=usage')).toEqual([cz.ticket.id]);
    expect(await ids('?cause=usag')).toEqual([]);
    const dueSoon = await ids('?dueWithinDays=7');
    expect(dueSoon).toContain(soon.ticket.id);
    expect(dueSoon).not.toContain(cz.ticket.id);
    const all = (await get(agent, '/complaints')).json().items as Array<{ deadline: { deadlineAt: string } }>;
    const instants = all.map((c) => c.deadline.deadlineAt);
    expect(instants).toEqual([...instants].sort());
    expect((await get(agent, '/complaints?state=bogus')).statusCode).toBe(400);
  });
});
