/**
 * `node --import tsx bench/explain.ts --database-url postgres://…/kontakt_bench_big [--out file.md]`
 *
 * Prints `EXPLAIN (ANALYZE, BUFFERS)` of the SQL behind the ticket scenarios, on a PostgreSQL data set
 * made by `npm run bench:data`. The SQL is not rewritten by hand: the server's own functions
 * (listTickets, countTickets, searchTickets) are called with a drizzle instance that records every
 * statement and its parameters, as the bench agent (agent.pl) would send them; each recorded statement
 * on tickets/messages is then explained. Read-only apart from what EXPLAIN ANALYZE runs (all SELECTs).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { BENCH_AGENT } from './lib/scenarios.ts';

type Captured = { query: string; params: unknown[] };

/*
 * The server's functions are loaded at run time, typed by the little used here: a static import
 * would make `tsc -p bench` type-check the whole server (and its Fastify augmentations) as well.
 */
type Actor = {
  kind: 'agent';
  organizationId: string;
  agentId: string;
  role: 'agent';
  scopes: readonly string[];
  sessionId: null;
  tokenId: null;
  csrfToken: null;
};
type View = { id: string; filters: unknown; sort: string };
type Server = {
  ROLE_SCOPES: { agent: readonly string[] };
  visibleQueueIds: (db: unknown, actor: Actor) => Promise<'all' | string[]>;
  listTickets: (
    db: unknown,
    o: { actor: Actor; visible: 'all' | string[]; filters: unknown; sort: string; limit: number },
  ) => Promise<unknown>;
  countTickets: (db: unknown, actor: Actor, visible: 'all' | string[], filters: unknown) => Promise<number>;
  searchTickets: (ctx: unknown, q: string, filters: unknown, limit: number) => Promise<unknown>;
  BUILT_IN_VIEWS: View[];
};

async function loadServer(): Promise<Server> {
  const src = new URL('../apps/server/src/', import.meta.url);
  const load = async (p: string) => (await import(new URL(p, src).href)) as Record<string, unknown>;
  return {
    ...(await load('http/actor.ts')),
    ...(await load('modules/tickets/ticket-list.ts')),
    ...(await load('modules/tickets/ticket-search.service.ts')),
    ...(await load('modules/tickets/tickets.policy.ts')),
    ...(await load('modules/tickets/views.service.ts')),
  } as unknown as Server;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'database-url': { type: 'string' },
      out: { type: 'string' },
      words: { type: 'string', default: 'faktura,zolwinski' },
    },
  });
  const url = values['database-url'] || process.env.BENCH_DATA_URL;
  if (!url) {
    console.error('usage: node --import tsx bench/explain.ts --database-url postgres://… [--out file.md]');
    process.exit(2);
  }
  const { ROLE_SCOPES, visibleQueueIds, listTickets, countTickets, searchTickets, BUILT_IN_VIEWS } =
    await loadServer();
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  let captured: Captured[] = [];
  const db = drizzle(pool, {
    logger: { logQuery: (query, params) => captured.push({ query, params }) },
  });
  const out: string[] = [];
  try {
    const { rows } = await pool.query<{ id: string; organization_id: string }>(
      'SELECT id, organization_id FROM agents WHERE email = $1',
      [BENCH_AGENT],
    );
    const agent = rows[0];
    if (!agent) throw new Error(`${BENCH_AGENT} not found: is this a bench data set?`);
    const actor: Actor = {
      kind: 'agent',
      organizationId: agent.organization_id,
      agentId: agent.id,
      role: 'agent',
      scopes: ROLE_SCOPES.agent,
      sessionId: null,
      tokenId: null,
      csrfToken: null,
    };
    const visible = await visibleQueueIds(db, actor);
    const view = (id: string) => BUILT_IN_VIEWS.find((v) => v.id === id)!;
    const steps: Array<{ title: string; run: () => Promise<unknown> }> = [
      ...['mine_open', 'unassigned_my_queues'].map((id) => ({
        title: `GET /api/v1/tickets?view=${id}&limit=50 — the page`,
        run: () =>
          listTickets(db, { actor, visible, filters: view(id).filters, sort: view(id).sort, limit: 50 }),
      })),
      ...BUILT_IN_VIEWS.map((v) => ({
        title: `GET /api/v1/views — count of "${v.id}"`,
        run: () => countTickets(db, actor, visible, v.filters),
      })),
      ...values.words!.split(',').map((w) => ({
        title: `GET /api/v1/search?q=${w}`,
        run: () =>
          searchTickets({ db, actor, meta: { ip: null, userAgent: null }, now: new Date() }, w, {}, 20),
      })),
    ];
    out.push(
      `Data set: ${url.replace(/:[^:@/]*@/, ':***@')}; agent ${BENCH_AGENT}, visible queues: ${JSON.stringify(visible)}`,
      '',
    );
    for (const step of steps) {
      captured = [];
      const t0 = performance.now();
      await step.run();
      const ms = Math.round(performance.now() - t0);
      out.push(`### ${step.title} (all statements: ${ms} ms)`, '');
      for (const c of captured.filter((q) => /"tickets"|"messages"|tickets t|messages m/.test(q.query))) {
        const plan = await pool.query<{ 'QUERY PLAN': string }>(
          `EXPLAIN (ANALYZE, BUFFERS) ${c.query}`,
          c.params,
        );
        out.push(
          '```sql',
          c.query.replace(/\s+/g, ' ').trim(),
          `-- params: ${JSON.stringify(c.params).slice(0, 400)}`,
          '```',
          '```',
          ...plan.rows.map((r) => r['QUERY PLAN']),
          '```',
          '',
        );
      }
    }
  } finally {
    await pool.end();
  }
  const text = out.join('\n');
  if (values.out) writeFileSync(values.out, text + '\n');
  else console.log(text);
}

main().catch((err) => {
  console.error('bench/explain: failed:', err instanceof Error ? err.stack : err);
  process.exit(1);
});
