import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Ticket } from '@kontakt/contracts';
import { apiError, mockApi, type Call, type MockReply } from '../../test/api-mock.ts';
import { buildCustomer, buildTicket, CUSTOMER_ID, workspaceRoutes } from '../../test/factories.ts';
import { renderApp } from '../../test/render-app.tsx';

const path = `/customers/${CUSTOMER_ID}`;
const DUPLICATE_ID = '0190a000-0000-7000-8000-0000000000d2';
const COMPANY_ID = '0190a000-0000-7000-8000-0000000000b1';

const customer = buildCustomer({
  identities: [
    {
      id: '0190a000-0000-7000-8000-0000000000e1',
      kind: 'email',
      value: 'zofia@example.pl',
      createdAt: '2025-01-01T08:00:00.000Z',
    },
    {
      id: '0190a000-0000-7000-8000-0000000000e2',
      kind: 'phone',
      value: '+48601234567',
      createdAt: '2025-01-01T08:00:00.000Z',
    },
  ],
  flags: ['vip', 'legal_hold'],
  companyId: COMPANY_ID,
  company: { id: COMPANY_ID, name: 'Sklep Żabka sp. z o.o.' },
  language: null,
});

// The newest activity of all is a solved ticket: it must still come after the open ones.
const openTickets = [
  buildTicket(11, { status: 'open', subject: 'Gdzie jest paczka?' }),
  buildTicket(12, { status: 'pending_customer', subject: 'Faktura', channel: 'chat' }),
];
const doneTickets = [
  buildTicket(9, { status: 'solved', subject: 'Zwrot butów', lastActivityAt: new Date().toISOString() }),
];

/** `GET /tickets` answering by the status filter the page asks with. */
function ticketsByStatus(call: Call): MockReply {
  const filters = JSON.parse(call.query.filters ?? '{}') as { customerId?: string; status?: string[] };
  const items: Ticket[] =
    filters.customerId !== CUSTOMER_ID ? [] : filters.status?.includes('solved') ? doneTickets : openTickets;
  return { status: 200, body: { items, nextCursor: null } };
}

function routes(extra: Record<string, unknown> = {}) {
  return {
    ...workspaceRoutes(),
    [`GET ${path}`]: { status: 200, body: customer },
    [`GET /companies/${COMPANY_ID}`]: {
      status: 200,
      body: {
        id: COMPANY_ID,
        name: 'Sklep Żabka sp. z o.o.',
        nip: '5260250274',
        ico: null,
        vatId: null,
        createdAt: customer.createdAt,
        updatedAt: customer.updatedAt,
      },
    },
    'GET /customer-attributes': { status: 200, body: { items: [] } },
    [`GET ${path}/events`]: { status: 200, body: { items: [], nextCursor: null } },
    'GET /tickets': ticketsByStatus,
    ...extra,
  } as Parameters<typeof mockApi>[0];
}

