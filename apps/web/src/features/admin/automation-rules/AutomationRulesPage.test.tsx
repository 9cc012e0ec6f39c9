import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { AutomationDryRunResult, AutomationRule } from '@kontakt/contracts';
import { describe, expect, it } from 'vitest';
import { apiError, mockApi } from '../../../test/api-mock.ts';
import { buildMe, buildTicket } from '../../../test/factories.ts';
import { renderApp } from '../../../test/render-app.tsx';

const rule: AutomationRule = {
  id: '0190a000-0000-7000-8000-000000000e01',
  name: 'Urgent VIP',
  description: 'VIP customers first',
  active: true,
  event: 'ticket.created',
  conditions: {
    all: [{ field: 'customer.flags', operator: 'any_of', value: ['vip'] }],
    any: [],
  },
  timeTrigger: null,
  actions: [{ type: 'set_priority', priority: 'urgent' }],
  position: 0,
  version: 3,
  lastRunAt: '2026-11-20T09:30:00.000Z',
  createdAt: '2026-01-01T08:00:00.000Z',
  updatedAt: '2026-01-01T08:00:00.000Z',
};
const ticket = buildTicket(7, { subject: 'Reklamacja butów' });
const dryRun: AutomationDryRunResult = {
  ruleId: rule.id,
  ticketId: ticket.id,
  matched: true,
  conditions: [
    { group: 'all', index: 0, condition: rule.conditions.all[0]!, matched: true, actual: ['vip'] },
  ],
  timeTrigger: null,
  changes: [{ field: 'priority', from: 'normal', to: 'urgent' }],
  effects: [],
  errors: [],
};

