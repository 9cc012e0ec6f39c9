import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Calendar, CalendarPreview, Queue } from '@kontakt/contracts';
import { describe, expect, it } from 'vitest';
import { apiError, mockApi } from '../../../test/api-mock.ts';
import { buildMe } from '../../../test/factories.ts';
import { renderApp } from '../../../test/render-app.tsx';

const office: Calendar = {
  id: '0190a000-0000-7000-8000-000000000c01',
  name: 'Office Warsaw',
  timeZone: 'Europe/Warsaw',
  weekly: [1, 2, 3, 4, 5].map((day) => ({ day, start: '08:00', end: '16:00' })),
  holidayCountry: 'PL',
  closures: [{ date: '2026-12-31' }],
  extraOpenings: [],
  holidays: [{ date: '2026-12-24', name: 'Wigilia' }],
  createdAt: '2026-01-01T08:00:00.000Z',
  updatedAt: '2026-01-01T08:00:00.000Z',
};
const support: Queue = {
  id: '0190a000-0000-7000-8000-0000000008a1',
  name: 'Support',
  description: '',
  teamId: null,
  isDefault: true,
  calendarId: office.id,
  createdAt: '2026-01-01T08:00:00.000Z',
};
// Friday 27 November 2026, 15:00 in Warsaw + 4 open hours → Monday 30 November, 11:00.
const preview: CalendarPreview = {
  dueAt: '2026-11-30T10:00:00.000Z',
  businessMinutes: null,
  calendarMinutes: null,
  days: [
    { date: '2026-12-24', open: [], holiday: 'Wigilia' },
    { date: '2026-12-31', open: [], holiday: null },
    {
      date: '2027-01-04',
      open: [{ from: '2027-01-04T07:00:00.000Z', to: '2027-01-04T15:00:00.000Z' }],
      holiday: null,
    },
  ],
};

/** The text of the errors an input points to through aria-describedby. */
const errorOf = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

describe('business calendars admin screen', { timeout: 120_000 }, () => {
  it('lists calendars, checks and saves open hours, places a taken name, and previews due times', async () => {
    const { calls } = mockApi({
      'GET /me': { status: 200, body: buildMe({ role: 'admin' }) },
      'GET /calendars': { status: 200, body: { items: [office] } },
      'GET /queues': { status: 200, body: { items: [support] } },
      [`PATCH /calendars/${office.id}`]: [apiError(409, 'conflict'), { status: 200, body: office }],
      [`POST /calendars/${office.id}/preview`]: { status: 200, body: preview },
    });
    const { user } = renderApp('/admin/calendars');
    const table = await screen.findByRole('table', { name: 'Business calendars' }, { timeout: 30_000 });
    const row = within(table).getByRole('button', { name: 'Edit calendar Office Warsaw' }).closest('tr')!;
    expect(row.textContent).toContain('Mon–Fri 08:00–16:00');
    expect(row.textContent).toContain('Europe/Warsaw');
    expect(row.textContent).toContain('Poland');
    expect(row.textContent).toContain('Support');

    await user.click(within(row).getByRole('button', { name: 'Edit calendar Office Warsaw' }));
    const drawer = await screen.findByRole('dialog', { name: 'Office Warsaw' });
    const mondayEnd = within(drawer).getByRole('textbox', { name: 'Monday closes at' });
    fireEvent.change(mondayEnd, { target: { value: '25:00' } });
    await user.click(within(drawer).getByRole('button', { name: 'Add open hours on Saturday' }));
    await user.click(within(drawer).getByRole('button', { name: 'Save changes' }));
    expect(
      within(drawer).getByRole('textbox', { name: 'Monday closes at' }).getAttribute('aria-invalid'),
    ).toBe('true');
    expect(within(drawer).getByText('This value is not accepted.')).toBeTruthy();
    expect(calls.some((c) => c.method === 'PATCH')).toBe(false);

    fireEvent.change(within(drawer).getByRole('textbox', { name: 'Monday closes at' }), {
      target: { value: '18:00' },
    });
    await user.click(within(drawer).getByRole('button', { name: 'Save changes' }));
    const name = within(drawer).getByRole('textbox', { name: /^Name/ });
    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'));
    expect(errorOf(name)).toContain('Another calendar already has this name.');
    const patch = calls.find((c) => c.method === 'PATCH')!.body as Record<string, unknown>;
    expect(patch.weekly).toEqual([
      { day: 1, start: '08:00', end: '18:00' },
      ...[2, 3, 4, 5].map((day) => ({ day, start: '08:00', end: '16:00' })),
      { day: 6, start: '08:00', end: '16:00' },
    ]);
    expect(patch.closures).toEqual([{ date: '2026-12-31' }]);

    await user.click(within(drawer).getByRole('tab', { name: 'Preview' }));
    const days = await within(drawer).findByRole('table', { name: 'The next 30 days' });
    expect(within(days).getByText('Wigilia')).toBeTruthy();
    expect(within(days).getByText('Closure')).toBeTruthy();
    expect(within(days).getByText('08:00–16:00')).toBeTruthy();
    expect((await within(drawer).findByText(/is due Monday/)).textContent).toMatch(
      /with a 4 h target is due Monday, November 30 at 11:00\./,
    );
    const asked = calls.filter((c) => c.path.endsWith('/preview')).map((c) => c.body as { minutes: number });
    expect(asked.some((b) => b.minutes === 240)).toBe(true);
  });
});
