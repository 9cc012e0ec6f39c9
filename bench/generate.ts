/**
 * `npm run bench:data -- --tickets 1000000 --messages-per-ticket 5 --database-url postgres://…/db`
 * (or `--data-dir ./somewhere` for PGlite): fills a database with a realistic organization for the
 * ticket benchmarks. See BENCHMARKS.md ("Data sets") for what is generated.
 *
 * The real server is started once on the database (migrations + the demo seed, with the bench demo
 * password), then stopped; the rows are generated inside the database with INSERT … SELECT FROM
 * generate_series in batches, so a million tickets take minutes. Secondary indexes of the filled
 * tables are dropped for the load and rebuilt from their own definitions afterwards (also on
 * failure or Ctrl-C), then VACUUM (ANALYZE) runs, as autovacuum would have in a live system.
 */
import { parseArgs } from 'node:util';
import { cleanupAll, cleanupOnSignals, onCleanup } from './lib/cleanup.ts';
import { redact } from './lib/databases.ts';
import { COMMON_TAGS, LANGS, NAMES, SENTENCES, SUBJECTS, TAGS, type Lang } from './lib/names.ts';
import { duration, Progress, timed } from './lib/progress.ts';
import { DEMO_PASSWORD } from './lib/scenarios.ts';
import { startServer } from './lib/server.ts';
import { openSql, pgArray, serverEnv, type DataTarget, type SqlClient } from './lib/sql-client.ts';

const TABLES = ['customers', 'customer_identities', 'tickets', 'messages', 'ticket_events'];
const QUEUES: Array<{ team: string; lang: Lang; agent: string }> = [
  { team: 'Obsługa PL', lang: 'pl', agent: 'agent.pl@demo-sklep.test' },
  { team: 'Podpora CZ', lang: 'cs', agent: 'agent.cs@demo-sklep.test' },
  { team: 'Support EN', lang: 'en', agent: 'agent.en@demo-sklep.test' },
];
const LEAD = 'lead@demo-sklep.test';
const fmt = new Intl.NumberFormat('en-US');

type Options = {
  target: DataTarget;
  tickets: number;
  messagesPerTicket: number;
  customers: number;
  batch: number;
  startServer: boolean;
  timeLimitMs: number;
};

function usage(): never {
  console.error(
    'usage: npm run bench:data -- --tickets N [--messages-per-ticket 5] [--customers N/5]\n' +
      '         (--database-url postgres://… | --data-dir DIR) [--batch 20000] [--no-server] [--time-limit-min 60]',
  );
  process.exit(2);
}

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      tickets: { type: 'string', default: '100000' },
      'messages-per-ticket': { type: 'string', default: '5' },
      customers: { type: 'string' },
      'database-url': { type: 'string' },
      'data-dir': { type: 'string' },
      batch: { type: 'string', default: '20000' },
      'no-server': { type: 'boolean', default: false },
      'time-limit-min': { type: 'string', default: '60' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) usage();
  const int = (v: string | undefined, name: string, min: number): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) {
      console.error(`--${name} must be an integer ≥ ${min}`);
      usage();
    }
    return n;
  };
  const url = values['database-url'];
  const dir = values['data-dir'];
  if (!url === !dir) {
    console.error('give exactly one of --database-url and --data-dir');
    usage();
  }
  const tickets = int(values.tickets, 'tickets', 1);
  return {
    target: url ? { databaseUrl: url } : { dataDir: dir! },
    tickets,
    messagesPerTicket: int(values['messages-per-ticket'], 'messages-per-ticket', 1),
    customers: values.customers
      ? int(values.customers, 'customers', 1)
      : Math.max(1, Math.round(tickets / 5)),
    batch: int(values.batch, 'batch', 100),
    startServer: !values['no-server'],
    timeLimitMs: int(values['time-limit-min'], 'time-limit-min', 1) * 60_000,
  };
}

/** A UUIDv7 (as the server's newId) for time `ts`: 48-bit ms timestamp, version 7, random rest. */
const uuid7 = (ts: string) =>
  `(lpad(to_hex(floor(extract(epoch FROM ${ts}) * 1000)::bigint), 12, '0') || '7' || ` +
  `substr(replace(gen_random_uuid()::text, '-', ''), 14, 19))::uuid`;

/**
 * Several per-language lists concatenated into one array parameter, with a SQL expression that
 * picks a random entry of the list of the language in `langCol`.
 */
