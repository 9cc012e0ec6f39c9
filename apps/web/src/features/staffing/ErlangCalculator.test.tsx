import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ErlangResult } from '@kontakt/contracts';
import { describe, expect, it } from 'vitest';
import { AppProviders, createQueryClient } from '../../app/providers.tsx';
import { createI18n } from '../../i18n/index.ts';
import { apiError, mockApi } from '../../test/api-mock.ts';
import { ErlangCalculator, toErlangInput } from './ErlangCalculator.tsx';

const RESULT: ErlangResult = {
  model: 'erlang_c',
  load: 10,
  agents: 14,
  agentsRequired: 14,
  scheduledStaff: 20,
  serviceLevel: 0.88835,
  thresholdSeconds: 20,
  asaSeconds: 7.83,
  occupancy: 10 / 14,
  probabilityOfWaiting: 0.1741,
  probabilityOfAbandon: null,
  stable: true,
  curve: [
    { agents: 13, serviceLevel: 0.7956 },
    { agents: 14, serviceLevel: 0.88835 },
  ],
};

function renderCalculator() {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false } });
  const user = userEvent.setup();
  render(
    <AppProviders i18n={createI18n()} queryClient={queryClient} env="test">
      <ErlangCalculator />
    </AppProviders>,
  );
  return { user };
}

const results = () => screen.findByLabelText('Results', { selector: 'dl' });

describe('Erlang calculator', { timeout: 60_000 }, () => {
  it('asks the server for the agents a target needs and shows the answer', async () => {
    const { calls } = mockApi({ 'POST /staffing/erlang': { status: 200, body: RESULT } });
    renderCalculator();
    const list = await results();
    await waitFor(() => expect(within(list).getAllByText('14').length).toBeGreaterThan(0));
    expect(list.textContent).toContain('Staff to schedule (with shrinkage)20');
    expect(list.textContent).toContain('Service level (20 s)88.8 %');
    expect(list.textContent).toContain('Average speed of answer7.8 s');
    expect(list.textContent).not.toContain('Abandonment');
    expect(calls.find((c) => c.path === '/staffing/erlang')!.body).toEqual({
      contacts: 100,
      intervalSeconds: 1800,
      ahtSeconds: 180,
      thresholdSeconds: 20,
      shrinkage: 0.3,
      serviceLevelTarget: 0.8,
    });
  });

  it('switches to a given number of agents with a patience (Erlang A), and shows abandonment', async () => {
    const { calls } = mockApi({
      'POST /staffing/erlang': (call) => ({
        status: 200,
        body: {
          ...RESULT,
          model: (call.body as { patienceSeconds?: number }).patienceSeconds ? 'erlang_a' : 'erlang_c',
          agentsRequired: null,
          probabilityOfAbandon: (call.body as { patienceSeconds?: number }).patienceSeconds ? 0.052 : null,
        },
      }),
    });
    const { user } = renderCalculator();
    await user.click(screen.getByText('Service level for agents'));
    await user.type(screen.getByRole('textbox', { name: /Mean patience/ }), '120');
    await waitFor(() => expect(screen.getByLabelText('Results').textContent).toContain('Abandonment5.2 %'));
    expect(screen.getByLabelText('Results').textContent).toContain('Erlang A (with abandonment)');
    const last = calls.at(-1)!.body as Record<string, unknown>;
    expect(last).toMatchObject({ agents: 12, patienceSeconds: 120 });
    expect(last).not.toHaveProperty('serviceLevelTarget');
  });

  it('says when the queue is unstable and shows server errors in words', async () => {
    mockApi({
      'POST /staffing/erlang': [
        { status: 200, body: { ...RESULT, stable: false, serviceLevel: 0, asaSeconds: null } },
        apiError(400, 'validation_failed', { field: 'contacts' }),
      ],
    });
    const { user } = renderCalculator();
    expect(await screen.findByText(/the queue grows without end and nobody/)).toBeTruthy();
    expect(screen.getByLabelText('Results').textContent).toContain('n/a (queue grows without end)');
    await user.type(screen.getByRole('textbox', { name: 'Contacts per interval' }), '0');
    expect(await screen.findByRole('alert')).toBeTruthy();
  });

  it.each([
    [{ contacts: '', intervalMinutes: 30, ahtSeconds: 180 }, 'target', null],
    [
      { contacts: 10, intervalMinutes: 15, ahtSeconds: 60 },
      'agents',
      { contacts: 10, intervalSeconds: 900, agents: 3 },
    ],
  ] as const)('builds the request from %j in %s mode', (partial, mode, expected) => {
    const input = toErlangInput(mode, {
      agents: 3,
      targetPercent: 80,
      thresholdSeconds: 20,
      patienceSeconds: '',
      shrinkagePercent: 0,
      ...partial,
    });
    if (expected === null) expect(input).toBeNull();
    else expect(input).toMatchObject(expected);
  });
});
