/**
 * `node --import tsx bench/automation.ts --database-url postgres://… [--budget-seconds 60] [--batch 200]`
 * (or `--data-dir DIR` for PGlite): the rate of the time-based rule sweep on an existing data set
 * (`npm run bench:data`), measured in-process on the real `sweepTimeRules`.
 *
 * It adds one time rule to the organization with the most open tickets — "open tickets created
 * over an hour ago: add the tag bench-sweep" — runs the sweep for at most the budget, and reports
 * tickets per second. Then it cleans up: the tag, the history rows of the rule and the rule itself
 * (its runs and episode markers go with it). Ticket versions stay bumped. Pending migrations are
 * applied as a server start would. Do not point it at production data.
 */
import { parseArgs } from 'node:util';
import { sql, type SQL } from 'drizzle-orm';
import { openDatabase, type Db } from '../apps/server/src/platform/db.ts';
import { migrate } from '../apps/server/src/platform/migrate.ts';
import { newId } from '../apps/server/src/platform/crypto.ts';
import { systemClock } from '../apps/server/src/platform/clock.ts';
import { createLogger } from '../apps/server/src/platform/logger.ts';
import { EventBus } from '../apps/server/src/realtime/event-bus.ts';
import type { AppDeps } from '../apps/server/src/http/deps.ts';
import { automationRules, sweepTimeRules } from '../apps/server/src/modules/automation/index.ts';

const { values: args } = parseArgs({
  options: {
    'database-url': { type: 'string' },
    'data-dir': { type: 'string' },
    'budget-seconds': { type: 'string', default: '60' },
    batch: { type: 'string', default: '200' },
  },
});

const rows = async <T>(db: Db, query: SQL): Promise<T[]> =>
  ((await db.execute(query)) as unknown as { rows: T[] }).rows;

async function main() {
  if (!args['database-url'] && !args['data-dir']) throw new Error('give --database-url or --data-dir');
  const database = await openDatabase({ url: args['database-url'], dataDir: args['data-dir'] });
  await migrate(database);
  const db = database.db;
  const [org] = await rows<{ organization_id: string; n: string }>(
    db,
    sql`SELECT organization_id, count(*) AS n FROM tickets WHERE status NOT IN ('solved', 'closed')
        GROUP BY organization_id ORDER BY n DESC LIMIT 1`,
  );
  if (!org) throw new Error('no open tickets: generate a data set first (npm run bench:data)');
  const now = systemClock.now();
  const ruleId = newId();
  await db.insert(automationRules).values({
    id: ruleId,
    organizationId: org.organization_id,
    name: 'bench: sweep',
    description: 'temporary, bench/automation.ts',
    active: true,
    event: 'time',
    position: 1_000_000,
    conditions: {
      all: [
        { field: 'ticket.status', operator: 'any_of', value: ['new', 'open', 'pending_customer', 'on_hold'] },
      ],
      any: [],
    },
    timeTrigger: { since: 'created', hours: 1 },
    actions: [{ type: 'add_tags', tags: ['bench-sweep'] }],
    version: 1,
    createdAt: now,
    updatedAt: now,
  });
  const log = createLogger('silent');
  const deps = { db, clock: systemClock, events: new EventBus(), log, jobs: {} } as unknown as Pick<
    AppDeps,
    'db' | 'clock' | 'jobs' | 'events' | 'log'
  >;
  try {
    const started = performance.now();
    const changed = await sweepTimeRules(deps, {
      batch: Number(args.batch),
      budgetMs: Number(args['budget-seconds']) * 1000,
    });
    const seconds = (performance.now() - started) / 1000;
    console.log(
      JSON.stringify(
        {
          database: database.describe(),
          openTickets: Number(org.n),
          ticketsChanged: changed,
          seconds: Number(seconds.toFixed(2)),
          ticketsPerSecond: Math.round(changed / seconds),
        },
        null,
        2,
      ),
    );
  } finally {
    await db.execute(sql`UPDATE tickets SET tags = array_remove(tags, 'bench-sweep')
      WHERE organization_id = ${org.organization_id} AND 'bench-sweep' = ANY(tags)`);
    await db.execute(sql`DELETE FROM ticket_events WHERE actor_type = 'rule' AND actor_id = ${ruleId}`);
    await db.execute(sql`DELETE FROM automation_rules WHERE id = ${ruleId}`);
    await database.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
