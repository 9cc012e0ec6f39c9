/**
 * `npm run bench -- --scenarios chat`: live-chat transport on one server instance (PostgreSQL,
 * demo organization, channel `demo-shop`). This process holds every Socket.IO client; the server
 * is a separate process.
 *
 * BENCH_CHAT_VISITORS widget connections (default 200) connect over WebSocket and stay idle; the
 * server's resident memory before and after gives the memory per idle connection. The demo
 * agents go online with a chat capacity of 20 and accept every offer; the visitors of accepted
 * chats then send BENCH_CHAT_RATE messages a second in total (default 100) for
 * BENCH_CHAT_SECONDS (default 10): round trip = visitor `chat.send` → the agent's `chat.message`.
 */
import { appendFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { io, type Socket } from 'socket.io-client';
import { cleanupAll, cleanupOnSignals } from './lib/cleanup.ts';
import { postgres } from './lib/databases.ts';
import { percentile } from './lib/load.ts';
import { machineInfo } from './lib/machine.ts';
import { DEMO_PASSWORD, signIn, type Session } from './lib/scenarios.ts';
import { startServer, type ServerProcess } from './lib/server.ts';

const OUTPUT = fileURLToPath(new URL('../BENCHMARKS.md', import.meta.url));
const DEMO_AGENTS = ['admin', 'lead', 'agent.pl', 'agent.cs', 'agent.en'].map((n) => `${n}@demo-sklep.test`);

function envInt(name: string, fallback: number): number {
  const v = Number(process.env[name]);
  return Number.isInteger(v) && v > 0 ? v : fallback;
}

const settings = () => ({
  visitors: envInt('BENCH_CHAT_VISITORS', 200),
  rate: envInt('BENCH_CHAT_RATE', 100),
  seconds: envInt('BENCH_CHAT_SECONDS', 10),
});

type Result = {
  visitors: number;
  connected: number;
  activeChats: number;
  sent: number;
  received: number;
  rate: number;
  p50: number;
  p99: number;
  max: number;
  bytesPerConnection: number;
  cpuSecondsDuringLoad: number;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function api(base: string, s: Session, method: string, path: string, body?: unknown) {
  const res = await fetch(`${base}/api/v1${path}`, {
    method,
    headers: {
      cookie: s.cookie,
      'x-csrf-token': s.csrf,
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (res.status >= 300)
    throw new Error(`${method} ${path}: ${res.status} ${(await res.text()).slice(0, 200)}`);
  return res.status === 204 ? null : ((await res.json()) as unknown);
}

/** The server's resident memory and CPU seconds, from its Prometheus metrics. */
async function processStats(base: string) {
  const text = await (await fetch(`${base}/metrics`)).text();
  const read = (name: string) => Number(new RegExp(`^${name} ([0-9.e+]+)$`, 'm').exec(text)?.[1] ?? NaN);
  return { rss: read('process_resident_memory_bytes'), cpu: read('process_cpu_seconds_total') };
}

function connect(base: string, nsp: string, opts: { token?: string; cookie?: string }): Promise<Socket> {
  const socket = io(`${base}${nsp}`, {
    path: '/socket.io',
    transports: ['websocket'],
    auth: opts.token ? { token: opts.token } : {},
    extraHeaders: opts.cookie ? { cookie: opts.cookie } : {},
    reconnection: false,
    forceNew: true,
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

async function measure(server: ServerProcess): Promise<Result> {
  const s = settings();
  const base = server.baseUrl;
  const sockets: Socket[] = [];
  try {
    // Agents: capacity 20, online, accepting every offer.
    const admin = await signIn(base, DEMO_AGENTS[0]!, DEMO_PASSWORD);
    const people = (await api(base, admin, 'GET', '/agents')) as {
      items?: Array<{ id: string; email: string }>;
    };
    for (const p of people.items ?? [])
      await api(base, admin, 'PATCH', `/presence/agents/${p.id}`, { chatCapacity: 20 });
    const received = new Map<string, number>();
    const accepted = new Map<string, string>(); // sessionId → agent socket index
    const agentSockets: Socket[] = [];
    for (const email of DEMO_AGENTS) {
      const session = await signIn(base, email, DEMO_PASSWORD);
      const socket = await connect(base, '', { cookie: session.cookie });
      sockets.push(socket);
      agentSockets.push(socket);
      socket.on('chat.offered', (offer: { id: string; sessionId: string }) => {
        api(base, session, 'POST', `/chats/offers/${offer.id}/accept`).then(
          () => accepted.set(offer.sessionId, email),
          () => undefined,
        );
      });
      socket.on('chat.message', (m: { clientId: string; from: string }) => {
        if (m.from === 'visitor' && !received.has(m.clientId)) received.set(m.clientId, performance.now());
      });
      await api(base, session, 'PUT', '/presence/me', { state: 'online', reasonId: null });
    }

    // Visitors: sessions first (one address each, as behind a proxy), then idle connections, so the
    // memory measured is that of the connections.
    const started: Array<{ token: string; id: string }> = [];
    for (let i = 0; i < s.visitors; i++) {
      const res = await fetch(`${base}/widget/v1/channels/demo-shop/sessions`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-forwarded-for': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
        },
        body: JSON.stringify({
          email: `bench-${i}@example.test`,
          name: `Bench ${i}`,
          language: 'pl',
          visitorId: `bench_visitor_${i}_abcdefgh`,
        }),
      });
      if (res.status !== 201)
        throw new Error(`session ${i}: ${res.status} ${(await res.text()).slice(0, 200)}`);
      const { token, session } = (await res.json()) as { token: string; session: { id: string } };
      started.push({ token, id: session.id });
    }
    await sleep(2_000);
    const before = await processStats(base);
    const visitors = new Map<string, Socket>();
    for (const { token, id } of started) {
      const socket = await connect(base, '/widget', { token });
      sockets.push(socket);
      visitors.set(id, socket);
    }
    await sleep(2_000);
    const after = await processStats(base);

    // Round trips on the accepted chats at the configured total rate.
    const chats = [...accepted.keys()].map((id) => visitors.get(id)).filter((v): v is Socket => !!v);
    if (chats.length === 0) throw new Error('no chat was accepted');
    const sentAt = new Map<string, number>();
    const total = s.rate * s.seconds;
    const cpuBefore = (await processStats(base)).cpu;
    const t0 = performance.now();
    for (let n = 0; n < total; n++) {
      const due = t0 + (n * 1000) / s.rate;
      const wait = due - performance.now();
      if (wait > 1) await sleep(wait);
      const clientId = `bench-${n}-${Math.random().toString(36).slice(2, 10)}`;
      sentAt.set(clientId, performance.now());
      chats[n % chats.length]!.emit('chat.send', { clientId, text: `message ${n}` }, () => undefined);
    }
    const deadline = performance.now() + 10_000;
    while (received.size < sentAt.size && performance.now() < deadline) await sleep(100);
    const cpuAfter = (await processStats(base)).cpu;
    const latencies = [...sentAt]
      .flatMap(([id, at]) => (received.has(id) ? [received.get(id)! - at] : []))
      .sort((a, b) => a - b);
    return {
      visitors: s.visitors,
      connected: visitors.size,
      activeChats: chats.length,
      sent: sentAt.size,
      received: latencies.length,
      rate: s.rate,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      max: latencies.at(-1) ?? NaN,
      bytesPerConnection: (after.rss - before.rss) / s.visitors,
      cpuSecondsDuringLoad: cpuAfter - cpuBefore,
    };
  } finally {
    for (const socket of sockets) socket.disconnect();
  }
}

function describeMachine(): string {
  const m = machineInfo();
  return `${m.cpu}, ${m.cores} cores, ${m.ramGiB} GiB, Node ${m.node}, load ${m.loadAvg}`;
}

function report(r: Result): string {
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  return [
    '',
    `## Live chat transport — ${new Date().toISOString()}`,
    '',
    `Machine: ${describeMachine()}. One server instance on PostgreSQL; every Socket.IO client in the bench process.`,
    '',
    '| figure | value |',
    '| --- | --- |',
    `| widget connections (idle, WebSocket) | ${r.connected} of ${r.visitors} |`,
    `| server memory per idle connection (RSS delta over the connecting, / connections) | ${(r.bytesPerConnection / 1024).toFixed(1)} KB |`,
    `| accepted chats carrying traffic | ${r.activeChats} |`,
    `| messages sent visitor → agent | ${r.sent} at ${r.rate}/s |`,
    `| delivered to the agent | ${r.received} |`,
    `| round trip p50 / p99 / max | ${ms(r.p50)} / ${ms(r.p99)} / ${ms(r.max)} |`,
    `| server CPU during the message load | ${r.cpuSecondsDuringLoad.toFixed(1)} s |`,
    '',
  ].join('\n');
}

/** Runs the chat bench on a fresh PostgreSQL database and appends its section; true when it failed. */
export async function runChatBench(output = OUTPUT): Promise<boolean> {
  const db = await postgres.create();
  if ('skip' in db) {
    console.log(`chat bench skipped: ${db.skip}`);
    return false;
  }
  const server = await startServer({
    ...db.env,
    SEED_DEMO: 'true',
    DEMO_PASSWORD,
    TRUST_PROXY: 'true',
  });
  try {
    const result = await measure(server);
    const text = report(result);
    console.log(text);
    await appendFile(output, text);
    return result.received < result.sent;
  } catch (err) {
    console.error('chat bench failed:', err);
    return true;
  } finally {
    await server.stop();
    await db.dispose();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  cleanupOnSignals();
  runChatBench()
    .then(async (failed) => {
      await cleanupAll();
      process.exit(failed ? 1 : 0);
    })
    .catch(async (err: unknown) => {
      console.error(err);
      await cleanupAll();
      process.exit(1);
    });
}
