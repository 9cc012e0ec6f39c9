import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ComplaintReport } from '@kontakt/contracts';
import { mockApi } from '../../test/api-mock.ts';
import { buildMe, QUEUE_ID, workspaceRoutes } from '../../test/factories.ts';
import { renderApp } from '../../test/render-app.tsx';
import { readFilters, reportParams, writeFilters } from './dashboard-filters.ts';
import { buildKpis, buildTicketRow, FILTERS } from './test-reports.ts';

const lead = () => ({
  ...workspaceRoutes(),
  'GET /me': { status: 200, body: buildMe({ role: 'lead' }) },
  'GET /teams': { status: 200, body: { items: [] } },
});

const overview = (empty = false) => ({
  status: 200,
  body: { filters: FILTERS, freshAt: '2026-10-30T10:00:00.000Z', kpis: buildKpis(empty) },
});

const card = (name: string) => screen.getByRole('region', { name });
const rowText = (region: HTMLElement, label: string) =>
  within(region)
    .getAllByRole('row')
    .find((r) => r.textContent?.startsWith(label))?.textContent;

describe('dashboard filters', () => {
  it('round-trip through the address and become report parameters', () => {
    const params = new URLSearchParams(
      'period=custom&from=2026-01-01&to=2026-01-31&queue=q1&channel=chat&time=business',
    );
    const f = readFilters(params);
    expect(f).toMatchObject({
      period: 'custom',
      from: '2026-01-01',
      to: '2026-01-31',
      queueId: 'q1',
      channel: 'chat',
      business: true,
    });
    expect(writeFilters(f).toString()).toBe(params.toString());
    expect(reportParams(f, new Date(2026, 5, 1))).toEqual({
      from: '2026-01-01',
      to: '2026-01-31',
      granularity: 'day',
      queueId: 'q1',
      channel: 'chat',
    });
    // Presets count back from today; a broken custom range falls back to the default.
    expect(
      reportParams(readFilters(new URLSearchParams('period=last7')), new Date(2026, 2, 3)),
    ).toMatchObject({
      from: '2026-02-25',
      to: '2026-03-03',
    });
    expect(readFilters(new URLSearchParams('period=custom&from=bad')).period).toBe('last30');
    expect(
      reportParams(readFilters(new URLSearchParams('period=lastMonth')), new Date(2026, 2, 15)),
    ).toMatchObject({
      from: '2026-02-01',
      to: '2026-02-28',
    });
  });
});

