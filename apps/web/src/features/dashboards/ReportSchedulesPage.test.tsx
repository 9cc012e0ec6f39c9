import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ReportSchedule } from '@kontakt/contracts';
import { mockApi } from '../../test/api-mock.ts';
import { buildMe, workspaceRoutes } from '../../test/factories.ts';
import { renderApp } from '../../test/render-app.tsx';

const weekly: ReportSchedule = {
  id: '0190a000-0000-7000-8000-00000000a001',
  name: 'Weekly for the board',
  frequency: 'weekly',
  format: 'pdf',
  recipients: ['boss@example.com'],
  filters: {},
  locale: 'en',
  active: true,
  nextRunAt: '2026-11-02T06:00:00.000Z',
  lastSentAt: null,
  createdAt: '2026-10-01T08:00:00.000Z',
  updatedAt: '2026-10-01T08:00:00.000Z',
};

describe('scheduled reports', { timeout: 60_000 }, () => {
  it('lists, creates (checking the recipients), sends now and deletes', async () => {
    const { calls } = mockApi({
      ...workspaceRoutes(),
      'GET /me': { status: 200, body: buildMe({ role: 'admin' }) },
      'GET /report-schedules': { status: 200, body: { items: [weekly] } },
      'POST /report-schedules': (call) => ({
        status: 201,
        body: { ...weekly, ...(call.body as object), id: 'x' },
      }),
      [`POST /report-schedules/${weekly.id}/send`]: { status: 202, body: { outboxIds: ['o1'] } },
      [`DELETE /report-schedules/${weekly.id}`]: { status: 204, body: undefined },
    });
    const { user } = renderApp('/dashboards/schedules');
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('row')[1]!.textContent).toContain('Weekly for the board');
    expect(within(table).getAllByRole('row')[1]!.textContent).toContain('Never');

    await user.click(screen.getByRole('button', { name: 'New scheduled report' }));
    const dialog = await screen.findByRole('dialog', { name: 'New scheduled report' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'Monthly XLSX');
    await user.click(within(dialog).getByRole('textbox', { name: /^Frequency/ }));
    await user.click(screen.getByRole('option', { name: 'Monthly' }));
    await user.click(within(dialog).getByRole('textbox', { name: /^Format/ }));
    await user.click(screen.getByRole('option', { name: 'XLSX' }));
    const recipients = within(dialog).getByRole('textbox', { name: /^Recipients/ });
    await user.type(recipients, 'not-an-address{Enter}');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('"not-an-address" is not an e-mail address')).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST' && c.path === '/report-schedules')).toBe(false);

    await user.type(recipients, '{Backspace}lead@example.com{Enter}');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(calls.some((c) => c.method === 'POST' && c.path === '/report-schedules')).toBe(true),
    );
    expect(calls.find((c) => c.method === 'POST' && c.path === '/report-schedules')!.body).toEqual({
      name: 'Monthly XLSX',
      frequency: 'monthly',
      format: 'xlsx',
      recipients: ['lead@example.com'],
      locale: 'en',
      active: true,
      filters: {},
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    await user.click(screen.getByRole('button', { name: 'Send now' }));
    expect(await screen.findByText('The report is on its way to the recipients.')).toBeTruthy();

    vi.spyOn(window, 'confirm').mockReturnValue(true);
    await user.click(screen.getByRole('button', { name: 'Delete Weekly for the board' }));
    await waitFor(() =>
      expect(calls.some((c) => c.method === 'DELETE' && c.path === `/report-schedules/${weekly.id}`)).toBe(
        true,
      ),
    );
  });
});
