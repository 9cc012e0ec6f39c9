import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, mockApi } from '../../test/api-mock.ts';
import { buildTicket, workspaceRoutes } from '../../test/factories.ts';
import { renderApp } from '../../test/render-app.tsx';
import { buildComplaint, buildDeadline } from './test-complaint.ts';

const ticket = buildTicket(41, { type: 'complaint', language: 'cs' });
const path = `/tickets/${ticket.id}`;

const cause = (n: number, code: string, name: string, active = true) => ({
  id: `0190a000-0000-7000-a000-${String(n).padStart(12, '0')}`,
  parentId: null,
  code,
  name,
  active,
  position: 0,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
});
const template = (n: number, language: 'pl' | 'cs', name: string, body: string) => ({
  id: `0190a000-0000-7000-b000-${String(n).padStart(12, '0')}`,
  name,
  language,
  body,
  active: true,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
});
const causeRoutes = {
  'GET /complaint-causes': {
    status: 200,
    body: {
      items: [
        cause(1, 'usage', 'Usage'),
        cause(2, 'usage.misuse', 'Misuse'),
        cause(3, 'quality', 'Retired quality', false),
      ],
    },
  },
  'GET /complaint-rejection-templates': {
    status: 200,
    body: {
      items: [
        template(1, 'pl', 'Wina kupującego', 'Wada powstała z winy kupującego.'),
        template(2, 'cs', 'Špatné použití', 'Vada vznikla špatným použitím.'),
      ],
    },
  },
};

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

describe('complaint intake in the ticket', { timeout: 180_000 }, () => {
  it('shows the deadline before saving and refuses to save without what the law requires', async () => {
    const { calls } = mockApi(routes());
    const { user } = renderApp(path);
    const form = await screen.findByRole('form', { name: 'Record the complaint' }, { timeout: 90_000 });
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
    const panel = await screen.findByRole('region', { name: 'Complaint #41' }, { timeout: 90_000 });
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
    const form = await screen.findByRole('form', { name: 'Record the complaint' }, { timeout: 90_000 });
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
      language: 'pl',
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
      ...causeRoutes,
      [`GET ${path}/complaint`]: { status: 200, body: recorded },
      [`POST ${path}/complaint/decision`]: {
        status: 200,
        body: { ...decided, rootCauseCode: 'usage.misuse' },
      },
      [`POST ${path}/complaint/answer`]: (call) => ({
        status: 200,
        body: { ...decided, answerSentAt: (call.body as { sentAt: string }).sentAt },
      }),
    });
    const { user } = renderApp(path);
    const panel = await screen.findByRole('region', { name: 'Complaint #41' }, { timeout: 90_000 });
    expect(within(panel).getByText('Deemed accepted')).toBeTruthy();
    expect(within(panel).getByText(/must now be carried out/).textContent).toContain('(Repair)');
    const form = within(panel).getByRole('form', { name: 'Decision' });
    await user.click(within(form).getByText('Rejected'));
    await user.click(within(form).getByRole('textbox', { name: 'Root-cause code' }));
    // Only active causes of the taxonomy are offered, indented under their parent.
    expect(screen.queryByRole('option', { name: /Retired/ })).toBeNull();
    await user.click(await screen.findByRole('option', { name: '— Misuse (usage.misuse)' }));
    await user.click(within(form).getByRole('button', { name: 'Record decision' }));
    expect(await within(form).findByText('A rejection needs written reasons.')).toBeTruthy();
    expect(calls.some((c) => c.path.endsWith('/decision'))).toBe(false);

    // The reasons come from an admin template in the complaint's language (Polish here).
    await user.click(within(form).getByRole('textbox', { name: 'Rejection template' }));
    expect(screen.queryByRole('option', { name: 'Špatné použití' })).toBeNull();
    await user.click(await screen.findByRole('option', { name: 'Wina kupującego' }));
    expect((within(form).getByRole('textbox', { name: 'Reasons' }) as HTMLTextAreaElement).value).toBe(
      'Wada powstała z winy kupującego.',
    );
    await user.click(within(form).getByRole('button', { name: 'Record decision' }));
    await within(panel).findByRole('button', { name: 'Send decision letter' });
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

  it('after the decision: sends the letter, shows its delivery and the refund clock, records the refund', async () => {
    const deadline = buildDeadline({ ruleId: 'eu_refund', dueDate: '2026-12-09' });
    const decided = buildComplaint(41, {
      version: 2,
      jurisdiction: 'PL',
      regime: 'pl_consumer',
      rootCauseCode: null,
      decision: {
        outcome: 'accepted',
        reasons: '',
        remedy: 'withdrawal',
        amount: null,
        carriedOutOn: null,
        answerChannel: 'email',
        rootCauseCode: null,
        decidedAt: '2026-11-25T10:00:00.000Z',
        decidedById: null,
      },
      refund: {
        amount: { amountMinor: 19900, amount: '199.00', currency: 'PLN' },
        deadline,
        state: 'running',
        paidAt: null,
      },
    });
    const letter = {
      attachmentId: '0190a000-0000-7000-c000-000000000001',
      messageId: '0190a000-0000-7000-c000-000000000002',
      delivery: 'queued' as const,
      bouncedAt: null,
      viewedAt: null,
    };
    const { calls } = mockApi({
      ...routes(),
      ...causeRoutes,
      [`GET ${path}/complaint`]: { status: 200, body: decided },
      [`POST ${path}/complaint/letter`]: { status: 200, body: { ...decided, answerLetter: letter } },
      [`POST ${path}/complaint/refund`]: {
        status: 200,
        body: {
          ...decided,
          answerLetter: letter,
          refund: { ...decided.refund!, state: 'paid_in_time', paidAt: '2026-11-26T10:00:00.000Z' },
        },
      },
    });
    const { user } = renderApp(path);
    const panel = await screen.findByRole('region', { name: 'Complaint #41' }, { timeout: 90_000 });
    expect(within(panel).getByText('Required before the ticket can be closed.')).toBeTruthy();
    const refund = within(panel).getByLabelText('Refund');
    expect(refund.textContent).toContain('Refund 199.00 PLN due by');
    expect(within(refund).getByText('Running')).toBeTruthy();

    await user.click(within(panel).getByRole('button', { name: 'Send decision letter' }));
    expect(await within(panel).findByText('Letter queued')).toBeTruthy();
    expect(within(panel).getByRole('link', { name: 'Decision letter (PDF)' }).getAttribute('href')).toBe(
      `/api/v1${path}/complaint/letter.pdf`,
    );
    expect(within(panel).queryByRole('button', { name: 'Send decision letter' })).toBeNull();

    await user.click(within(panel).getByRole('button', { name: 'Refund paid' }));
    expect(await within(panel).findByText('Paid in time')).toBeTruthy();
    expect(calls.find((c) => c.path.endsWith('/refund'))!.body).toHaveProperty('paidAt');
  });
});
