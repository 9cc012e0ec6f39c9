import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ReturnRecord } from '@kontakt/contracts';
import { apiError, mockApi } from '../../test/api-mock.ts';
import { buildTicket, workspaceRoutes } from '../../test/factories.ts';
import { renderApp } from '../../test/render-app.tsx';

const ticket = buildTicket(61, { type: 'return', language: 'pl' });
const path = `/tickets/${ticket.id}`;
const deadline = (ruleId: 'eu_withdrawal' | 'eu_refund', dueDate: string) => ({
  ruleId,
  ruleVersion: '2014-06-13',
  timeZone: 'Europe/Warsaw',
  startDate: '2026-07-31',
  nominalDueDate: dueDate,
  dueDate,
  deadlineAt: `${dueDate}T22:00:00.000Z`,
  shifts: [],
  reasons: [],
});
const recorded: ReturnRecord = {
  id: '0190a000-0000-7000-d000-000000000001',
  ticketId: ticket.id,
  number: 61,
  version: 1,
  jurisdiction: 'PL',
  contractKind: 'goods',
  orderId: null,
  orderNumber: 'ZAM-9',
  items: 'Czajnik Łucznik ×1',
  startAt: '2026-07-31T12:00:00.000Z',
  informed: false,
  noticeAt: '2026-08-01T10:00:00.000Z',
  price: null,
  refundAmount: null,
  trackingNumber: null,
  withdrawalDeadline: deadline('eu_withdrawal', '2027-08-16'),
  withdrawalState: 'exercised_in_time',
  refundDeadline: deadline('eu_refund', '2026-08-17'),
  refundState: 'running',
  refundedAt: null,
  shipmentStatus: 'awaiting',
  shipmentHistory: [{ status: 'awaiting', at: '2026-08-01T10:00:00.000Z' }],
  createdAt: '2026-08-01T10:00:00.000Z',
  updatedAt: '2026-08-01T10:00:00.000Z',
};
const base = {
  ...workspaceRoutes(),
  [`GET ${path}`]: { status: 200, body: ticket },
  [`GET ${path}/timeline`]: { status: 200, body: { items: [] } },
  'GET /tickets': { status: 200, body: { items: [], nextCursor: null } },
};

describe('return panel in the ticket', { timeout: 180_000 }, () => {
  it('records a return: required items, amounts in the jurisdiction currency, server refusals at the field', async () => {
    const { calls } = mockApi({
      ...base,
      [`GET ${path}/return`]: apiError(404, 'not_found'),
      [`POST ${path}/return`]: [
        apiError(400, 'amount_exceeds_price', { field: 'refundAmount' }),
        { status: 201, body: recorded },
      ],
    });
    const { user } = renderApp(path);
    const form = await screen.findByRole('form', { name: 'Record the return' }, { timeout: 90_000 });
    await user.click(within(form).getByRole('button', { name: 'Save return' }));
    expect(await within(form).findByText('Say what is returned.')).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST' && c.path === `${path}/return`)).toBe(false);

    await user.type(within(form).getByRole('textbox', { name: 'Items returned' }), 'Czajnik Łucznik ×1');
    await user.type(within(form).getByRole('textbox', { name: 'Price (PLN)' }), '100');
    await user.type(within(form).getByRole('textbox', { name: 'Refund (PLN)' }), '120');
    await user.click(within(form).getByRole('checkbox', { name: /informed of the right/ }));
    await user.click(within(form).getByRole('button', { name: 'Save return' }));
    expect(await within(form).findByText('The amount cannot be larger than the price paid.')).toBeTruthy();
    const sent = calls.find((c) => c.method === 'POST' && c.path === `${path}/return`)!.body;
    expect(sent).toMatchObject({
      jurisdiction: 'PL',
      contractKind: 'goods',
      items: 'Czajnik Łucznik ×1',
      informed: false,
      price: { amount: '100', currency: 'PLN' },
      refundAmount: { amount: '120', currency: 'PLN' },
    });

    await user.click(within(form).getByRole('button', { name: 'Save return' }));
    const panel = await screen.findByRole('region', { name: 'Return / withdrawal' });
    expect(await within(panel).findByText('Withdrawn in time')).toBeTruthy();
  });

  it('shows both clocks and moves the shipment forward only', async () => {
    const { calls } = mockApi({
      ...base,
      [`GET ${path}/return`]: { status: 200, body: recorded },
      [`POST ${path}/return/shipment`]: {
        status: 200,
        body: {
          ...recorded,
          version: 2,
          shipmentStatus: 'received',
          shipmentHistory: [
            ...recorded.shipmentHistory,
            { status: 'received', at: '2026-08-05T10:00:00.000Z' },
          ],
        },
      },
    });
    const { user } = renderApp(path);
    const panel = await screen.findByRole('region', { name: 'Return / withdrawal' });
    expect(await within(panel).findByText('Withdrawn in time')).toBeTruthy();
    expect(
      within(panel).getByText('Not informed of the right: the period runs 12 months longer.'),
    ).toBeTruthy();
    expect(within(panel).getByText('Running')).toBeTruthy();
    expect(within(panel).getByText(/Refund due by/).textContent).toContain('2026');
    expect(within(panel).queryByRole('button', { name: '→ Awaiting' })).toBeNull();
    await user.click(within(panel).getByRole('button', { name: '→ Received' }));
    await waitFor(() => expect(within(panel).getByText(/Return shipment: Received/)).toBeTruthy());
    expect(calls.find((c) => c.path.endsWith('/shipment'))!.body).toEqual({ version: 1, status: 'received' });
    expect(within(panel).queryByRole('button', { name: '→ In transit' })).toBeNull();
  });
});