function langArray(lists: Record<Lang, string[]>) {
  const all: string[] = [];
  const off: Record<string, number> = {};
  const len: Record<string, number> = {};
  for (const l of LANGS) {
    off[l] = all.length;
    len[l] = lists[l].length;
    all.push(...lists[l]);
  }
  const caseOf = (langCol: string, m: Record<string, number>) =>
    `(CASE ${langCol} WHEN 'pl' THEN ${m.pl} WHEN 'cs' THEN ${m.cs} ELSE ${m.en} END)`;
  return {
    literal: pgArray(all),
    /** `param` is the placeholder ($n) the array is passed as; `r` a random() in [0, 1). */
    pick: (param: string, langCol: string, r = 'random()') =>
      `(${param}::text[])[${caseOf(langCol, off)} + 1 + floor(${r} * ${caseOf(langCol, len)})::int]`,
  };
}

type Ids = {
  org: string;
  queues: string[];
  teams: string[];
  langAgents: string[];
  lead: string;
};

async function demoIds(db: SqlClient): Promise<Ids> {
  const [org] = await db.query<{ id: string }>(`SELECT id FROM organizations WHERE slug = 'demo-sklep'`);
  if (!org)
    throw new Error(
      'the demo organization "demo-sklep" is missing: start the server with SEED_DEMO=true once',
    );
  const teams = await db.query<{ id: string; name: string }>(
    'SELECT id, name FROM teams WHERE organization_id = $1',
    [org.id],
  );
  const agents = await db.query<{ id: string; email: string }>(
    'SELECT id, email FROM agents WHERE organization_id = $1',
    [org.id],
  );
  const teamId = (name: string) => {
    const t = teams.find((x) => x.name === name);
    if (!t) throw new Error(`demo team "${name}" is missing`);
    return t.id;
  };
  const agentId = (email: string) => {
    const a = agents.find((x) => x.email === email);
    if (!a) throw new Error(`demo agent ${email} is missing`);
    return a.id;
  };
  // One queue per team, named like it; created once (kept on later runs), the Polish one as default.
  const [hasDefault] = await db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM queues WHERE organization_id = $1 AND is_default',
    [org.id],
  );
  for (const [i, q] of QUEUES.entries()) {
    await db.query(
      `INSERT INTO queues (id, organization_id, name, description, team_id, is_default, created_at, updated_at)
       VALUES (${uuid7('now()')}, $1, $2, $3, $4, $5, now(), now()) ON CONFLICT DO NOTHING`,
      [org.id, q.team, `Tickets of team ${q.team}`, teamId(q.team), i === 0 && hasDefault!.n === 0],
    );
  }
  const queues = await db.query<{ id: string; name: string }>(
    'SELECT id, name FROM queues WHERE organization_id = $1',
    [org.id],
  );
  return {
    org: org.id,
    queues: QUEUES.map((q) => queues.find((x) => x.name === q.team)!.id),
    teams: QUEUES.map((q) => teamId(q.team)),
    langAgents: QUEUES.map((q) => agentId(q.agent)),
    lead: agentId(LEAD),
  };
}

type SavedIndex = { name: string; def: string };

/**
 * Drops the secondary indexes of the tables we fill (not those behind primary keys or constraints)
 * and returns a function that rebuilds them from their saved definitions, once.
 */
