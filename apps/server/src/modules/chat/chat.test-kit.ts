import { io as connectClient, type Socket } from 'socket.io-client';
import { eq } from 'drizzle-orm';
import type {
  ChatChannel,
  StartChatResult,
  WidgetClientEvents,
  WidgetServerEvents,
} from '@kontakt/contracts';
import type { TestKontakt } from '../../../test/harness.ts';
import {
  buildAgent,
  buildOrg,
  buildQueue,
  buildTeam,
  signIn,
  type Session,
} from '../../../test/factories.ts';
import { agents, teamMembers } from '../agents/index.ts';
import { makeClient, open, type TestClient } from '../../realtime/test-clients.ts';

/** Test support: a visitor's Socket.IO client on `/widget`, agents online, a channel. */
export type VisitorClient = Socket<WidgetServerEvents, WidgetClientEvents>;

const WAIT_MS = 10_000;
const opened: Array<{ disconnect(): unknown }> = [];

/** Disconnects every client the kit opened (call in afterEach/afterAll). */
export function closeChatClients() {
  for (const c of opened.splice(0)) c.disconnect();
}

/** A visitor connection with a token; resolves when connected, rejects with the refusal. */
export function connectVisitor(baseUrl: string, token: string): Promise<VisitorClient> {
  const client: VisitorClient = connectClient(`${baseUrl}/widget`, {
    path: '/socket.io',
    transports: ['websocket'],
    auth: { token },
    reconnection: false,
    forceNew: true,
  });
  opened.push(client);
  return new Promise((resolve, reject) => {
    client.once('connect', () => resolve(client));
    client.once('connect_error', reject);
  });
}

/** An agent connection (session cookie) on the default namespace. */
export async function connectAgent(baseUrl: string, session: Session): Promise<TestClient> {
  const client = makeClient(baseUrl, { cookie: session.cookie });
  opened.push(client);
  return open(client);
}

/** Every payload of one event a client receives from now on, and a wait for the next match. */
export function collect<T>(client: { on(e: string, fn: (p: T) => void): unknown }, event: string) {
  const got: T[] = [];
  const waiters = new Set<() => void>();
  client.on(event, (p: T) => {
    got.push(p);
    for (const w of [...waiters]) w();
  });
  return {
    got,
    /** Resolves with the first payload (already received or coming) that matches. */
    next(match: (p: T) => boolean = () => true): Promise<T> {
      return new Promise((resolve, reject) => {
        const check = () => {
          const hit = got.find(match);
          if (!hit) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(hit);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching ${event} within ${WAIT_MS} ms`));
        }, WAIT_MS);
        waiters.add(check);
        check();
      });
    },
  };
}

/**
 * An organization with an admin, a team's queue, a chat channel and `n` agents of that team
 * (so they see the queue's tickets and may be offered its chats), not yet online.
 */
export async function chatOrg(
  k: TestKontakt,
  n = 1,
  agentOver: { languages?: Array<'pl' | 'cs' | 'en'> } = {},
) {
  const org = await buildOrg(k);
  const admin = await signIn(k, (await buildAgent(k, org, { role: 'admin' })).email);
  const team = await buildTeam(k, org);
  const queue = await buildQueue(k, org, { teamId: team.id });
  const res = await k.inject({
    method: 'POST',
    url: '/api/v1/chat-channels',
    headers: admin.headers,
    payload: { name: 'Shop', queueId: queue.id },
  });
  if (res.statusCode !== 201) throw new Error(`POST /chat-channels: ${res.statusCode} ${res.body}`);
  const channel = res.json() as ChatChannel;
  const members: Array<{ id: string; session: Session }> = [];
  for (let i = 0; i < n; i++) {
    const a = await buildAgent(k, org);
    await k.deps.db.insert(teamMembers).values({ teamId: team.id, agentId: a.id, organizationId: org.id });
    await k.deps.db
      .update(agents)
      .set({ languages: agentOver.languages ?? ['pl', 'en'] })
      .where(eq(agents.id, a.id));
    const session = await signIn(k, a.email);
    members.push({ id: a.id, session });
  }
  return { org, admin, team, queue, channel, agents: members };
}

/** Puts an agent online (or another state) through the API. */
export async function setState(
  k: TestKontakt,
  session: Session,
  state: string,
  reasonId: string | null = null,
) {
  const res = await k.inject({
    method: 'PUT',
    url: '/api/v1/presence/me',
    headers: session.headers,
    payload: { state, reasonId },
  });
  if (res.statusCode !== 200) throw new Error(`PUT /presence/me: ${res.statusCode} ${res.body}`);
  return res.json();
}

let visitorSeq = 0;

/** The pre-chat form through the public API. */
export async function startVisitor(
  k: TestKontakt,
  publicId: string,
  over: Record<string, unknown> = {},
): Promise<StartChatResult> {
  const res = await k.inject({
    method: 'POST',
    url: `/widget/v1/channels/${publicId}/sessions`,
    payload: {
      name: 'Jan Kowalski',
      email: `jan${++visitorSeq}@example.test`,
      topic: 'Order 1234',
      language: 'pl',
      visitorId: `visitor_${Date.now().toString(36)}_${visitorSeq}_abcdef`,
      ...over,
    },
  });
  if (res.statusCode !== 201) throw new Error(`POST sessions: ${res.statusCode} ${res.body}`);
  return res.json() as StartChatResult;
}