describe('automation rules admin screen', { timeout: 120_000 }, () => {
  it('lists rules with their last run, switches one off, tries it on a ticket, and creates a rule', async () => {
    const { calls } = mockApi({
      'GET /me': { status: 200, body: buildMe({ role: 'admin' }) },
      'GET /automation-rules': { status: 200, body: { items: [rule] } },
      [`PATCH /automation-rules/${rule.id}`]: { status: 200, body: { ...rule, active: false, version: 4 } },
      'GET /search': {
        status: 200,
        body: { tickets: [{ ticket, matchedIn: 'ticket', messageId: null, snippet: '' }] },
      },
      [`POST /automation-rules/${rule.id}/dry-run`]: { status: 200, body: dryRun },
      'POST /automation-rules': [
        apiError(400, 'validation_failed', {
          issues: [{ path: ['body', 'name'], code: 'custom', message: 'taken' }],
        }),
        { status: 201, body: { ...rule, id: '0190a000-0000-7000-8000-000000000e02', name: 'Tag returns' } },
      ],
    });
    const { user } = renderApp('/admin/automation-rules');
    const table = await screen.findByRole('table', { name: 'Automation rules' }, { timeout: 30_000 });
    const row = within(table).getByRole('button', { name: 'Edit rule Urgent VIP' }).closest('tr')!;
    expect(row.textContent).toContain('Ticket created');
    expect(within(row).getByRole('button', { name: 'Runs of Urgent VIP' }).textContent).toMatch(/2026/);

    await user.click(within(row).getByRole('switch', { name: 'Urgent VIP active' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PATCH')).toBe(true));
    expect(calls.find((c) => c.method === 'PATCH')!.body).toEqual({ version: 3, active: false });

    await user.click(within(row).getByRole('button', { name: 'Edit rule Urgent VIP' }));
    const drawer = await screen.findByRole('dialog', { name: 'Urgent VIP' });
    await user.click(within(drawer).getByRole('tab', { name: 'Try on a ticket' }));
    await user.type(within(drawer).getByRole('textbox', { name: /^Ticket/ }), '7');
    await user.click(await screen.findByRole('option', { name: /#7 Reklamacja butów/ }));
    expect(await within(drawer).findByText('Conditions hold')).toBeTruthy();
    expect(drawer.textContent).toContain('All: Customer flags is any of VIP');
    expect(drawer.textContent).toContain('Priority: Normal → Urgent');
    expect(calls.find((c) => c.path.endsWith('/dry-run'))!.body).toEqual({ ticketId: ticket.id });
    await user.click(within(drawer).getByRole('button', { name: 'Close' }));

    await user.click(screen.getByRole('button', { name: 'New rule' }));
    const form = await screen.findByRole('dialog', { name: 'New rule' });
    fireEvent.change(within(form).getByRole('textbox', { name: /^Name/ }), {
      target: { value: 'Tag returns' },
    });
    await user.click(within(form).getByRole('button', { name: 'Create rule' }));
    expect(await within(form).findByText('Choose at least 1 item.')).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST' && c.path === '/automation-rules')).toBe(false);

    await user.type(within(form).getByRole('textbox', { name: 'Action 1: Tags' }), 'returns{Enter}');
    await user.click(within(form).getByRole('button', { name: 'Create rule' }));
    const name = within(form).getByRole('textbox', { name: /^Name/ });
    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'));
    await user.click(within(form).getByRole('button', { name: 'Create rule' }));
    expect(await screen.findByText('The rule has been created.')).toBeTruthy();
    expect(calls.filter((c) => c.method === 'POST' && c.path === '/automation-rules').at(-1)!.body).toEqual({
      name: 'Tag returns',
      description: '',
      active: true,
      event: 'ticket.created',
      conditions: { all: [], any: [] },
      timeTrigger: null,
      actions: [{ type: 'add_tags', tags: ['returns'] }],
    });
  });

  it('words the dry run in the reader’s language from codes and params, never the server’s English', async () => {
    const worded: AutomationDryRunResult = {
      ...dryRun,
      effects: [
        {
          type: 'notify',
          params: { recipients: ['team_lead'], agentIds: [], text: 'Pilne' },
          summary: 'SERVER SUMMARY',
        },
      ],
      errors: [
        {
          action: 1,
          code: 'invalid_status_transition',
          params: { from: 'closed', to: 'open' },
          message: 'SERVER MESSAGE',
        },
      ],
    };
    mockApi({
      'GET /me': { status: 200, body: buildMe({ role: 'admin', locale: 'pl' }) },
      'GET /automation-rules': { status: 200, body: { items: [rule] } },
      'GET /search': {
        status: 200,
        body: { tickets: [{ ticket, matchedIn: 'ticket', messageId: null, snippet: '' }] },
      },
      [`POST /automation-rules/${rule.id}/dry-run`]: { status: 200, body: worded },
    });
    const { user } = renderApp('/admin/automation-rules');
    const table = await screen.findByRole('table', {}, { timeout: 30_000 });
    await user.click(within(table).getByRole('button', { name: 'Edytuj regułę Urgent VIP' }));
    const drawer = await screen.findByRole('dialog', { name: 'Urgent VIP' });
    await user.click(within(drawer).getByRole('tab', { name: 'Test na zgłoszeniu' }));
    await user.type(within(drawer).getByRole('textbox', { name: /^Zgłoszenie/ }), '7');
    await user.click(await screen.findByRole('option', { name: /#7 Reklamacja butów/ }));
    await within(drawer).findByText('Powiadomić: Lider zespołu: „Pilne”');
    expect(drawer.textContent).toContain('Akcja 2 nie może zostać wykonana: zgłoszenie w statusie');
    expect(drawer.textContent).not.toContain('SERVER');
  });

  it('offers customer attributes as condition fields, with their options and yes/no values', async () => {
    const { calls } = mockApi({
      'GET /me': { status: 200, body: buildMe({ role: 'admin' }) },
      'GET /automation-rules': { status: 200, body: { items: [] } },
      'GET /customer-attributes': {
        status: 200,
        body: {
          items: [
            {
              id: '0190a000-0000-7000-8000-00000000a001',
              key: 'tier',
              label: 'Tier',
              type: 'select',
              options: ['gold', 'silver'],
              createdAt: '2026-01-01T08:00:00.000Z',
              updatedAt: '2026-01-01T08:00:00.000Z',
            },
            {
              id: '0190a000-0000-7000-8000-00000000a002',
              key: 'b2b',
              label: 'Business',
              type: 'boolean',
              options: [],
              createdAt: '2026-01-01T08:00:00.000Z',
              updatedAt: '2026-01-01T08:00:00.000Z',
            },
          ],
        },
      },
      'POST /automation-rules': { status: 201, body: rule },
    });
    const { user } = renderApp('/admin/automation-rules');
    await user.click(await screen.findByRole('button', { name: 'New rule' }, { timeout: 30_000 }));
    const form = await screen.findByRole('dialog', { name: 'New rule' });
    fireEvent.change(within(form).getByRole('textbox', { name: /^Name/ }), { target: { value: 'Gold B2B' } });
    for (const [n, field, value] of [
      [1, 'Customer attribute: Tier', 'gold'],
      [2, 'Customer attribute: Business', 'Yes'],
      [3, 'Customer flags', null],
    ] as const) {
      await user.click(within(form).getByRole('button', { name: 'Add a condition' }));
      await user.click(
        within(form).getByRole('textbox', { name: `All of these conditions, condition ${n}: field` }),
      );
      await user.click(await screen.findByRole('option', { name: field }));
      if (value) {
        await user.click(
          within(form).getByRole('textbox', { name: `All of these conditions, condition ${n}: value` }),
        );
        await user.click(await screen.findByRole('option', { name: value }));
      }
    }
    await user.type(
      within(form).getByRole('textbox', { name: 'All of these conditions, condition 3: value' }),
      'VIP',
    );
    await user.click(await screen.findByRole('option', { name: 'VIP' }));
    await user.type(within(form).getByRole('textbox', { name: 'Action 1: Tags' }), 'gold{Enter}');
    await user.click(within(form).getByRole('button', { name: 'Create rule' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect((calls.find((c) => c.method === 'POST')!.body as { conditions: unknown }).conditions).toEqual({
      all: [
        { field: 'customer.attribute.tier', operator: 'is', value: 'gold' },
        { field: 'customer.attribute.b2b', operator: 'is', value: true },
        { field: 'customer.flags', operator: 'any_of', value: ['vip'] },
      ],
      any: [],
    });
  });
});