describe('customer page', { timeout: 30_000 }, () => {
  it('shows identities, company, flags, and every ticket with the open ones first', async () => {
    mockApi(routes());
    renderApp(path);
    expect(await screen.findByRole('heading', { level: 1, name: 'Zofia Żółwińska' })).toBeTruthy();
    const flags = screen.getAllByRole('list', { name: 'Flags' })[0]!;
    expect(flags.textContent).toBe('VIPLegal hold');
    const identities = screen.getByRole('list', { name: 'Contact details' });
    expect(identities.textContent).toContain('+48 601 234 567');
    expect(await screen.findByText('5260250274')).toBeTruthy();

    const tickets = screen.getByRole('region', { name: 'Tickets' });
    await within(tickets).findByText('Zwrot butów');
    const links = within(tickets)
      .getAllByRole('link')
      .map((a) => a.textContent);
    expect(links).toEqual(['#11 Gdzie jest paczka?', '#12 Faktura', '#9 Zwrot butów']);
    expect(within(tickets).getByRole('region', { name: 'Open' }).textContent).toContain('Chat');
    expect(within(tickets).getByRole('region', { name: 'Solved and closed' }).textContent).toContain(
      'Solved',
    );
    expect(screen.getByRole('heading', { name: 'Orders and complaints' })).toBeTruthy();
  });

  it('merges a duplicate after a confirmation that says what moves', async () => {
    const duplicate = buildCustomer({
      id: DUPLICATE_ID,
      name: 'Zosia Żółwińska',
      identities: [
        {
          id: '0190a000-0000-7000-8000-0000000000e9',
          kind: 'email',
          value: 'zosia@example.pl',
          createdAt: customer.createdAt,
        },
      ],
      flags: ['vulnerable'],
      language: 'pl',
      notes: 'Prefers calls',
    });
    const merged = { ...customer, flags: ['vip', 'legal_hold', 'vulnerable'], version: 2 };
    const { calls } = mockApi(
      routes({
        'GET /customers': { status: 200, body: { items: [customer, duplicate], nextCursor: null } },
        [`GET /customers/${DUPLICATE_ID}`]: { status: 200, body: duplicate },
        [`POST ${path}/merge`]: { status: 200, body: merged },
      }),
    );
    const { user } = renderApp(path);
    const card = await screen.findByRole('region', { name: 'Merge a duplicate' });
    await user.type(within(card).getByRole('textbox', { name: 'Duplicate customer' }), 'zosia');
    // The customer itself is never offered as its own duplicate.
    const option = await screen.findByRole('option', { name: /Zosia Żółwińska/ });
    expect(screen.queryByRole('option', { name: /Zofia Żółwińska/ })).toBeNull();
    await user.click(option);

    const confirm = await within(card).findByRole('group', { name: 'Confirm the merge' });
    expect(confirm.textContent).toContain('Merge Zosia Żółwińska into Zofia Żółwińska?');
    expect(confirm.textContent).toContain('1 contact detail moves here: zosia@example.pl');
    await waitFor(() => expect(confirm.textContent).toContain('0 tickets move here'));
    expect(confirm.textContent).toContain(
      'Taken over from the duplicate, as this customer has none: Language',
    );
    expect(confirm.textContent).toContain('Flags added: Vulnerable');
    expect(calls.some((c) => c.path.endsWith('/merge'))).toBe(false);

    await user.click(within(confirm).getByRole('button', { name: 'Merge' }));
    expect(await within(card).findByText('Zosia Żółwińska was merged into this customer.')).toBeTruthy();
    expect(calls.find((c) => c.path === `${path}/merge`)!.body).toEqual({ sourceId: DUPLICATE_ID });
    expect(screen.getAllByRole('list', { name: 'Flags' })[0]!.textContent).toContain('Vulnerable');
  });

  it('keeps a colleague’s change on 409 and shows their values until reload', async () => {
    const current = { ...customer, language: 'cs', version: 3 };
    const { calls } = mockApi(routes({ [`PATCH ${path}`]: apiError(409, 'conflict', { current }) }));
    const { user } = renderApp(path);
    const profile = await screen.findByRole('region', { name: 'Profile' });
    const input = within(profile).getByRole('textbox', { name: 'Language' });
    await user.click(input);
    const listbox = await screen.findByRole('listbox', { name: 'Language' });
    await user.click(within(listbox).getByRole('option', { name: 'English' }));
    const alert = await within(profile).findByRole('alert');
    expect(alert.textContent).toContain('Language: Čeština (you chose English)');
    expect(calls.find((c) => c.method === 'PATCH')!.body).toEqual({ language: 'en', version: 1 });
    const language = within(profile).getByRole('textbox', { name: 'Language' }) as HTMLInputElement;
    expect(language.value).toBe('');
    expect(language.disabled).toBe(true);
    await user.click(within(alert).getByRole('button', { name: 'Reload' }));
    await waitFor(() => expect(language.value).toBe('Čeština'));
  });

  it('follows a merged customer to the one it went into', async () => {
    const OLD_ID = '0190a000-0000-7000-8000-0000000000d3';
    mockApi(
      routes({ [`GET /customers/${OLD_ID}`]: { status: 200, body: { ...customer, mergedFrom: OLD_ID } } }),
    );
    const { location } = renderApp(`/customers/${OLD_ID}`);
    await waitFor(() => expect(location()).toBe(path));
    expect(await screen.findByRole('heading', { level: 1, name: 'Zofia Żółwińska' })).toBeTruthy();
  });

  it('links the ticket’s customer panel to this page and lists their other tickets, open first', async () => {
    const current = openTickets[0]!;
    mockApi(
      routes({
        [`GET /tickets/${current.id}`]: { status: 200, body: current },
        [`GET /tickets/${current.id}/timeline`]: { status: 200, body: { items: [] } },
        [`GET /tickets/${current.id}/links`]: { status: 200, body: { items: [] } },
      }),
    );
    const { user, location } = renderApp(`/tickets/${current.id}`);
    const panel = await screen.findByRole('region', { name: 'Customer' });
    await within(panel).findByText('#9');
    const links = within(panel)
      .getAllByRole('link')
      .map((a) => a.textContent);
    expect(links).toEqual([
      'Zofia Żółwińska',
      '#12 Faktura',
      '#9 Zwrot butów',
      'Everything about this customer',
    ]);
    await user.click(within(panel).getByRole('link', { name: 'Zofia Żółwińska' }));
    await waitFor(() => expect(location()).toBe(path));
  });
});
