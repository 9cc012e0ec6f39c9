import { describe, expect, it } from 'vitest';
import { startTestKontakt } from '../../../test/harness.ts';
import { signIn } from '../../../test/factories.ts';
import { complaintsWorld, openTicket } from '../complaints/complaints.test-kit.ts';
import { getReturnForPortal } from './returns.service.ts';

// The clock is injected; the last parcel arrived Fri 2026-07-31 in Warsaw.
const k = await startTestKontakt();
const w = await complaintsWorld(k);
let agent = w.agent;
async function at(iso: string) {
  k.clock.set(new Date(iso));
  agent = await signIn(k, w.agentRow.email);
}
const base = {
  jurisdiction: 'PL',
  items: 'Czajnik Łucznik ×1',
  startAt: '2026-07-31T12:00:00Z',
  price: { amount: '249.99', currency: 'PLN' },
};
async function returnOn(body: object) {
  const t = await openTicket(k, agent, w.queue.id, w.agentRow.id);
  const res = await w.send('POST', agent, `/tickets/${t.id}/return`, { ...base, ...body });
  return { ticketId: t.id, res };
}

describe('returns and withdrawals', () => {
  it('runs the withdrawal clock from the last parcel and the refund clock from the notice', async () => {
    await at('2026-08-03T09:00:00Z');
    const { ticketId, res } = await returnOn({});
    expect(res.statusCode, res.body).toBe(201);
    const r = res.json();
    expect(r.withdrawalDeadline).toMatchObject({ ruleId: 'eu_withdrawal', dueDate: '2026-08-14' });
    expect(r).toMatchObject({
      withdrawalState: 'open',
      refundState: 'not_started',
      refundDeadline: null,
      shipmentStatus: 'awaiting',
    });
    expect((await w.get(agent, `/tickets/${ticketId}`)).json().type).toBe('return');
    expect((await w.send('POST', agent, `/tickets/${ticketId}/return`, base)).json().error.code).toBe(
      'return_exists',
    );

    // The consumer sends the statement on Sat 1 Aug: refund due 14 days later, moved over 15 Aug.
    const noticed = await w.send('PATCH', agent, `/tickets/${ticketId}/return`, {
      version: 1,
      noticeAt: '2026-08-01T10:00:00Z',
    });
    expect(noticed.statusCode, noticed.body).toBe(200);
    expect(noticed.json()).toMatchObject({ withdrawalState: 'exercised_in_time', refundState: 'running' });
    expect(noticed.json().refundDeadline).toMatchObject({ ruleId: 'eu_refund', dueDate: '2026-08-17' });

    await at('2026-08-14T09:00:00Z');
    expect((await w.get(agent, `/tickets/${ticketId}/return`)).json().refundState).toBe('due_soon');
    await at('2026-08-18T09:00:00Z');
    expect((await w.get(agent, `/tickets/${ticketId}/return`)).json().refundState).toBe('overdue');

    // Shipment moves forward only; refunded stops the refund clock.
    const transit = await w.send('POST', agent, `/tickets/${ticketId}/return/shipment`, {
      version: 2,
      status: 'in_transit',
      at: '2026-08-05T10:00:00Z',
    });
    expect(transit.json().shipmentStatus).toBe('in_transit');
    const back = await w.send('POST', agent, `/tickets/${ticketId}/return/shipment`, {
      version: 3,
      status: 'awaiting',
    });
    expect(back.statusCode).toBe(409);
    expect(back.json().error.code).toBe('invalid_shipment_transition');
    const refunded = await w.send('POST', agent, `/tickets/${ticketId}/return/shipment`, {
      version: 3,
      status: 'refunded',
      at: '2026-08-16T10:00:00Z',
    });
    expect(refunded.json()).toMatchObject({
      shipmentStatus: 'refunded',
      refundState: 'paid_in_time',
      refundedAt: '2026-08-16T10:00:00.000Z',
    });
    expect(refunded.json().shipmentHistory.map((h: { status: string }) => h.status)).toEqual([
      'awaiting',
      'in_transit',
      'refunded',
    ]);

    const list = await w.get(agent, '/returns?shipment=refunded');
    expect(list.json().items.map((i: { ticketId: string }) => i.ticketId)).toEqual([ticketId]);
    expect((await w.get(agent, '/returns?refund=overdue')).json().items).toEqual([]);
    const portal = await getReturnForPortal(k.deps.db, w.org.id, ticketId, k.clock.now());
    expect(portal?.shipmentStatus).toBe('refunded');
  });

  it('adds 12 months when the consumer was not informed of the right', async () => {
    await at('2026-08-03T09:00:00Z');
    const { res } = await returnOn({ informed: false });
    expect(res.json().withdrawalDeadline.dueDate).toBe('2027-08-16');
  });

  it.each([
    [{ startAt: '2026-09-01T00:00:00Z' }, 'date_in_future'],
    [{ noticeAt: '2026-09-01T00:00:00Z' }, 'date_in_future'],
    [{ refundAmount: { amount: '300.00', currency: 'PLN' } }, 'amount_exceeds_price'],
    [{ refundAmount: { amount: '10.555', currency: 'PLN' } }, 'invalid_amount_precision'],
    [{ refundAmount: { amount: '10.00', currency: 'EUR' } }, 'currency_mismatch'],
    [{ orderId: '0190a0a0-0000-7000-8000-000000000000' }, 'not_found'],
  ])('refuses bad input %o with %s, saving nothing', async (over, code) => {
    await at('2026-08-03T09:00:00Z');
    const { ticketId, res } = await returnOn(over);
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    expect(res.json().error.code).toBe(code);
    expect((await w.get(agent, `/tickets/${ticketId}/return`)).statusCode).toBe(404);
  });

  it('hides returns of other organizations', async () => {
    await at('2026-08-03T09:00:00Z');
    const { ticketId } = await returnOn({});
    const other = await complaintsWorld(k);
    expect((await w.get(other.agent, `/tickets/${ticketId}/return`)).statusCode).toBe(404);
    expect((await w.get(other.agent, '/returns')).json().items).toEqual([]);
  });
});
