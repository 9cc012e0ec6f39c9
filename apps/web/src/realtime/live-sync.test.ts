import { QueryClient, type InfiniteData } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import type { Ticket } from '@kontakt/contracts';
import { qk } from '../api/query-keys.ts';
import type { Page } from '../api/types.ts';
import { buildTicket } from '../test/factories.ts';
import { applyTicketEvent } from './live-sync.ts';

describe('live ticket events', () => {
  it('patch the open ticket and list rows, never with an older version, then refresh lists and counts', () => {
    vi.useFakeTimers();
    const qc = new QueryClient();
    const t = buildTicket(1, { version: 2 });
    qc.setQueryData(qk.ticket(t.id), t);
    qc.setQueryData<InfiniteData<Page<Ticket>>>(qk.ticketList('mine_open'), {
      pages: [{ items: [t, buildTicket(2)], nextCursor: null }],
      pageParams: [null],
    });
    const invalidate = vi.spyOn(qc, 'invalidateQueries');
    const { abilities: _a, ...live } = { ...t, status: 'solved' as const, version: 3 };
    applyTicketEvent(qc, { type: 'ticket.updated', ticket: live });
    expect(qc.getQueryData<Ticket>(qk.ticket(t.id))).toMatchObject({
      status: 'solved',
      abilities: t.abilities,
    });
    const list = qc.getQueryData<InfiniteData<Page<Ticket>>>(qk.ticketList('mine_open'))!;
    expect(list.pages[0]!.items[0]!.status).toBe('solved');
    applyTicketEvent(qc, { type: 'ticket.updated', ticket: { ...live, status: 'open', version: 1 } });
    expect(qc.getQueryData<Ticket>(qk.ticket(t.id))!.status).toBe('solved');
    vi.advanceTimersByTime(500);
    const keys = invalidate.mock.calls.map(([filters]) => filters?.queryKey?.[0]);
    expect(keys).toEqual(expect.arrayContaining(['ticket-list', 'views', 'timeline']));
    vi.useRealTimers();
  });
});
