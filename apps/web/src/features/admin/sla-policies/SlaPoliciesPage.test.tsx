import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { SlaPolicy } from '@kontakt/contracts';
import { describe, expect, it } from 'vitest';
import { apiError, mockApi } from '../../../test/api-mock.ts';
import { buildMe } from '../../../test/factories.ts';
import { renderApp } from '../../../test/render-app.tsx';

const company = (id: string, name: string) => ({
  id,
  name,
  nip: null,
  ico: null,
  vatId: null,
  createdAt: '2026-01-01T08:00:00.000Z',
  updatedAt: '2026-01-01T08:00:00.000Z',
});
const ACME = company('0190a000-0000-7000-8000-0000000000c1', 'Acme sp. z o.o.');
const BETA = company('0190a000-0000-7000-8000-0000000000c2', 'Beta s.r.o.');

const policy = (n: number, over: Partial<SlaPolicy>): SlaPolicy => ({
  id: `0190a000-0000-7000-8000-000000000d0${n}`,
  name: `Policy ${n}`,
  active: true,
  conditions: { queueIds: [], priorities: [], types: [], channels: [], customerFlags: [], companyIds: [] },
  targets: [],
  warningShare: 0.8,
  position: n - 1,
  createdAt: '2026-01-01T08:00:00.000Z',
  updatedAt: '2026-01-01T08:00:00.000Z',
  ...over,
});
const vip = policy(1, {
  name: 'VIP',
  conditions: {
    queueIds: [],
    priorities: [],
    types: [],
    channels: [],
    customerFlags: ['vip'],
    companyIds: [ACME.id],
  },
  targets: [
    { priority: 'urgent', target: 'first_response', minutes: 60, businessHours: false },
    { priority: 'normal', target: 'first_response', minutes: 240, businessHours: true },
    { priority: 'normal', target: 'resolution', minutes: 90, businessHours: true },
  ],
  warningShare: 0.75,
});
const standard = policy(2, {
  name: 'Standard',
  active: false,
  targets: [{ priority: 'normal', target: 'first_response', minutes: 480, businessHours: true }],
});

describe('SLA policies admin screen', { timeout: 120_000 }, () => {
  it('lists policies in order, moves one up, and creates one with targets in hours and minutes', async () => {
    const { calls } = mockApi({
      'GET /me': { status: 200, body: buildMe({ role: 'admin' }) },
      'GET /sla-policies': { status: 200, body: { items: [vip, standard] } },
      'GET /queues': { status: 200, body: { items: [] } },
      [`PATCH /sla-policies/${standard.id}`]: { status: 200, body: { ...standard, position: 0 } },
      'POST /sla-policies': [
        apiError(400, 'validation_failed', {
          issues: [{ path: ['body', 'warningShare'], code: 'too_big', message: 'Too big' }],
        }),
        { status: 201, body: policy(3, { name: 'Returns' }) },
      ],
    });
    const { user } = renderApp('/admin/sla-policies');
    const table = await screen.findByRole('table', { name: 'SLA policies' }, { timeout: 30_000 });
    const row = within(table).getByRole('button', { name: 'Edit SLA policy VIP' }).closest('tr')!;
    expect(row.textContent).toContain('VIP');
    expect(row.textContent).toContain('First response: 1 h – 4 h');
    expect(row.textContent).toContain('Resolution: 1 h 30 min');
    expect(row.textContent).toContain('75 %');
    expect(within(table).getByRole('button', { name: 'Move VIP up' }).hasAttribute('disabled')).toBe(true);
    await user.click(within(table).getByRole('button', { name: 'Move Standard up' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PATCH')).toBe(true));
    expect(calls.find((c) => c.method === 'PATCH')!.body).toEqual({ position: 0 });

    await user.click(screen.getByRole('button', { name: 'New SLA policy' }));
    const drawer = await screen.findByRole('dialog', { name: 'New SLA policy' });
    fireEvent.change(within(drawer).getByRole('textbox', { name: /^Name/ }), {
      target: { value: 'Returns' },
    });
    const cell = (name: string) => within(drawer).getByRole('textbox', { name });
    fireEvent.change(cell('First response, High: hours'), { target: { value: '2' } });
    fireEvent.change(cell('First response, High: minutes'), { target: { value: '30' } });
    fireEvent.change(cell('Resolution, Low: minutes'), { target: { value: '0' } });
    await user.click(
      within(drawer).getByRole('checkbox', { name: 'First response, High: count in business hours' }),
    );
    await user.click(within(drawer).getByRole('button', { name: 'Create policy' }));
    expect(await within(drawer).findByText('Give at least 1 minute.')).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    fireEvent.change(cell('Resolution, Low: minutes'), { target: { value: '' } });
    await user.click(within(drawer).getByRole('button', { name: 'Create policy' }));
    const warning = within(drawer).getByRole('textbox', { name: /^Warn at/ });
    await waitFor(() => expect(warning.getAttribute('aria-invalid')).toBe('true'));
    expect(within(drawer).getByText('This value is not accepted.')).toBeTruthy();

    await user.click(within(drawer).getByRole('button', { name: 'Create policy' }));
    expect(await screen.findByText('The SLA policy has been created.')).toBeTruthy();
    const posts = calls.filter((c) => c.method === 'POST');
    expect(posts.at(-1)!.body).toEqual({
      name: 'Returns',
      active: true,
      conditions: {
        queueIds: [],
        priorities: [],
        types: [],
        channels: [],
        customerFlags: [],
        companyIds: [],
      },
      targets: [{ priority: 'high', target: 'first_response', minutes: 150, businessHours: false }],
      warningShare: 0.8,
    });
  });

  it('names the customers’ organizations a policy covers, found as the admin types', async () => {
    const { calls } = mockApi({
      'GET /me': { status: 200, body: buildMe({ role: 'admin' }) },
      'GET /sla-policies': { status: 200, body: { items: [vip] } },
      'GET /queues': { status: 200, body: { items: [] } },
      [`GET /companies/${ACME.id}`]: { status: 200, body: ACME },
      'GET /companies': (call) => ({
        status: 200,
        body: { items: call.query.q?.toLowerCase().startsWith('be') ? [BETA] : [], nextCursor: null },
      }),
      [`PATCH /sla-policies/${vip.id}`]: (call) => ({
        status: 200,
        body: { ...vip, ...(call.body as object) },
      }),
    });
    const { user } = renderApp('/admin/sla-policies');
    const table = await screen.findByRole('table', { name: 'SLA policies' }, { timeout: 30_000 });
    await user.click(within(table).getByRole('button', { name: 'Edit SLA policy VIP' }));
    const drawer = await screen.findByRole('dialog', { name: 'VIP' });
    expect((await within(drawer).findAllByText('Acme sp. z o.o.')).length).toBeGreaterThan(0);
    const picker = within(drawer).getByRole('textbox', { name: /^Customer organizations/ });
    await user.type(picker, 'bet');
    await user.click(await screen.findByRole('option', { name: 'Beta s.r.o.' }));
    await user.click(within(drawer).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PATCH')).toBe(true));
    const body = calls.find((c) => c.method === 'PATCH')!.body as { conditions: { companyIds: string[] } };
    expect(body.conditions.companyIds).toEqual([ACME.id, BETA.id]);
  });
});