describe('overview dashboard', { timeout: 60_000 }, () => {
  it('sends the filters from the address, keeps changes in it, and drills down to the tickets', async () => {
    const { calls } = mockApi({
      ...lead(),
      'GET /reports/overview': overview(),
      'GET /reports/agents': {
        status: 200,
        body: {
          filters: FILTERS,
          items: [
            {
              agentId: buildMe().agent.id,
              name: 'Eva Nováková',
              solved: 12,
              firstResponseMedianSeconds: 90,
              resolutionMedianSeconds: null,
              slaCompliance: 0.75,
              reopenRate: null,
              ahtSeconds: null,
              csat: 1,
              occupancy: null,
            },
          ],
        },
      },
      'GET /reports/drill': (call) => ({
        status: 200,
        body: {
          items: call.query.bucket === 'channel:email' ? [buildTicketRow(7), buildTicketRow(8)] : [],
          nextCursor: null,
        },
      }),
    });
    const { user, location } = renderApp(
      '/dashboards?period=custom&from=2026-10-01&to=2026-10-30&channel=email',
    );
    expect(await screen.findByRole('heading', { name: 'Dashboard', level: 1 })).toBeTruthy();
    await screen.findByRole('region', { name: 'By channel' });
    expect(calls.find((c) => c.path === '/reports/overview')!.query).toEqual({
      from: '2026-10-01',
      to: '2026-10-30',
      granularity: 'day',
      channel: 'email',
    });
    expect(rowText(card('SLA compliance'), 'First response')).toContain('90% (18 of 20)');
    const agents = await screen.findByRole('table', { name: 'Agents compared' });
    expect(within(agents).getAllByRole('row')[1]!.textContent).toBe(
      'Eva Nováková121 min 30 sn/a75%n/an/a100%n/a',
    );

    await user.click(screen.getByRole('textbox', { name: 'Queue' }));
    await user.click(screen.getByRole('option', { name: 'Support' }));
    await waitFor(() => expect(location()).toContain(`queue=${QUEUE_ID}`));
    expect(location()).toContain('channel=email');
    await waitFor(() =>
      expect(calls.filter((c) => c.path === '/reports/overview').at(-1)!.query.queueId).toBe(QUEUE_ID),
    );

    // Business hours halve the fixture's times; the toggle is kept in the address too.
    expect(rowText(card('Response and resolution times'), 'First response')).toContain('mean 1 h 00 min');
    await user.click(screen.getByText('Business hours'));
    await waitFor(() => expect(location()).toContain('time=business'));
    expect(rowText(card('Response and resolution times'), 'First response')).toContain('mean 30 min 00 s');

    await user.click(screen.getByRole('button', { name: 'Show the tickets behind By channel: E-mail' }));
    const drawer = await screen.findByRole('dialog', { name: 'Tickets: By channel: E-mail' });
    const table = await within(drawer).findByRole('table');
    const drill = calls.find((c) => c.path === '/reports/drill')!;
    expect(drill.query).toMatchObject({
      metric: 'created',
      bucket: 'channel:email',
      channel: 'email',
      queueId: QUEUE_ID,
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining('#7Order 7 is late'),
      expect.stringContaining('#8Order 8 is late'),
    ]);
    await user.click(rows[1]!);
    await waitFor(() => expect(location()).toBe(`/tickets/${buildTicketRow(8).ticketId}`));
    expect(JSON.parse(localStorage.getItem('kontakt.tabs') ?? '[]')).toContainEqual(
      expect.objectContaining({ id: buildTicketRow(8).ticketId, number: 8 }),
    );
  });

  it('shows n/a for empty sets, never 0 %', async () => {
    mockApi({ ...lead(), 'GET /reports/overview': overview(true) });
    renderApp('/dashboards');
    await screen.findByRole('region', { name: 'SLA compliance' });
    expect(rowText(card('SLA compliance'), 'All targets')).toBe('All targetsn/aTickets');
    expect(rowText(card('Response and resolution times'), 'First response')).toContain('n/a');
    expect(rowText(card('Chat service level and abandonment'), 'Service level')).toContain('n/a');
    expect(rowText(card('Satisfaction (CSAT, NPS, CES)'), 'CSAT')).toContain('n/a');
    expect(within(card('By channel')).getByText('n/a')).toBeTruthy();
    expect(screen.queryByText(/\b0%/)).toBeNull();
  });

  it('exports the rows behind the numbers with progress, then offers the file', async () => {
    const job = {
      id: '0190a000-0000-7000-8000-00000000f001',
      format: 'xlsx',
      error: null,
      createdAt: '2026-10-30T10:00:00.000Z',
    };
    const { calls } = mockApi({
      ...lead(),
      'GET /reports/overview': overview(),
      'POST /reports/exports': {
        status: 202,
        body: { ...job, status: 'queued', rowsDone: 0, rowsTotal: null, downloadUrl: null, finishedAt: null },
      },
      [`GET /reports/exports/${job.id}`]: [
        {
          status: 200,
          body: {
            ...job,
            status: 'running',
            rowsDone: 40,
            rowsTotal: 100,
            downloadUrl: null,
            finishedAt: null,
          },
        },
        {
          status: 200,
          body: {
            ...job,
            status: 'done',
            rowsDone: 100,
            rowsTotal: 100,
            downloadUrl: `/api/v1/reports/exports/${job.id}/download`,
            finishedAt: '2026-10-30T10:00:05.000Z',
          },
        },
      ],
    });
    const { user } = renderApp('/dashboards?channel=chat');
    await screen.findByRole('region', { name: 'By channel' });
    await user.click(screen.getAllByRole('button', { name: 'Export XLSX' })[0]!);
    expect(await screen.findByText('40 of 100 rows')).toBeTruthy();
    const link = await screen.findByRole('link', { name: 'Download XLSX (100 rows)' }, { timeout: 5000 });
    expect(link.getAttribute('href')).toBe(`/api/v1/reports/exports/${job.id}/download`);
    const post = calls.find((c) => c.method === 'POST' && c.path === '/reports/exports')!;
    expect(post.body).toMatchObject({ format: 'xlsx', metric: 'created', filters: { channel: 'chat' } });
  });
});

