import type { Agent, Customer, MeResponse, Session, Ticket, View } from '@kontakt/contracts';

/** A signed-in agent as `GET /me` answers, with overrides. */
export function buildMe(agent: Partial<MeResponse['agent']> = {}): MeResponse {
  return {
    agent: {
      id: '0190a000-0000-7000-8000-000000000001',
      email: 'eva@example.com',
      name: 'Eva Nováková',
      role: 'agent',
      level: 'regular',
      languages: ['cs', 'en'],
      skills: [],
      locale: 'en',
      active: true,
      totpEnabled: false,
      teamIds: [],
      createdAt: '2025-01-01T08:00:00.000Z',
      updatedAt: '2025-01-01T08:00:00.000Z',
      ...agent,
    },
    organization: { id: '0190a000-0000-7000-8000-0000000000aa', name: 'Acme s.r.o.', slug: 'acme' },
    csrfToken: 'csrf-token-1',
  };
}

export function buildSession(overrides: Partial<Session> = {}): Session {
  return {
    id: '0190a000-0000-7000-8000-0000000000f1',
    current: false,
    ip: '192.0.2.10',
    userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0',
    createdAt: '2025-01-01T08:00:00.000Z',
    lastSeenAt: '2025-01-02T08:00:00.000Z',
    expiresAt: '2025-02-01T08:00:00.000Z',
    ...overrides,
  };
}

export const ME_ID = '0190a000-0000-7000-8000-000000000001';
export const QUEUE_ID = '0190a000-0000-7000-8000-0000000000c1';
export const CUSTOMER_ID = '0190a000-0000-7000-8000-0000000000d1';

/** A ticket as the REST API presents it; `n` makes ids and numbers distinct. */
export function buildTicket(n = 1, overrides: Partial<Ticket> = {}): Ticket {
  return {
    id: `0190a000-0000-7000-8000-${String(n).padStart(12, '0')}`,
    number: n,
    subject: `Ticket subject ${n}`,
    status: 'open',
    priority: 'normal',
    type: 'question',
    channel: 'email',
    queueId: QUEUE_ID,
    teamId: null,
    assigneeId: null,
    customerId: CUSTOMER_ID,
    followerIds: [],
    tags: [],
    customFields: {},
    contactReasonId: null,
    language: null,
    mergedIntoId: null,
    version: 1,
    createdAt: '2025-01-01T08:00:00.000Z',
    updatedAt: '2025-01-01T08:00:00.000Z',
    lastActivityAt: new Date(Date.now() - n * 60_000).toISOString(),
    firstResponseAt: null,
    solvedAt: null,
    abilities: { update: true, reply: true, note: true, merge: true },
    ...overrides,
  };
}

export function buildView(id: string, count: number, overrides: Partial<View> = {}): View {
  return {
    id,
    name: id,
    builtIn: true,
    shared: true,
    filters: {},
    sort: 'last_activity_desc',
    columns: ['number', 'subject'],
    count,
    ...overrides,
  };
}

export function buildAgent(overrides: Partial<Agent> = {}): Agent {
  return { ...buildMe().agent, ...overrides };
}

export function buildCustomer(overrides: Partial<Customer> = {}): Customer {
  return {
    id: CUSTOMER_ID,
    name: 'Zofia Żółwińska',
    identities: [
      {
        id: '0190a000-0000-7000-8000-0000000000e1',
        kind: 'email',
        value: 'zofia@example.pl',
        createdAt: '2025-01-01T08:00:00.000Z',
      },
    ],
    companyId: null,
    company: null,
    language: 'pl',
    preferredChannel: null,
    flags: ['vip'],
    notes: '',
    attributes: {},
    version: 1,
    createdAt: '2025-01-01T08:00:00.000Z',
    updatedAt: '2025-01-01T08:00:00.000Z',
    ...overrides,
  };
}

/** The reference data every workspace screen reads, as mock routes. */
export function workspaceRoutes() {
  return {
    'GET /me': { status: 200, body: buildMe() },
    'GET /agents': {
      status: 200,
      body: {
        items: [
          buildAgent(),
          buildAgent({
            id: '0190a000-0000-7000-8000-000000000002',
            name: 'Anna Kowalska',
            email: 'anna@example.com',
          }),
        ],
      },
    },
    'GET /queues': {
      status: 200,
      body: {
        items: [
          {
            id: QUEUE_ID,
            name: 'Support',
            description: '',
            teamId: null,
            isDefault: true,
            createdAt: '2025-01-01T08:00:00.000Z',
          },
        ],
      },
    },
    'GET /ticket-fields': { status: 200, body: { items: [] } },
    'GET /contact-reasons': { status: 200, body: { items: [] } },
    'GET /notifications': { status: 200, body: { items: [] } },
    [`GET /customers/${CUSTOMER_ID}`]: { status: 200, body: buildCustomer() },
  };
}
