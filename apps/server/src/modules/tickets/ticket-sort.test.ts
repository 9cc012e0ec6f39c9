import { describe, expect, it } from 'vitest';
import type { TicketSort } from '@kontakt/contracts';
import { startTestKontakt } from '../../../test/harness.ts';
import { orgWithAdmin, type Session } from '../../../test/factories.ts';

const k = await startTestKontakt();

interface Row {
  number: number;
  subject: string;
  customerLabel: string | null;
}

/** Every page of a sorted list, two rows at a time, following the cursors. */
async function readAll(s: Session, sort: TicketSort): Promise<Row[]> {
  const rows: Row[] = [];
  let cursor: string | null = '';
  for (let pages = 0; cursor !== null && pages < 20; pages++) {
    const url = `/api/v1/tickets?sort=${sort}&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
    const res = await k.inject({ method: 'GET', url, headers: s.headers });
    expect(res.statusCode).toBe(200);
    const page = res.json() as { items: Row[]; nextCursor: string | null };
    rows.push(...page.items);
    cursor = page.nextCursor;
  }
  return rows;
}

/** Five tickets whose subjects, customers, statuses and priorities order differently. */
async function seed() {
  const { session } = await orgWithAdmin(k);
  const specs = [
    { subject: 'Zwrot butów', status: 'open', priority: 'low', customer: 'Ábel Novák' },
    { subject: 'faktura', status: 'new', priority: 'urgent', customer: 'Zofia Żółwińska' },
    { subject: 'Čekám na dobropis', status: 'on_hold', priority: 'normal', customer: 'Čeněk Dvořák' },
    { subject: 'Adres dostawy', status: 'pending_customer', priority: 'high', customer: 'Zofia Żółwińska' },
    { subject: 'Brak paragonu', status: 'open', priority: 'normal', customer: 'bartek@example.pl' },
  ];
  for (const [i, spec] of specs.entries()) {
    k.clock.advance(60_000);
    const customer = spec.customer.includes('@')
      ? { email: spec.customer }
      : { email: `c${i}@example.pl`, name: spec.customer };
    const res = await k.inject({
      method: 'POST',
      url: '/api/v1/tickets',
      headers: session.headers,
      payload: { subject: spec.subject, status: spec.status, priority: spec.priority, customer },
    });
    expect(res.statusCode).toBe(201);
  }
  return session;
}

describe('ticket list sorting', () => {
  it('sorts by number, subject, customer, status and priority with complete, gap-free pages', async () => {
    const s = await seed();
    const subjects = async (sort: TicketSort) => (await readAll(s, sort)).map((r) => r.subject);

    expect((await readAll(s, 'number_asc')).map((r) => r.number)).toEqual([1, 2, 3, 4, 5]);
    expect((await readAll(s, 'number_desc')).map((r) => r.number)).toEqual([5, 4, 3, 2, 1]);
    // Case and diacritics folded: "Čekám" sorts with C, "faktura" among capitals.
    expect(await subjects('subject_asc')).toEqual([
      'Adres dostawy',
      'Brak paragonu',
      'Čekám na dobropis',
      'faktura',
      'Zwrot butów',
    ]);
    expect(await subjects('subject_desc')).toEqual([
      'Zwrot butów',
      'faktura',
      'Čekám na dobropis',
      'Brak paragonu',
      'Adres dostawy',
    ]);
    // Name, else the first identity; ties (the same customer twice) keep a stable order by id.
    expect((await readAll(s, 'customer_asc')).map((r) => r.customerLabel)).toEqual([
      'Ábel Novák',
      'bartek@example.pl',
      'Čeněk Dvořák',
      'Zofia Żółwińska',
      'Zofia Żółwińska',
    ]);
    // Workflow order: new, open, pending customer, …, on hold.
    expect(await subjects('status_asc')).toEqual([
      'faktura',
      'Zwrot butów',
      'Brak paragonu',
      'Adres dostawy',
      'Čekám na dobropis',
    ]);
    expect(await subjects('priority_desc')).toEqual([
      'faktura',
      'Adres dostawy',
      'Brak paragonu',
      'Čekám na dobropis',
      'Zwrot butów',
    ]);
  });

  it('keeps the date sorts and reads a cursor of another sort as the first page', async () => {
    const s = await seed();
    expect((await readAll(s, 'created_asc')).map((r) => r.number)).toEqual([1, 2, 3, 4, 5]);
    expect((await readAll(s, 'last_activity_desc')).map((r) => r.number)).toEqual([5, 4, 3, 2, 1]);
    const first = await k.inject({
      method: 'GET',
      url: '/api/v1/tickets?sort=subject_asc&limit=2',
      headers: s.headers,
    });
    const cursor = first.json().nextCursor as string;
    const foreign = await k.inject({
      method: 'GET',
      url: `/api/v1/tickets?sort=number_asc&limit=2&cursor=${cursor}`,
      headers: s.headers,
    });
    expect(foreign.json().items.map((r: Row) => r.number)).toEqual([1, 2]);
    const bad = await k.inject({ method: 'GET', url: '/api/v1/tickets?sort=queue_asc', headers: s.headers });
    expect(bad.statusCode).toBe(400);
  });
});
