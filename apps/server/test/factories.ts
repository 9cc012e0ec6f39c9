import { randomBytes } from 'node:crypto';
import type { IdentityKind, Role, Level } from '@kontakt/contracts';
import { hashPassword, newId } from '../src/platform/crypto.ts';
import { agents, teams, teamMembers } from '../src/modules/agents/index.ts';
import { customerIdentities, customers } from '../src/modules/customers/index.ts';
import { organizations } from '../src/modules/organizations/index.ts';
import { nextTicketNumber, queues, tickets } from '../src/modules/tickets/index.ts';
import type { TestKontakt } from './harness.ts';

const uniq = () => randomBytes(4).toString('hex');
export const PASSWORD = 'correct horse battery';

let cachedHash: Promise<string> | undefined;
const passwordHash = () => (cachedHash ??= hashPassword(PASSWORD));

export async function buildOrg(k: TestKontakt, name = `Org ${uniq()}`) {
  const id = newId();
  const now = k.clock.now();
  await k.deps.db
    .insert(organizations)
    .values({ id, name, slug: `org-${uniq()}`, createdAt: now, updatedAt: now });
  return { id, name };
}

export async function buildAgent(
  k: TestKontakt,
  org: { id: string },
  over: { role?: Role; level?: Level; email?: string; name?: string; active?: boolean } = {},
) {
  const id = newId();
  const now = k.clock.now();
  const email = over.email ?? `agent-${uniq()}@example.test`;
  await k.deps.db.insert(agents).values({
    id,
    organizationId: org.id,
    email,
    name: over.name ?? `Agent ${uniq()}`,
    role: over.role ?? 'agent',
    level: over.level ?? 'regular',
    languages: ['pl'],
    skills: [],
    locale: 'en',
    active: over.active ?? true,
    passwordHash: await passwordHash(),
    totpEnabled: false,
    failedLoginCount: 0,
    createdAt: now,
    updatedAt: now,
  });
  return { id, email, organizationId: org.id, password: PASSWORD };
}

export async function buildTeam(k: TestKontakt, org: { id: string }, memberIds: string[] = []) {
  const id = newId();
  const now = k.clock.now();
  await k.deps.db.insert(teams).values({
    id,
    organizationId: org.id,
    name: `Team ${uniq()}`,
    description: '',
    createdAt: now,
    updatedAt: now,
  });
  for (const agentId of memberIds)
    await k.deps.db.insert(teamMembers).values({ teamId: id, agentId, organizationId: org.id });
  return { id };
}

export interface Session {
  cookie: string;
  csrf: string;
  headers: Record<string, string>;
}

/** Signs in through the API and returns the cookie and CSRF header to send. */
export async function signIn(k: TestKontakt, email: string, password = PASSWORD): Promise<Session> {
  const res = await k.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  const raw = res.headers['set-cookie'];
  const cookie = String(Array.isArray(raw) ? raw[0] : raw).split(';')[0]!;
  const csrf = res.json().csrfToken as string;
  return { cookie, csrf, headers: { cookie, 'x-csrf-token': csrf } };
}

/** An organization with an admin signed in: the usual start of a test. */
export async function orgWithAdmin(k: TestKontakt) {
  const org = await buildOrg(k);
  const admin = await buildAgent(k, org, { role: 'admin' });
  const session = await signIn(k, admin.email);
  return { org, admin, session };
}

/** A queue, optionally owned by a team (agents see a team's queues). */
export async function buildQueue(k: TestKontakt, org: { id: string }, over: { teamId?: string | null } = {}) {
  const id = newId();
  const now = k.clock.now();
  const [row] = await k.deps.db
    .insert(queues)
    .values({
      id,
      organizationId: org.id,
      name: `Queue ${uniq()}`,
      description: '',
      teamId: over.teamId ?? null,
      isDefault: false,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  return row!;
}

/** A ticket row in a queue, numbered like the API numbers them; no messages, no events. */
export async function buildTicket(
  k: TestKontakt,
  org: { id: string },
  queue: { id: string },
  over: { subject?: string; assigneeId?: string | null } = {},
) {
  const now = k.clock.now();
  const [row] = await k.deps.db
    .insert(tickets)
    .values({
      id: newId(),
      organizationId: org.id,
      number: await nextTicketNumber(k.deps.db, org.id),
      subject: over.subject ?? `Ticket ${uniq()}`,
      status: 'new',
      priority: 'normal',
      type: 'question',
      channel: 'api',
      queueId: queue.id,
      assigneeId: over.assigneeId ?? null,
      tags: [],
      customFields: {},
      version: 1,
      searchText: '',
      createdAt: now,
      updatedAt: now,
      lastActivityAt: now,
    })
    .returning();
  return row!;
}

/** A customer with the given identities (stored as given: pass normalized values). */
export async function buildCustomer(
  k: TestKontakt,
  org: { id: string },
  over: {
    name?: string | null;
    identities?: Array<{ kind: IdentityKind; value: string }>;
    companyId?: string | null;
  } = {},
) {
  const id = newId();
  const now = k.clock.now();
  const name = over.name === undefined ? `Customer ${uniq()}` : over.name;
  await k.deps.db.insert(customers).values({
    id,
    organizationId: org.id,
    name,
    companyId: over.companyId ?? null,
    flags: [],
    notes: '',
    attributes: {},
    createdAt: now,
    updatedAt: now,
  });
  for (const identity of over.identities ?? []) {
    await k.deps.db
      .insert(customerIdentities)
      .values({ id: newId(), organizationId: org.id, customerId: id, ...identity, createdAt: now });
  }
  return { id, name, organizationId: org.id };
}
