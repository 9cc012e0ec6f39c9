import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, mockApi } from '../../test/api-mock.ts';
import { buildTicket, workspaceRoutes } from '../../test/factories.ts';
import { renderApp } from '../../test/render-app.tsx';
import { buildComplaint, buildDeadline } from './test-complaint.ts';

const ticket = buildTicket(41, { type: 'complaint', language: 'cs' });
const path = `/tickets/${ticket.id}`;

function routes(created = buildComplaint(41)) {
  return {
    ...workspaceRoutes(),
    [`GET ${path}`]: { status: 200, body: ticket },
    [`GET ${path}/timeline`]: { status: 200, body: { items: [] } },
    'GET /tickets': { status: 200, body: { items: [], nextCursor: null } },
    [`GET ${path}/complaint`]: apiError(404, 'not_found'),
    'POST /complaints/deadline': { status: 200, body: buildDeadline() },
    [`POST ${path}/complaint`]: { status: 201, body: created },
  };
}

describe('complaint intake in the ticket', { timeout: 60_000 }, () => {
  it('shows the deadline before saving and refuses to save without what the law requires', async () => {
    const { calls } = mockApi(routes());
    const { user } = renderApp(path);
    const form = await screen.findByRole('form', { name: 'Record the complaint' });
    const field = (name: string) => within(form).getByRole('textbox', { name });

    // Nothing is asked before country and law are known.
    expect(within(form).getByRole('status').textContent).toContain('Choose the country');
    await user.click(field('Country'));
    await user.click(await screen.findByRole('option', { name: 'Czech Republic' }));
    // The only Czech law is chosen on its own; the receipt time is prefilled with now.
    expect((field('Law') as HTMLInputElement).value).toBe('CZ consumer complaint (30 days)');
    const preview = await within(form).findByText(/rule cz_consumer_complaint v2014-01-01/);
    expect(preview.textContent).toMatch(/^Due .*28.*2026 \(rule cz_consumer_complaint v2014-01-01\)$/);
    const status = within(form).getByRole('status');
    expect(status.textContent).toContain('is a public holiday (Štědrý den)');
    expect(status.textContent).toContain('is a Sunday');
    const asked = calls.find((c) => c.path === '/complaints/deadline')!;
    expect(asked.body).toMatchObject({ jurisdiction: 'CZ', regime: 'cz_consumer', extended: false });

    // Empty required fields: not sent, each says so.
    await user.click(within(form).getByRole('button', { name: 'Save complaint' }));
    expect(await within(form).findAllByText('Fill this in.')).not.toHaveLength(0);
    expect(calls.some((c) => c.method === 'POST' && c.path === `${path}/complaint`)).toBe(false);

    // The law's own requirement: the CZ confirmation needs a contact (shown at the e-mail).
    await user.type(field("Customer's name"), 'Jana Dvořáková');
    await user.type(field('Product'), 'Kávovar Espresso 3000');
    await user.type(
      within(form).getByRole('textbox', { name: "Defect in the customer's words" }),
      'Neteče voda.',
    );
    await user.click(field('Demand'));
    await user.click(await screen.findByRole('option', { name: 'Repair' }));
    await user.click(within(form).getByRole('button', { name: 'Save complaint' }));
    expect(
      await within(form).findByText('A Czech complaint needs a contact: e-mail, phone or address.'),
    ).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST' && c.path === `${path}/complaint`)).toBe(false);

    await user.type(field('E-mail'), 'jana@example.cz');
    await user.click(within(form).getByRole('button', { name: 'Save complaint' }));
    await waitFor(() =>
      expect(calls.some((c) => c.path === `${path}/complaint` && c.method === 'POST')).toBe(true),
    );
    const sent = calls.find((c) => c.path === `${path}/complaint` && c.method === 'POST')!.body;
    expect(sent).toMatchObject({
      jurisdiction: 'CZ',
      regime: 'cz_consumer',
      channel: 'phone',
      consumer: { name: 'Jana Dvořáková', email: 'jana@example.cz', phone: null, kind: 'consumer' },
      product: { name: 'Kávovar Espresso 3000', model: null },
      demand: { kind: 'repair', amount: null },
      language: 'cs',
    });
    // The record replaces the form: the clock and the protocol link.
    const panel = await screen.findByRole('region', { name: 'Complaint #41' });
    expect(within(panel).getByText('Running')).toBeTruthy();
    expect(within(panel).getByText('12 days left')).toBeTruthy();
    expect(
      within(panel)
        .getByRole('link', { name: /Protocol \(PDF\)/ })
        .getAttribute('href'),
    ).toBe(`/api/v1${path}/complaint/protocol.pdf`);
  });

  it('shows a rule the server refuses next to its field', async () => {
    mockApi({
      ...routes(),
      [`POST ${path}/complaint`]: apiError(400, 'delivery_before_purchase', {
        field: 'deliveryDate',
        issues: [{ code: 'delivery_before_purchase', field: 'deliveryDate', message: 'x' }],
      }),
    });
    const { user } = renderApp(path);
    const form = await screen.findByRole('form', { name: 'Record the complaint' });
    const field = (name: string) => within(form).getByRole('textbox', { name });
    await user.click(field('Country'));
    await user.click(await screen.findByRole('option', { name: 'Czech Republic' }));
    await user.type(field("Customer's name"), 'Jana Dvořáková');
    await user.type(field('E-mail'), 'jana@example.cz');
    await user.type(field('Product'), 'Kávovar');
    await user.type(within(form).getByRole('textbox', { name: "Defect in the customer's words" }), 'Neteče.');
    await user.click(field('Demand'));
    await user.click(await screen.findByRole('option', { name: 'Repair' }));
    await user.click(within(form).getByRole('button', { name: 'Save complaint' }));
    const message = await within(form).findByText('The delivery date cannot be before the purchase date.');
    const input = form.querySelector<HTMLInputElement>(`#${message.id.replace(/-error$/, '')}`);
    expect(input?.type).toBe('date');
  });

  it('decides a recorded complaint: a rejection needs reasons; then the answer is recorded', async () => {
    const recorded = buildComplaint(41, {
      state: 'deemed_accepted',
      daysLeft: -2,
      mustCarryOutDemand: true,
      jurisdiction: 'PL',
      regime: 'pl_consumer',
    });
    const decided = {
      ...recorded,
      version: 2,
      decision: {
        outcome: 'rejected' as const,
        reasons: 'Wada powstała z winy kupującego.',
        remedy: null,
        amount: null,
        carriedOutOn: null,
        answerChannel: 'email' as const,
        rootCauseCode: 'usage.misuse',
        decidedAt: '2026-11-25T10:00:00.000Z',
        decidedById: null,
      },
    };
    const { calls } = mockApi({
      ...routes(),
      [`GET ${path}/complaint`]: { status: 200, body: recorded },
      [`POST ${path}/complaint/decision`]: { status: 200, body: decided },
      [`POST ${path}/complaint/answer`]: (call) => ({
        status: 200,
        body: { ...decided, answerSentAt: (call.body as { sentAt: string }).sentAt },
      }),
    });
    const { user } = renderApp(path);
    const panel = await screen.findByRole('region', { name: 'Complaint #41' });
    expect(within(panel).getByText('Deemed accepted')).toBeTruthy();
    expect(within(panel).getByText(/must now be carried out/).textContent).toContain('(Repair)');
    const form = within(panel).getByRole('form', { name: 'Decision' });
    await user.click(within(form).getByText('Rejected'));
    await user.type(within(form).getByRole('textbox', { name: 'Root-cause code' }), 'usage.misuse');
    await user.click(within(form).getByRole('button', { name: 'Record decision' }));
    expect(await within(form).findByText('A rejection needs written reasons.')).toBeTruthy();
    expect(calls.some((c) => c.path.endsWith('/decision'))).toBe(false);

    await user.type(
      within(form).getByRole('textbox', { name: 'Reasons' }),
      'Wada powstała z winy kupującego.',
    );
    await user.click(within(form).getByRole('button', { name: 'Record decision' }));
    await within(panel).findByText('usage.misuse');
    expect(calls.find((c) => c.path.endsWith('/decision'))!.body).toEqual({
      version: 1,
      outcome: 'rejected',
      reasons: 'Wada powstała z winy kupującego.',
      remedy: null,
      amount: null,
      carriedOutOn: null,
      answerChannel: 'email',
      rootCauseCode: 'usage.misuse',
    });
    await user.click(within(panel).getByRole('button', { name: 'Answer sent now' }));
    await within(panel).findByText('Answer sent:');
    expect(calls.find((c) => c.path.endsWith('/answer'))!.body).toHaveProperty('sentAt');
  });
});
