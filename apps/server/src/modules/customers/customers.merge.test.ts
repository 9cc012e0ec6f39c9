import { describe, expect, it } from 'vitest';
import { startTestKontakt } from '../../../test/harness.ts';
import { buildCustomer, buildOrg, buildQueue, buildTicket, orgWithAdmin } from '../../../test/factories.ts';

const k = await startTestKontakt();
const { org, session } = await orgWithAdmin(k);
const api = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  k.inject({ method, url: `/api/v1${url}`, headers: session.headers, payload });

/** A ticket of this customer. */
async function ticketOf(customerId: string) {
  const ticket = await buildTicket(k, org, await buildQueue(k, org));
  await k.database.query('UPDATE tickets SET customer_id = $1 WHERE id = $2', [customerId, ticket.id]);
  return ticket.id;
}

describe('merging customers', () => {
  it('moves identities and tickets, keeps the source as a redirect and records the merge', async () => {
    const target = await buildCustomer(k, org, {
      name: 'Jan Kowalski',
      identities: [{ kind: 'email', value: 'jan@example.pl' }],
    });
    const source = await buildCustomer(k, org, {
      name: 'J. Kowalski',
      identities: [
        { kind: 'phone', value: '+48601200300' },
        { kind: 'visitor', value: 'v_9' },
      ],
    });
    await k.database.query(`UPDATE customers SET flags = '{legal_hold}' WHERE id = $1`, [source.id]);
    const ticketId = await ticketOf(source.id);

    const res = await api('POST', `/customers/${target.id}/merge`, { sourceId: source.id });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: target.id, name: 'Jan Kowalski', flags: ['legal_hold'] });
    expect(
      res
        .json()
        .identities.map((i: { value: string }) => i.value)
        .sort(),
    ).toEqual(['+48601200300', 'jan@example.pl', 'v_9']);
    const [ticket] = await k.database.query<{ customer_id: string }>(
      'SELECT customer_id FROM tickets WHERE id = $1',
      [ticketId],
    );
    expect(ticket!.customer_id).toBe(target.id);

    const old = await api('GET', `/customers/${source.id}`);
    expect(old.statusCode).toBe(200);
    expect(old.json()).toMatchObject({ id: target.id, mergedFrom: source.id });
    expect((await api('GET', `/customers?q=${encodeURIComponent('J. Kowalski')}`)).json().items).toEqual([
      expect.objectContaining({ id: target.id }),
    ]);

    const events = await k.database.query<{ customer_id: string; type: string; data: object }>(
      `SELECT customer_id, type, data FROM customer_events WHERE type LIKE 'customer.merged%' AND customer_id IN ($1, $2)`,
      [target.id, source.id],
    );
    expect(events).toHaveLength(2);
    expect(events[0]!.data).toMatchObject({ sourceId: source.id, identitiesMoved: 2, ticketsMoved: 1 });
    const audit = await api('GET', `/audit-log?action=customer.merged&subjectId=${target.id}`);
    expect(audit.json().items[0].details).toMatchObject({ sourceId: source.id });
  });

  it('refuses writes to a merged customer and repoints older redirects', async () => {
    const a = await buildCustomer(k, org);
    const b = await buildCustomer(k, org);
    const c = await buildCustomer(k, org);
    expect((await api('POST', `/customers/${b.id}/merge`, { sourceId: a.id })).statusCode).toBe(200);
    const write = await api('PATCH', `/customers/${a.id}`, { name: 'Again' });
    expect(write.statusCode).toBe(409);
    expect(write.json().error).toMatchObject({ code: 'customer_merged', details: { targetId: b.id } });
    const twice = await api('POST', `/customers/${c.id}/merge`, { sourceId: a.id });
    expect(twice.json().error.code).toBe('customer_merged');
    expect((await api('POST', `/customers/${c.id}/merge`, { sourceId: b.id })).statusCode).toBe(200);
    expect((await api('GET', `/customers/${a.id}`)).json()).toMatchObject({ id: c.id, mergedFrom: a.id });
  });

  it('answers 409 merge_into_self and 404 across organizations', async () => {
    const mine = await buildCustomer(k, org);
    const self = await api('POST', `/customers/${mine.id}/merge`, { sourceId: mine.id });
    expect(self.statusCode).toBe(409);
    expect(self.json().error.code).toBe('merge_into_self');
    const foreign = await buildCustomer(k, await buildOrg(k));
    const into = await api('POST', `/customers/${mine.id}/merge`, { sourceId: foreign.id });
    expect(into.statusCode).toBe(404);
    const from = await api('POST', `/customers/${foreign.id}/merge`, { sourceId: mine.id });
    expect(from.statusCode).toBe(404);
    expect(into.json().error).toEqual(from.json().error);
  });
});
