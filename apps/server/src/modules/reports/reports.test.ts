import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { AgentReport, ReportDrillPage, ReportOverview } from '@kontakt/contracts';
import { startTestKontakt, type TestKontakt } from '../../../test/harness.ts';
import { newId } from '../../platform/crypto.ts';
import { catchUpRollups, rebuildRollups } from './index.ts';
import { reportsWorld } from './reports.test-kit.ts';
import { eventually } from '../sla/sla.test-kit.ts';

let k: TestKontakt;
let w: Awaited<ReturnType<typeof reportsWorld>>;
const PERIOD = 'from=2026-11-01&to=2026-11-03';

beforeAll(async () => {
  k = await startTestKontakt({ env: { LOG_LEVEL: 'error' } });
  w = await reportsWorld(k);
  // A CSAT answer of 5 for A (surveys are another module; the answer row is what reports read).
  await k.deps.db
    .execute(sql`INSERT INTO survey_answers (id, organization_id, kind, score, comment, source, ticket_id,
      agent_id, queue_id, created_at, updated_at)
    VALUES (${newId()}, ${w.org.id}, 'csat', 5, '', 'email', ${w.tickets.a.id}, ${w.agentRow.id}, ${w.queue.id},
      ${k.clock.now().toISOString()}, ${k.clock.now().toISOString()})`);
  await catchUpRollups(k.deps.db, k.clock.now());
}, 120_000);

