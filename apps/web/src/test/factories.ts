import type { MeResponse, Session } from '@kontakt/contracts';

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
