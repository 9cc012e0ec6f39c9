import { describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import { startTestKontakt } from '../../../test/harness.ts';
import { signIn } from '../../../test/factories.ts';
import { sweepComplaints } from './complaints.jobs.ts';
import { onAnswerEmailBounced, onAnswerEmailSent, recordPortalView } from './complaint-letter.service.ts';
import { complaintsWorld, czComplaint, openTicket, plComplaint } from './complaints.test-kit.ts';

// Complaints received Mon 2026-11-02 in Warsaw / Prague; the clock is injected.
const k = await startTestKontakt();
const w = await complaintsWorld(k);
let agent = w.agent;
async function at(iso: string) {
  k.clock.set(new Date(iso));
  agent = await signIn(k, w.agentRow.email);
}
const sweep = () => sweepComplaints({ db: k.deps.db, clock: k.clock, log: k.deps.log });

async function complaintOn(body: object) {
  await at('2026-11-02T09:00:00Z');
  const t = await openTicket(k, agent, w.queue.id, w.agentRow.id);
  const res = await w.send('POST', agent, `/tickets/${t.id}/complaint`, body);
  expect(res.statusCode, res.body).toBe(201);
  return { ticketId: t.id, number: t.number };
}
const complaint = async (ticketId: string) => (await w.get(agent, `/tickets/${ticketId}/complaint`)).json();
const decide = (ticketId: string, body: object) =>
  w.send('POST', agent, `/tickets/${ticketId}/complaint/decision`, {
    version: 1,
    answerChannel: 'email',
    ...body,
  });
const events = async (ticketId: string) =>
  (
    await k.database.query<{ kind: string }>(
      `SELECT kind FROM ticket_events WHERE ticket_id = $1 AND kind LIKE 'complaint_%' ORDER BY created_at, kind`,
      [ticketId],
    )
  ).map((r) => r.kind);

async function letterText(ticketId: string) {
  const res = await w.get(agent, `/tickets/${ticketId}/complaint/letter.pdf`);
  expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
  expect(res.headers['content-type']).toBe('application/pdf');
  const pdf = await getDocumentProxy(new Uint8Array(res.rawPayload));
  return (await extractText(pdf, { mergePages: true })).text.replace(/\s+/gu, ' ');
}

describe('root-cause taxonomy and closing', () => {
  it('builds dotted codes under parents, refuses a taken code and a fourth level', async () => {
    const quality = w.causes.quality!;
    const dup = await w.send('POST', w.admin, '/complaint-causes', {
      parentId: quality,
      segment: 'motor',
      name: 'X',
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('cause_code_taken');
    const motor = w.causes['quality.motor']!;
    const third = await w.send('POST', w.admin, '/complaint-causes', {
      parentId: motor,
      segment: 'bearing',
      name: 'Łożysko',
    });
    expect(third.statusCode, third.body).toBe(201);
    expect(third.json().code).toBe('quality.motor.bearing');
    const fourth = await w.send('POST', w.admin, '/complaint-causes', {
      parentId: third.json().id,
      segment: 'x',
      name: 'x',
    });
    expect(fourth.statusCode).toBe(400);
    const byAgent = await w.send('POST', agent, '/complaint-causes', { segment: 'nope', name: 'n' });
    expect(byAgent.statusCode).toBe(403);
    const list = (await w.get(agent, '/complaint-causes')).json().items.map((c: { code: string }) => c.code);
    expect(list).toEqual(expect.arrayContaining(['quality', 'quality.motor', 'quality.motor.bearing']));
  });

  it('decides only with an active cause; closing the ticket needs the cause (stable code)', async () => {
    const { ticketId } = await complaintOn(plComplaint('2026-11-02T08:00:00Z'));
    const unknown = await decide(ticketId, {
      outcome: 'accepted',
      remedy: 'repair',
      rootCauseCode: 'nope.x',
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe('unknown_root_cause');
    expect((await decide(ticketId, { outcome: 'accepted', remedy: 'repair' })).statusCode).toBe(200);
    const t = (await w.get(agent, `/tickets/${ticketId}`)).json();
    const solved = await w.send('PATCH', agent, `/tickets/${ticketId}`, {
      version: t.version,
      status: 'solved',
    });
    expect(solved.statusCode, solved.body).toBe(200);
    const close = await w.send('PATCH', agent, `/tickets/${ticketId}`, {
      version: solved.json().version,
      status: 'closed',
    });
    expect(close.statusCode).toBe(409);
    expect(close.json().error.code).toBe('root_cause_required');
    const inactive = await w.send('PATCH', w.admin, `/complaint-causes/${w.causes['usage.misuse']}`, {
      active: false,
    });
    expect(inactive.json().active).toBe(false);
    const c = await complaint(ticketId);
    const refused = await w.send('POST', agent, `/tickets/${ticketId}/complaint/root-cause`, {
      version: c.version,
      rootCauseCode: 'usage.misuse',
    });
    expect(refused.json().error.code).toBe('unknown_root_cause');
    const set = await w.send('POST', agent, `/tickets/${ticketId}/complaint/root-cause`, {
      version: c.version,
      rootCauseCode: 'quality.motor',
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().rootCauseCode).toBe('quality.motor');
    const closed = await w.send('PATCH', agent, `/tickets/${ticketId}`, {
      version: solved.json().version,
      status: 'closed',
    });
    expect(closed.statusCode, closed.body).toBe(200);
  });

  it('fills rejection reasons from a template in the complaint language', async () => {
    const tpl = await w.send('POST', w.admin, '/complaint-rejection-templates', {
      name: 'Uszkodzenie mechaniczne',
      language: 'pl',
      body: 'Uszkodzenie powstało z winy użytkownika (ślady uderzenia).',
    });
    expect(tpl.statusCode, tpl.body).toBe(201);
    const { ticketId } = await complaintOn(plComplaint('2026-11-02T08:00:00Z'));
    const res = await decide(ticketId, {
      outcome: 'rejected',
      rejectionTemplateId: tpl.json().id,
      rootCauseCode: 'usage.overload',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().decision.reasons).toBe('Uszkodzenie powstało z winy użytkownika (ślady uderzenia).');
  });
});

describe('refund clock', () => {
  it('runs 14 days from a withdrawal decision, alerts at D−3 and when overdue, stops when paid', async () => {
    const { ticketId } = await complaintOn(
      plComplaint('2026-11-02T08:00:00Z', { demand: { kind: 'withdrawal' } }),
    );
    await at('2026-11-03T10:00:00Z');
    const tooMuch = await decide(ticketId, {
      outcome: 'accepted',
      remedy: 'withdrawal',
      amount: { amount: '1900.00', currency: 'PLN' },
    });
    expect(tooMuch.json().error.code).toBe('amount_exceeds_price');
    const precision = await decide(ticketId, {
      outcome: 'accepted',
      remedy: 'withdrawal',
      amount: { amount: '10.001', currency: 'PLN' },
    });
    expect(precision.json().error.code).toBe('invalid_amount_precision');
    const res = await decide(ticketId, {
      outcome: 'accepted',
      remedy: 'withdrawal',
      rootCauseCode: 'quality.motor',
    });
    expect(res.statusCode, res.body).toBe(200);
    // Decided Tue 3 Nov → day 14 is Tue 17 Nov (no holiday) → ends 23:00 UTC.
    expect(res.json().refund).toMatchObject({
      state: 'running',
      amount: { amount: '1899.00' },
      paidAt: null,
    });
    expect(res.json().refund.deadline).toMatchObject({ ruleId: 'eu_refund', dueDate: '2026-11-17' });
    await at('2026-11-14T10:00:00Z');
    await sweep();
    expect((await complaint(ticketId)).refund.state).toBe('due_soon');
    await at('2026-11-18T10:00:00Z');
    await sweep();
    await sweep();
    expect((await complaint(ticketId)).refund.state).toBe('overdue');
    const kinds = await events(ticketId);
    expect(kinds.filter((x) => x === 'complaint_refund_due_soon')).toHaveLength(1);
    expect(kinds.filter((x) => x === 'complaint_refund_overdue')).toHaveLength(1);
    const future = await w.send('POST', agent, `/tickets/${ticketId}/complaint/refund`, {
      paidAt: '2026-11-19T10:00:00Z',
    });
    expect(future.json().error.code).toBe('date_in_future');
    const paid = await w.send('POST', agent, `/tickets/${ticketId}/complaint/refund`, {
      paidAt: '2026-11-17T12:00:00Z',
    });
    expect(paid.json().refund.state).toBe('paid_in_time');
  });

  it('no refund clock for a repair; the remedy carried out is dated, never in the future', async () => {
    const { ticketId } = await complaintOn(plComplaint('2026-11-02T08:00:00Z'));
    const res = await decide(ticketId, { outcome: 'accepted', remedy: 'repair' });
    expect(res.json().refund).toBeNull();
    const nope = await w.send('POST', agent, `/tickets/${ticketId}/complaint/refund`, {
      paidAt: '2026-11-02T09:00:00Z',
    });
    expect(nope.json().error.code).toBe('no_refund_due');
    const future = await w.send('POST', agent, `/tickets/${ticketId}/complaint/remedy`, {
      version: 2,
      carriedOutOn: '2026-11-03',
    });
    expect(future.json().error.code).toBe('date_in_future');
    const done = await w.send('POST', agent, `/tickets/${ticketId}/complaint/remedy`, {
      version: 2,
      carriedOutOn: '2026-11-02',
    });
    expect(done.json().decision.carriedOutOn).toBe('2026-11-02');
  });
});

describe('decision letter', () => {
  it('PL: the PDF in Polish on the ticket, mailed through the outbox; sent, bounced, portal view', async () => {
    const { ticketId, number } = await complaintOn(
      plComplaint('2026-11-02T08:00:00Z', {
        demand: { kind: 'price_reduction', amount: { amount: '300.00', currency: 'PLN' } },
      }),
    );
    const early = await w.send('POST', agent, `/tickets/${ticketId}/complaint/letter`, {});
    expect(early.json().error.code).toBe('complaint_not_decided');
    await decide(ticketId, {
      outcome: 'accepted',
      remedy: 'price_reduction',
      amount: { amount: '300.00', currency: 'PLN' },
      rootCauseCode: 'quality.motor',
    });
    await at('2026-11-05T10:00:00Z');
    const sent = await w.send('POST', agent, `/tickets/${ticketId}/complaint/letter`, {});
    expect(sent.statusCode, sent.body).toBe(200);
    const letter = sent.json().answerLetter;
    expect(letter).toMatchObject({ delivery: 'queued', bouncedAt: null });
    const [out] = await k.database.query<{ recipient: string; subject: string; status: string }>(
      `SELECT recipient, subject, status FROM email_outbound WHERE message_id = $1`,
      [letter.messageId],
    );
    expect(out).toMatchObject({
      recipient: 'zofia@example.test',
      subject: `Odpowiedź na reklamację nr ${number}`,
      status: 'queued',
    });
    const text = await letterText(ticketId);
    for (const expected of [
      'Odpowiedź na reklamację',
      'Szanowna Pani / Szanowny Panie Zofia Łukasiewicz',
      `reklamację nr ${number}`,
      'Pralka Żuraw 7 kg',
      'Reklamację uznajemy.',
      'Sposób załatwienia obniżenie ceny',
      '300,00',
      'Termin zwrotu środków 16 listopada 2026 — 300,00 zł',
      'Ustawa o prawach konsumenta, art. 7a',
      'art. 43d–43f',
      'pl_consumer_complaint',
    ])
      expect(text).toContain(expected);
    // The SMTP server accepted it: the answer is sent; the clock stops.
    await onAnswerEmailSent(k.deps.db, {
      messageId: letter.messageId,
      ticketId,
      at: new Date('2026-11-05T10:01:00Z'),
    });
    await at('2026-11-05T10:30:00Z');
    let c = await complaint(ticketId);
    expect(c).toMatchObject({ answerSentAt: '2026-11-05T10:01:00.000Z', state: 'answered_in_time' });
    expect(c.answerLetter.delivery).toBe('sent');
    // A bounce marks the delivery failed and the clock runs again.
    await k.deps.db.transaction((tx) =>
      onAnswerEmailBounced(tx, { messageId: letter.messageId, at: new Date('2026-11-05T11:00:00Z') }),
    );
    await at('2026-11-05T11:30:00Z');
    c = await complaint(ticketId);
    expect(c).toMatchObject({ answerSentAt: null, state: 'running' });
    expect(c.answerLetter).toMatchObject({ delivery: 'bounced', bouncedAt: '2026-11-05T11:00:00.000Z' });
    // The customer opens the decision in the portal: delivered.
    expect(
      await recordPortalView(k.deps.db, {
        organizationId: w.org.id,
        ticketId,
        at: new Date('2026-11-06T08:00:00Z'),
      }),
    ).toBe(true);
    expect(
      await recordPortalView(k.deps.db, {
        organizationId: w.org.id,
        ticketId,
        at: new Date('2026-11-07T08:00:00Z'),
      }),
    ).toBe(false);
    await at('2026-11-07T09:00:00Z');
    c = await complaint(ticketId);
    expect(c).toMatchObject({ answerDeliveredAt: '2026-11-06T08:00:00.000Z', state: 'answered_in_time' });
    expect(c.answerLetter).toMatchObject({ delivery: 'delivered', viewedAt: '2026-11-06T08:00:00.000Z' });
    expect(await events(ticketId)).toEqual(
      expect.arrayContaining([
        'complaint_letter_queued',
        'complaint_answer_sent',
        'complaint_answer_bounced',
        'complaint_answer_delivered',
      ]),
    );
  });

  it('CZ: the letter in Czech; no bounce for a day confirms delivery; a plain agent reply counts as the answer', async () => {
    const { ticketId } = await complaintOn(czComplaint('2026-11-02T08:00:00Z'));
    await decide(ticketId, {
      outcome: 'rejected',
      reasons: 'Vada vznikla nesprávným používáním (přetížení bubnu).',
      rootCauseCode: 'usage.overload',
    });
    const sent = await w.send('POST', agent, `/tickets/${ticketId}/complaint/letter`, {
      to: 'jiri.dvorak@example.test',
    });
    expect(sent.statusCode, sent.body).toBe(200);
    const text = await letterText(ticketId);
    for (const expected of [
      'Vyřízení reklamace',
      'Jiří Dvořák',
      'Pračka Čáp',
      'Reklamaci zamítáme z těchto důvodů:',
      'přetížení bubnu',
      '§ 19 odst. 5',
      'Zákon o ochraně spotřebitele',
    ])
      expect(text).toContain(expected);
    const messageId = sent.json().answerLetter.messageId;
    await onAnswerEmailSent(k.deps.db, { messageId, ticketId, at: new Date('2026-11-02T09:05:00Z') });
    await at('2026-11-03T09:04:00Z');
    await sweep();
    expect((await complaint(ticketId)).answerDeliveredAt).toBeNull();
    await at('2026-11-03T09:06:00Z');
    await sweep();
    const c = await complaint(ticketId);
    expect(c).toMatchObject({ answerDeliveredAt: '2026-11-02T09:05:00.000Z', state: 'answered_in_time' });

    // A decided complaint answered by a normal e-mail reply of the agent.
    const other = await complaintOn(plComplaint('2026-11-02T08:00:00Z'));
    await decide(other.ticketId, { outcome: 'accepted', remedy: 'repair' });
    const reply = await w.send('POST', agent, `/tickets/${other.ticketId}/messages`, {
      body: { text: 'Reklamacja uznana, naprawimy pralkę.' },
    });
    expect(reply.statusCode, reply.body).toBe(201);
    expect(
      await onAnswerEmailSent(k.deps.db, {
        messageId: reply.json().id,
        ticketId: other.ticketId,
        at: new Date('2026-11-03T09:10:00Z'),
      }),
    ).toBe(true);
    expect((await complaint(other.ticketId)).answerSentAt).toBe('2026-11-03T09:10:00.000Z');
  });
});

describe('complaints report', () => {
  it('counts causes, answered in time and deemed accepted; the rate per orders or why not', async () => {
    await at('2026-12-01T10:00:00Z');
    const lead = await signIn(k, w.leadRow.email);
    const res = await w.get(lead, '/reports/complaints?from=2026-11-01&to=2026-11-30&jurisdiction=PL');
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r.totals.complaints).toBeGreaterThanOrEqual(5);
    expect(r.totals.ratePer1000Orders).toBeNull();
    expect(['no_orders_data', 'no_orders_in_period']).toContain(r.totals.rateUnavailable);
    expect(r.causes[0]).toMatchObject({ code: 'quality.motor', name: 'Silnik' });
    expect(r.causes.at(-1).cumulativeShare).toBe(1);
    expect(r.byMonth.map((m: { month: string }) => m.month)).toEqual(['2026-11']);
    expect(r.totals.deemedAccepted + r.totals.answeredInTime).toBe(r.totals.clocksEnded);
    const product = await w.get(lead, '/reports/complaints?from=2026-11-01&to=2026-11-30&product=zuraw');
    expect(product.json().byProduct.map((p: { sku: string }) => p.sku)).toEqual(['PR-700']);
    const empty = (await w.get(lead, '/reports/complaints?from=2025-01-01&to=2025-01-31')).json();
    expect(empty.totals).toMatchObject({ complaints: 0, answeredInTimeShare: null });
    expect(empty.causes).toEqual([]);
    expect((await w.get(lead, '/reports/complaints?from=2026-02-01&to=2026-01-01')).statusCode).toBe(400);
    expect((await w.get(agent, '/reports/complaints')).statusCode).toBe(403);
  });
});