async function dropIndexes(db: SqlClient): Promise<() => Promise<void>> {
  const saved = await db.query<SavedIndex>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
      WHERE c.relnamespace = 'public'::regnamespace AND c.relname = ANY($1::text[])
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
      ORDER BY c.relname, 1`,
    [pgArray(TABLES)],
  );
  for (const ix of saved) await db.query(`DROP INDEX ${ix.name}`);
  console.error(`dropped ${saved.length} secondary indexes for the load (rebuilt afterwards)`);
  return onCleanup('rebuild indexes', async () => {
    for (const [i, ix] of saved.entries()) {
      try {
        await timed(`index ${i + 1}/${saved.length} ${ix.name}`, () => db.query(ix.def));
      } catch (err) {
        console.error(`could not rebuild ${ix.name}: ${err instanceof Error ? err.message : String(err)}`);
        console.error(`  run by hand: ${ix.def};`);
      }
    }
  });
}

async function generateCustomers(db: SqlClient, ids: Ids, o: Options): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM customers WHERE organization_id = $1',
    [ids.org],
  );
  const base = row!.n; // keeps e-mail addresses and phone numbers unique when adding to a data set
  const male = langArray({ pl: NAMES.pl.male, cs: NAMES.cs.male, en: NAMES.en.male });
  const female = langArray({ pl: NAMES.pl.female, cs: NAMES.cs.female, en: NAMES.en.female });
  const lastM = langArray({
    pl: NAMES.pl.surnames.map((s) => s[0]),
    cs: NAMES.cs.surnames.map((s) => s[0]),
    en: NAMES.en.surnames.map((s) => s[0]),
  });
  const lastF = langArray({
    pl: NAMES.pl.surnames.map((s) => s[1]),
    cs: NAMES.cs.surnames.map((s) => s[1]),
    en: NAMES.en.surnames.map((s) => s[1]),
  });
  const domains = langArray({ pl: NAMES.pl.domains, cs: NAMES.cs.domains, en: NAMES.en.domains });
  const fold = (s: string) => `regexp_replace(kontakt_fold(${s}), '[^a-z0-9]+', '', 'g')`;
  // Staging table: customer number → id and the text its tickets' search_text needs.
  await db.query(`DROP TABLE IF EXISTS bench_c`);
  await db.query(`CREATE TEMP TABLE bench_c (
    idx int PRIMARY KEY, id uuid NOT NULL, lang text NOT NULL, name text NOT NULL, email text NOT NULL,
    phone text, search text NOT NULL, created_at timestamptz NOT NULL)`);
  const bar = new Progress('customers', o.customers, 'customers');
  for (let start = 1; start <= o.customers; start += o.batch) {
    const end = Math.min(o.customers, start + o.batch - 1);
    await db.query(
      `INSERT INTO bench_c
       SELECT g, ${uuid7('ts')}, lang, first || ' ' || last,
              ${fold('first')} || '.' || ${fold('last')} || (g + $8::int)::text || '@' || domain, phone,
              first || ' ' || last || ' ' || ${fold('first')} || '.' || ${fold('last')} || (g + $8::int)::text
                || '@' || domain || coalesce(' ' || phone, ''),
              ts
         FROM (
           SELECT g, lang, ts, domain,
                  CASE WHEN female THEN ${female.pick('$2', 'lang')} ELSE ${male.pick('$1', 'lang')} END AS first,
                  CASE WHEN female THEN ${lastF.pick('$4', 'lang', 'rl')} ELSE ${lastM.pick('$3', 'lang', 'rl')} END AS last,
                  CASE WHEN rp < 0.4 THEN
                    CASE lang
                      WHEN 'pl' THEN '+48' || (500000000 + ((g + $8::int)::bigint * 1999) % 400000000)::text
                      WHEN 'cs' THEN '+420' || (600000000 + ((g + $8::int)::bigint * 1999) % 200000000)::text
                      ELSE '+447' || lpad((((g + $8::int)::bigint * 1999) % 1000000000)::text, 9, '0')
                    END
                  END AS phone
             FROM (
               SELECT g, CASE WHEN r < 0.5 THEN 'pl' WHEN r < 0.8 THEN 'cs' ELSE 'en' END AS lang,
                      random() < 0.5 AS female, random() AS rl, random() AS rp,
                      now() - (30 + random() * 700) * interval '1 day' AS ts, rd
                 FROM (SELECT g, random() AS r, random() AS rd FROM generate_series($6::int, $7::int) g) s0
             ) s1
             CROSS JOIN LATERAL (SELECT ${domains.pick('$5', 's1.lang', 's1.rd')} AS domain) d
         ) s2`,
      [male.literal, female.literal, lastM.literal, lastF.literal, domains.literal, start, end, base],
    );
    await db.query(
      `INSERT INTO customers (id, organization_id, name, language, preferred_channel, flags, created_at, updated_at)
       SELECT id, $1::uuid, name, lang, 'email', CASE WHEN random() < 0.01 THEN '{vip}'::text[] ELSE '{}'::text[] END,
              created_at, created_at
         FROM bench_c WHERE idx BETWEEN $2 AND $3`,
      [ids.org, start, end],
    );
    await db.query(
      `INSERT INTO customer_identities (id, organization_id, customer_id, kind, value, created_at)
       SELECT ${uuid7('created_at')}, $1::uuid, id, 'email', email, created_at FROM bench_c WHERE idx BETWEEN $2 AND $3
       UNION ALL
       SELECT ${uuid7('created_at')}, $1::uuid, id, 'phone', phone, created_at FROM bench_c
        WHERE idx BETWEEN $2 AND $3 AND phone IS NOT NULL`,
      [ids.org, start, end],
    );
    bar.update(end);
    if (performance.now() > deadline)
      throw new Error(`time limit reached after ${fmt.format(end)} customers`);
  }
  bar.finish();
  return o.customers;
}

async function generateTickets(
  db: SqlClient,
  ids: Ids,
  o: Options,
): Promise<{ tickets: number; messages: number }> {
  const [c] = await db.query<{ n: string }>(
    `SELECT greatest(
       coalesce((SELECT max(number) FROM tickets WHERE organization_id = $1), 0),
       coalesce((SELECT last_number FROM ticket_counters WHERE organization_id = $1), 0))::text AS n`,
    [ids.org],
  );
  const base = Number(c!.n);
  const subjects = langArray(SUBJECTS);
  const tags = langArray(TAGS);
  const cust = langArray({ pl: SENTENCES.pl.customer, cs: SENTENCES.cs.customer, en: SENTENCES.en.customer });
  const agent = langArray({ pl: SENTENCES.pl.agent, cs: SENTENCES.cs.agent, en: SENTENCES.en.agent });
  await db.query(`DROP TABLE IF EXISTS bench_t`);
  await db.query(`CREATE TEMP TABLE bench_t (
    id uuid, number bigint, subject text, status text, priority text, type text, channel text, lang text,
    qi int, assignee uuid, customer_id uuid, cust_search text, tags text[], n int,
    created_at timestamptz, last_at timestamptz)`);
  const mpt = o.messagesPerTicket;
  let messages = 0;
  const bar = new Progress('tickets + messages', o.tickets, 'tickets');
  for (let start = 1; start <= o.tickets; start += o.batch) {
    const end = Math.min(o.tickets, start + o.batch - 1);
    await db.query('TRUNCATE bench_t');
    // Status mix: 10 % new/open, 5 % pending/on hold, 85 % solved/closed. Open work is recent
    // (last 30 days, skewed to the last days); solved in the last 2 weeks; closed over 12 months.
    await db.query(
      `INSERT INTO bench_t
       SELECT ${uuid7('tm.created_at')}, $1::bigint + s.g, ${subjects.pick('$2', 'c.lang', 's.rsub')}
                || CASE WHEN s.rnum < 0.4 THEN ' #' || (100000 + floor(s.rnum * 2000000))::int::text ELSE '' END,
              st.status,
              CASE WHEN s.rp < 0.10 THEN 'low' WHEN s.rp < 0.80 THEN 'normal' WHEN s.rp < 0.95 THEN 'high' ELSE 'urgent' END,
              CASE WHEN s.rty < 0.40 THEN 'question' WHEN s.rty < 0.60 THEN 'order' WHEN s.rty < 0.75 THEN 'complaint'
                   WHEN s.rty < 0.85 THEN 'return' WHEN s.rty < 0.95 THEN 'incident' ELSE 'other' END,
              CASE WHEN s.rch < 0.60 THEN 'email' WHEN s.rch < 0.80 THEN 'chat' WHEN s.rch < 0.90 THEN 'phone' ELSE 'web' END,
              c.lang, q.qi,
              CASE WHEN st.status IN ('new', 'open') AND s.ra < 0.30 THEN NULL
                   WHEN s.ra2 < 0.8 THEN ($3::uuid[])[q.qi] ELSE $4::uuid END,
              c.id, c.search,
              CASE WHEN s.rtag < 0.4 THEN '{}'::text[]
                   WHEN s.rtag < 0.85 THEN ARRAY[${tags.pick('$5', 'c.lang')}]
                   ELSE ARRAY[${tags.pick('$5', 'c.lang')}, ($6::text[])[1 + floor(s.rtag2 * $7::int)::int]] END,
              tm.n, tm.created_at,
              least(now(), tm.created_at + CASE WHEN tm.n = 1 THEN s.rgap * interval '2 hours'
                                                ELSE (tm.n - 1) * (interval '10 minutes' + s.rgap * interval '30 hours') END)
         FROM (SELECT g, 1 + floor(random() * $8::int)::int AS ci, random() AS rs, random() AS rt, random() AS rn,
                      random() AS rgap, random() AS rp, random() AS rty, random() AS rch, random() AS ra,
                      random() AS ra2, random() AS rtag, random() AS rtag2, random() AS rsub, random() AS rnum
                 FROM generate_series($9::int, $10::int) g) s
         JOIN bench_c c ON c.idx = s.ci
         CROSS JOIN LATERAL (SELECT CASE c.lang WHEN 'pl' THEN 1 WHEN 'cs' THEN 2 ELSE 3 END AS qi) q
         CROSS JOIN LATERAL (SELECT CASE WHEN s.rs < 0.03 THEN 'new' WHEN s.rs < 0.10 THEN 'open'
                 WHEN s.rs < 0.12 THEN 'pending_customer' WHEN s.rs < 0.135 THEN 'pending_third_party'
                 WHEN s.rs < 0.15 THEN 'on_hold' WHEN s.rs < 0.30 THEN 'solved' ELSE 'closed' END AS status) st
         CROSS JOIN LATERAL (SELECT
                 CASE WHEN st.status = 'solved' THEN now() - s.rt * interval '14 days'
                      WHEN st.status = 'closed' THEN now() - interval '14 days' - s.rt * interval '351 days'
                      ELSE now() - s.rt * s.rt * interval '30 days' END AS created_at,
                 CASE WHEN st.status = 'new' THEN 1 ELSE 1 + floor(s.rn * (2 * $11::int - 1))::int END AS n) tm`,
      [
        base,
        subjects.literal,
        pgArray(ids.langAgents),
        ids.lead,
        tags.literal,
        pgArray(COMMON_TAGS),
        COMMON_TAGS.length,
        o.customers,
        start,
        end,
        mpt,
      ],
    );
    await db.query(
      `INSERT INTO tickets (id, organization_id, number, subject, status, priority, type, channel, queue_id, team_id,
                            assignee_id, customer_id, tags, custom_fields, contact_reason_id, language, merged_into_id,
                            version, search_text, created_at, updated_at, last_activity_at, first_response_at,
                            solved_at, closed_at)
       SELECT id, $1::uuid, number, subject, status, priority, type, channel, ($2::uuid[])[qi], ($3::uuid[])[qi],
              assignee, customer_id, tags, '{}'::jsonb, NULL, lang, NULL, n + 1,
              kontakt_fold(number::text || ' ' || subject || ' ' || cust_search),
              created_at, last_at, last_at,
              CASE WHEN n > 1 THEN created_at + (last_at - created_at) / (n - 1) END,
              CASE WHEN status IN ('solved', 'closed') THEN last_at END,
              CASE WHEN status = 'closed' THEN last_at END
         FROM bench_t`,
      [ids.org, pgArray(ids.queues), pgArray(ids.teams)],
    );
    await db.query(
      `INSERT INTO ticket_events (id, organization_id, ticket_id, actor_type, actor_id, kind, field, old_value,
                                  new_value, created_at)
       SELECT ${uuid7('created_at')}, $1::uuid, id, 'system', NULL, 'created', NULL, NULL,
              jsonb_build_object('number', number, 'status', 'new', 'queueId', ($2::uuid[])[qi]), created_at
         FROM bench_t`,
      [ids.org, pgArray(ids.queues)],
    );
    // Messages alternate customer (odd) and agent (even); about one agent message in seven is an
    // internal note. Bodies are 2–4 sentences of the ticket's language.
    const body = (who: typeof cust, param: string) =>
      `${who.pick(param, 't.lang')} || ' ' || ${who.pick(param, 't.lang')}` +
      ` || CASE WHEN random() < 0.6 THEN ' ' || ${who.pick(param, 't.lang')} ELSE '' END` +
      ` || CASE WHEN random() < 0.25 THEN ' ' || ${who.pick(param, 't.lang')} ELSE '' END`;
    const [inserted] = await db.query<{ n: number }>(
      `WITH ins AS (
       INSERT INTO messages (id, organization_id, ticket_id, kind, direction, author_type, author_id, channel,
                             body_html, body_text, external_id, mentions, created_at)
       SELECT ${uuid7('x.mt')}, $1::uuid, t.id,
              CASE WHEN w.who = 'note' THEN 'note' ELSE 'reply' END,
              CASE w.who WHEN 'customer' THEN 'inbound' WHEN 'note' THEN 'internal' ELSE 'outbound' END,
              CASE WHEN w.who = 'customer' THEN 'customer' ELSE 'agent' END,
              CASE WHEN w.who = 'customer' THEN t.customer_id ELSE coalesce(t.assignee, ($2::uuid[])[t.qi]) END,
              t.channel, '<p>' || b.text || '</p>', b.text,
              CASE WHEN t.channel = 'email' AND w.who <> 'note' THEN '<' || gen_random_uuid()::text || '@mail.bench.test>' END,
              '{}'::uuid[], x.mt
         FROM bench_t t
         CROSS JOIN LATERAL generate_series(1, t.n) k
         CROSS JOIN LATERAL (SELECT CASE WHEN t.n = 1 THEN t.created_at
                                         ELSE t.created_at + (t.last_at - t.created_at) * ((k - 1)::float8 / (t.n - 1)) END AS mt) x
         CROSS JOIN LATERAL (SELECT CASE WHEN k % 2 = 1 THEN 'customer' WHEN (t.number + k) % 7 = 0 THEN 'note'
                                         ELSE 'agent' END AS who) w
         CROSS JOIN LATERAL (SELECT CASE WHEN w.who = 'customer' THEN ${body(cust, '$3')}
                                         ELSE ${body(agent, '$4')} END AS text) b
       RETURNING 1)
       SELECT count(*)::int AS n FROM ins`,
      [ids.org, pgArray(ids.langAgents), cust.literal, agent.literal],
    );
    messages += inserted!.n;
    bar.update(end, `${fmt.format(messages)} messages`);
    if (performance.now() > deadline) throw new Error(`time limit reached after ${fmt.format(end)} tickets`);
  }
  bar.finish(`${fmt.format(messages)} messages`);
  await db.query(
    `INSERT INTO ticket_counters (organization_id, last_number) VALUES ($1::uuid, $2::bigint)
     ON CONFLICT (organization_id) DO UPDATE SET last_number = greatest(ticket_counters.last_number, excluded.last_number)`,
    [ids.org, base + o.tickets],
  );
  return { tickets: o.tickets, messages };
}

let deadline = Number.POSITIVE_INFINITY;

async function main(): Promise<void> {
  const o = parseOptions();
  cleanupOnSignals();
  const started = performance.now();
  deadline = started + o.timeLimitMs;
  const where = 'databaseUrl' in o.target ? redact(o.target.databaseUrl) : `PGlite in ${o.target.dataDir}`;
  console.error(
    `bench:data: ${fmt.format(o.tickets)} tickets × ~${o.messagesPerTicket} messages, ` +
      `${fmt.format(o.customers)} customers → ${where}`,
  );
  if (o.startServer) {
    // The real server migrates the database and seeds the demo organization, then stops.
    await timed('migrations + demo seed (server start)', async () => {
      const server = await startServer({ ...serverEnv(o.target), DEMO_PASSWORD, ROLES: 'api' });
      await server.stop();
    });
  }
  const db = await openSql(o.target);
  onCleanup('close database', () => db.close());
  try {
    if (db.kind === 'postgres') {
      // Session settings for a bulk load only; nothing is changed for other connections.
      await db.query(`SET synchronous_commit = off`);
      await db.query(`SET maintenance_work_mem = '1GB'`);
      await db.query(`SET work_mem = '128MB'`);
    } else {
      await db.query(`SET maintenance_work_mem = '256MB'`);
    }
    // Foreign keys are not checked during the load (the generated rows are consistent by
    // construction); the triggers stay, this connection just skips them.
    await db.query(`SET session_replication_role = replica`);
    const ids = await demoIds(db);
    const rebuild = await dropIndexes(db);
    const customers = await generateCustomers(db, ids, o);
    const { tickets, messages } = await generateTickets(db, ids, o);
    await rebuild();
    await db.query(`SET session_replication_role = origin`);
    for (const t of TABLES) await timed(`VACUUM (ANALYZE) ${t}`, () => db.query(`VACUUM (ANALYZE) ${t}`));
    const [size] = await db.query<{ size: string }>(
      `SELECT pg_size_pretty(pg_database_size(current_database())) AS size`,
    );
    console.error(
      `bench:data: done in ${duration(performance.now() - started)}: ${fmt.format(customers)} customers, ` +
        `${fmt.format(tickets)} tickets, ${fmt.format(messages)} messages; database size ${size?.size}`,
    );
  } finally {
    await cleanupAll(); // rebuilds the indexes if the load failed half-way, then closes the database
  }
}

main().then(
  () => process.exit(0),
  async (err) => {
    console.error('\nbench:data: failed:', err instanceof Error ? err.message : err);
    await cleanupAll();
    process.exit(1);
  },
);