const overview = async (query = PERIOD) => {
  const res = await w.get(w.lead, `/reports/overview?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as ReportOverview;
};
const drill = async (query: string, s = w.lead) => {
  const res = await w.get(s, `/reports/drill?${PERIOD}&${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as ReportDrillPage).items.map((r) => r.number).sort((x, y) => x - y);
};
const num = (...keys: Array<'a' | 'b' | 'c'>) => keys.map((x) => w.tickets[x].number).sort((p, q) => p - q);

describe('overview numbers from the history, each with its drill-down', () => {
  it('volume by channel, queue, type, reason and day', async () => {
    const { kpis } = await overview();
    expect(kpis.volume.created).toBe(3);
    expect(kpis.volume.byChannel.map((b) => [b.key, b.count]).sort()).toEqual([
      ['channel:email', 1],
      ['channel:phone', 1],
      ['channel:web', 1],
    ]);
    expect(kpis.volume.byQueue).toEqual([
      { key: `queue:${w.queue.id}`, value: w.queue.id, label: expect.any(String), count: 3 },
    ]);
    expect(kpis.volume.byReason.map((b) => [b.key, b.label, b.count]).sort()).toEqual([
      [`reason:${w.reasonId}`, 'Dostawa', 2],
      ['reason:none', null, 1],
    ]);
    expect(kpis.volume.byPeriod).toEqual([
      { period: '2026-11-02', created: 1, solved: 1 },
      { period: '2026-11-03', created: 2, solved: 0 },
    ]);
    expect(await drill('metric=created&bucket=channel:phone')).toEqual(num('b'));
    expect(await drill(`metric=created&bucket=reason:${w.reasonId}`)).toEqual(num('a', 'b'));
    expect(await drill('metric=created&bucket=reason:none')).toEqual(num('c'));
    expect(await drill('metric=created&bucket=period:2026-11-03')).toEqual(num('b', 'c'));
    expect(await drill('metric=created')).toEqual(num('a', 'b', 'c'));
  });

  it('first response and resolution times (mean, median; calendar = business without a calendar)', async () => {
    const { kpis } = await overview();
    expect(kpis.times.firstResponse.calendar).toEqual({ count: 1, mean: 1800, median: 1800 });
    expect(kpis.times.firstResponse.business).toEqual({ count: 1, mean: 1800, median: 1800 });
    expect(kpis.times.nextResponse.calendar).toEqual({ count: 0, mean: null, median: null });
    expect(kpis.times.resolutionFirst.calendar).toEqual({ count: 1, mean: 7200, median: 7200 });
    expect(kpis.times.resolutionLast.calendar).toEqual({ count: 1, mean: 14_400, median: 14_400 });
    expect(await drill('metric=first_response')).toEqual(num('a'));
    expect(await drill('metric=resolution')).toEqual(num('a'));
  });

  it('reopen rate, FCR with a repeat contact across channels, backlog with ages', async () => {
    const { kpis } = await overview();
    expect(kpis.reopen).toEqual({ numerator: 1, denominator: 1, value: 1 });
    expect(kpis.fcr).toEqual({ numerator: 1, denominator: 2, value: 0.5, windowDays: 7 });
    expect(kpis.backlog.total).toBe(2);
    expect(kpis.backlog.buckets.find((b) => b.bucket === 'lt_1d')?.count).toBe(2);
    expect(await drill('metric=reopened')).toEqual(num('a'));
    expect(await drill('metric=fcr&bucket=repeat')).toEqual(num('a'));
    expect(await drill('metric=fcr&bucket=resolved')).toEqual(num('b'));
    expect(await drill('metric=backlog&bucket=lt_1d')).toEqual(num('b', 'c'));
    // A one-day window leaves A's repeat (a day and a half later) out.
    expect((await overview(`${PERIOD}&fcrDays=1`)).kpis.fcr.value).toBe(1);
  });

  it('SLA compliance: met ÷ (met + breached), running targets left out', async () => {
    const { kpis } = await overview();
    expect(kpis.sla.firstResponse).toEqual({ numerator: 1, denominator: 1, value: 1 });
    expect(kpis.sla.resolution).toEqual({ numerator: 1, denominator: 1, value: 1 });
    expect(await drill('metric=sla&bucket=first_response:met')).toEqual(num('a'));
    expect(await drill('metric=sla&bucket=breached')).toEqual([]);
  });

  it('empty sets are n/a (null), never 0: no tickets, chat without chats', async () => {
    const { kpis } = await overview();
    expect(kpis.chat.serviceLevel).toMatchObject({
      value: null,
      variant: 'abandons_missed',
      thresholdSeconds: 20,
    });
    expect(kpis.chat.asaSeconds).toBeNull();
    expect(kpis.aht.phone.value).toBeNull();
    const empty = await overview('from=2026-10-01&to=2026-10-02');
    expect(empty.kpis.volume.created).toBe(0);
    expect(empty.kpis.sla.overall).toEqual({ numerator: 0, denominator: 0, value: null });
    expect(empty.kpis.times.firstResponse.calendar.median).toBeNull();
    expect(empty.kpis.reopen.value).toBeNull();
  });

  it('occupancy and utilization from presence; CSAT from answers', async () => {
    const { kpis } = await overview();
    expect(kpis.presence).toMatchObject({
      handleSeconds: 600,
      availableSeconds: 3600,
      loggedInSeconds: 4200,
    });
    expect(kpis.presence.occupancy).toBeCloseTo(600 / 4200);
    expect(kpis.presence.utilization).toBe(1);
    expect(kpis.satisfaction.csat).toEqual({ numerator: 1, denominator: 1, value: 1 });
    expect(kpis.satisfaction.nps.value).toBeNull();
    expect(await drill('metric=csat&bucket=satisfied')).toEqual(num('a'));
  });

  it('filters narrow every number (channel)', async () => {
    const { kpis } = await overview(`${PERIOD}&channel=phone`);
    expect(kpis.volume.created).toBe(1);
    expect(kpis.times.firstResponse.calendar.count).toBe(0);
  });

  it('unknown buckets and reversed periods are 400', async () => {
    for (const q of [
      'metric=created&bucket=channel:fax',
      'metric=sla',
      'metric=backlog&bucket=old',
      'metric=nope',
    ]) {
      const res = await w.get(w.lead, `/reports/drill?${PERIOD}&${q}`);
      expect(res.statusCode, q).toBe(400);
    }
    const res = await w.get(w.lead, '/reports/overview?from=2026-11-05&to=2026-11-01');
    expect(res.json().error.code).toBe('validation_failed');
  });
});

describe('who sees what', () => {
  it('an agent gets their personal report, not the overview', async () => {
    expect((await w.get(w.agent, `/reports/overview?${PERIOD}`)).statusCode).toBe(403);
    const res = await w.get(w.agent, `/reports/agents/me?${PERIOD}`);
    expect(res.statusCode).toBe(200);
    const me = res.json() as AgentReport;
    expect(me.agent.id).toBe(w.agentRow.id);
    expect(me.kpis.volume.created).toBe(2);
    expect(me.kpis.presence.handleSeconds).toBe(600);
    const others = (await w.get(w.other, `/reports/agents/me?${PERIOD}`)).json() as AgentReport;
    expect(others.kpis.volume.created).toBe(0);
  });

  it("drill-down for agents lists only their own tickets; asking for another's is 403", async () => {
    expect(await drill('metric=created', w.agent)).toEqual(num('a', 'b'));
    expect(await drill('metric=created', w.other)).toEqual([]);
    const res = await w.get(w.agent, `/reports/drill?${PERIOD}&metric=created&agentId=${w.otherRow.id}`);
    expect(res.statusCode).toBe(403);
  });

  it('the per-agent list for leads', async () => {
    const res = await w.get(w.lead, `/reports/agents?${PERIOD}`);
    const row = res.json().items.find((r: { agentId: string }) => r.agentId === w.agentRow.id);
    expect(row).toMatchObject({ solved: 1, firstResponseMedianSeconds: 1800, csat: 1 });
  });

  it('drill-down pages with a cursor', async () => {
    const first = (
      await w.get(w.lead, `/reports/drill?${PERIOD}&metric=created&limit=2`)
    ).json() as ReportDrillPage;
    expect(first.items).toHaveLength(2);
    const next = (
      await w.get(w.lead, `/reports/drill?${PERIOD}&metric=created&limit=2&cursor=${first.nextCursor}`)
    ).json() as ReportDrillPage;
    expect(next.items).toHaveLength(1);
    expect(next.nextCursor).toBeNull();
  });
});

describe('rollups', () => {
  it('the rebuild recomputes the same numbers from the history', async () => {
    const before = await overview();
    await k.deps.db.execute(
      sql`UPDATE report_ticket_facts SET reopen_count = 99, first_response_seconds = 1`,
    );
    const progress: string[] = [];
    const r = await rebuildRollups(k.deps.db, k.clock.now(), (p) => progress.push(p.phase));
    expect(r.tickets).toBeGreaterThanOrEqual(3);
    expect(progress).toContain('tickets');
    const after = await overview();
    expect(after.kpis).toEqual(before.kpis);
  });

  it('the sweep picks up new history (idempotent when run twice)', async () => {
    const res = await w.send('POST', w.agent, `/tickets/${w.tickets.b.id}/messages`, {
      body: { text: 'Już wysłane.' },
    });
    expect(res.statusCode).toBe(201);
    await catchUpRollups(k.deps.db, k.clock.now());
    await catchUpRollups(k.deps.db, k.clock.now());
    const { kpis } = await overview();
    expect(kpis.times.firstResponse.calendar.count).toBe(2);
    expect(kpis.volume.created).toBe(3);
  });

  it('the durable job runs the sweep', async () => {
    k.clock.advance(60_000);
    const expected = k.clock.now().toISOString();
    await k.deps.jobs.send('reports.rollup', {});
    await eventually(async () => expect((await overview()).freshAt).toBe(expected));
  });

  it('a next response after the first one is measured', async () => {
    k.clock.advance(10 * 60_000);
    const cust = await w.send('POST', w.agent, `/tickets/${w.tickets.b.id}/messages`, {
      author: 'customer',
      body: { text: 'A kiedy?' },
    });
    expect(cust.statusCode).toBe(201);
    k.clock.advance(20 * 60_000);
    await w.send('POST', w.agent, `/tickets/${w.tickets.b.id}/messages`, { body: { text: 'Jutro.' } });
    await catchUpRollups(k.deps.db, k.clock.now());
    const { kpis } = await overview();
    expect(kpis.times.nextResponse.calendar).toEqual({ count: 1, mean: 1200, median: 1200 });
  });

  it('a running target past due counts as breached without waiting for the sweep', async () => {
    k.clock.advance(5 * 3_600_000);
    const { kpis } = await overview();
    // A and B met their first response; C (no reply) is past its 4 h.
    expect(kpis.sla.firstResponse).toEqual({ numerator: 2, denominator: 3, value: 2 / 3 });
    expect(await drill('metric=sla&bucket=first_response:breached')).toEqual(num('c'));
  });
});

async function xlsxRows(buf: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  wb.worksheets[0]!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  return rows;
}

describe('exports', () => {
  it('CSV: one row per ticket with the metric columns', async () => {
    const res = await w.get(
      w.lead,
      `/reports/export?${PERIOD}&format=csv&metric=created&bucket=channel:email`,
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^number,subject,status/);
    expect(lines[1]).toContain(`${w.tickets.a.number},Gdzie jest paczka?,solved,question,email`);
    expect(lines[1]).toContain(',1800,1800,7200,7200,1,');
  });

  it('XLSX streamed, parsed back', async () => {
    const res = await w.get(w.lead, `/reports/export?${PERIOD}&format=xlsx&metric=created`);
    expect(res.statusCode).toBe(200);
    const rows = await xlsxRows(res.rawPayload);
    expect(rows).toHaveLength(4);
    expect(rows[0]!.slice(0, 3)).toEqual(['number', 'subject', 'status']);
    expect(
      rows
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(num('a', 'b', 'c'));
  });

  it('a long export as a job: progress, then the file', async () => {
    const res = await w.send('POST', w.lead, '/reports/exports', {
      format: 'xlsx',
      filters: { from: '2026-11-01', to: '2026-11-03' },
    });
    expect(res.statusCode, res.body).toBe(202);
    const job = res.json();
    expect(job.rowsTotal).toBe(3);
    let done = job;
    for (let i = 0; i < 200 && done.status !== 'done'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      done = (await w.get(w.lead, `/reports/exports/${job.id}`)).json();
    }
    expect(done).toMatchObject({ status: 'done', rowsDone: 3 });
    expect((await w.get(w.admin, `/reports/exports/${job.id}`)).statusCode).toBe(404);
    const file = await w.get(w.lead, done.downloadUrl.replace('/api/v1', ''));
    expect((await xlsxRows(file.rawPayload)).length).toBe(4);
  });

  it('agents may not export', async () => {
    expect((await w.get(w.agent, `/reports/export?${PERIOD}&format=csv`)).statusCode).toBe(403);
  });
});