describe('personal and complaints dashboards', { timeout: 60_000 }, () => {
  it('sends agents to their own numbers, without the agent filter or exports', async () => {
    const { calls } = mockApi({
      ...workspaceRoutes(),
      'GET /teams': { status: 200, body: { items: [] } },
      'GET /reports/agents/me': {
        status: 200,
        body: {
          agent: { id: buildMe().agent.id, name: 'Me' },
          filters: FILTERS,
          freshAt: null,
          kpis: buildKpis(),
        },
      },
    });
    const { location } = renderApp('/dashboards?agent=someone');
    expect(await screen.findByRole('heading', { name: 'My numbers', level: 1 })).toBeTruthy();
    expect(location()).toMatch(/^\/dashboards\/me/);
    await screen.findByRole('region', { name: 'By channel' });
    expect(screen.queryByRole('textbox', { name: 'Agent' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Export CSV' })).toBeNull();
    expect(calls.some((c) => c.path === '/reports/overview')).toBe(false);
    expect(calls.find((c) => c.path === '/reports/agents/me')!.query.agentId).toBeUndefined();
  });

  it('shows the complaint rate (or why not), answered in time and the cause Pareto', async () => {
    const figures = {
      complaints: 12,
      orders: null,
      ratePer1000Orders: null,
      rateUnavailable: 'no_orders_data' as const,
      clocksEnded: 0,
      answeredInTime: 0,
      answeredInTimeShare: null,
      deemedAccepted: 1,
      overdueConsumerOptions: 0,
    };
    const report: ComplaintReport = {
      from: '2026-10-01',
      to: '2026-10-30',
      totals: figures,
      causes: [
        { code: 'quality.seam', name: 'Seam', count: 6, share: 0.6, cumulativeShare: 0.6 },
        { code: 'transport', name: 'Transport', count: 3, share: 0.3, cumulativeShare: 0.9 },
        { code: 'other', name: 'Other', count: 1, share: 0.1, cumulativeShare: 1 },
      ],
      uncaused: 2,
      byMonth: [{ ...figures, month: '2026-10' }],
      byProduct: [{ ...figures, sku: 'KV-3000', name: 'Kettle' }],
    };
    const { calls } = mockApi({ ...lead(), 'GET /reports/complaints': { status: 200, body: report } });
    renderApp('/dashboards/complaints?period=custom&from=2026-10-01&to=2026-10-30&jurisdiction=PL');
    const rate = await screen.findByRole('region', { name: 'Complaints per 1,000 orders' });
    expect(rate.textContent).toContain('n/a');
    expect(rate.textContent).toContain('Orders are not recorded in Kontakt');
    expect(screen.getByRole('region', { name: 'Answered in time' }).textContent).toContain('n/a');
    const pareto = card('Causes (Pareto)');
    expect(rowText(pareto, 'Seam')).toContain('vital few');
    expect(rowText(pareto, 'Transport')).toContain('vital few');
    expect(rowText(pareto, 'Other')).not.toContain('vital few');
    expect(rowText(pareto, 'Transport')).toContain('3 complaints · 30% · cumulative 90%');
    expect(calls.find((c) => c.path === '/reports/complaints')!.query).toEqual({
      from: '2026-10-01',
      to: '2026-10-30',
      jurisdiction: 'PL',
    });
  });
});
