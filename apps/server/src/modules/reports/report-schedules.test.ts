import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { startTestKontakt, type TestKontakt } from '../../../test/harness.ts';
import { buildAgent, orgWithAdmin, signIn, type Session } from '../../../test/factories.ts';
import { api, eventually } from '../sla/sla.test-kit.ts';
import { nextRunAt, reportPeriod } from './report-schedules.service.ts';

let k: TestKontakt;
let lead: Session;
let agent: Session;
let leadEmail: string;
let http: ReturnType<typeof api>;

beforeAll(async () => {
  // Monday 2026-11-02 10:00 in Warsaw.
  k = await startTestKontakt();
  const { org } = await orgWithAdmin(k);
  leadEmail = (await buildAgent(k, org, { role: 'lead' })).email;
  lead = await signIn(k, leadEmail);
  agent = await signIn(k, (await buildAgent(k, org)).email);
  http = api(k);
}, 60_000);

interface OutboxRow {
  to_address: string;
  subject: string;
  attachments: Array<{ filename: string; contentType: string; contentBase64: string }>;
}
const outbox = (purpose = 'report_schedule') =>
  k.database.query<OutboxRow>(
    `SELECT to_address, subject, attachments FROM mail_outbox WHERE purpose = $1 ORDER BY created_at, to_address`,
    [purpose],
  );

describe('when scheduled reports run', () => {
  it.each([
    { frequency: 'weekly', now: '2026-11-02T09:00:00Z', next: '2026-11-09T06:00:00.000Z' },
    { frequency: 'weekly', now: '2026-11-02T05:59:00Z', next: '2026-11-02T06:00:00.000Z' },
    { frequency: 'monthly', now: '2026-11-02T09:00:00Z', next: '2026-12-01T06:00:00.000Z' },
    { frequency: 'monthly', now: '2026-03-01T05:00:00Z', next: '2026-03-01T06:00:00.000Z' },
  ] as const)('$frequency after $now → $next (07:00 Warsaw)', ({ frequency, now, next }) => {
    expect(nextRunAt(frequency, 'Europe/Warsaw', new Date(now)).toISOString()).toBe(next);
  });

  it.each([
    { frequency: 'weekly', run: '2026-11-09', from: '2026-11-02', to: '2026-11-08' },
    { frequency: 'monthly', run: '2026-12-01', from: '2026-11-01', to: '2026-11-30' },
    { frequency: 'monthly', run: '2026-01-01', from: '2025-12-01', to: '2025-12-31' },
  ] as const)('$frequency run on $run covers $from – $to', ({ frequency, run, from, to }) => {
    expect(reportPeriod(frequency, run)).toEqual({ from, to });
  });
});

describe('/report-schedules', () => {
  const body = {
    name: 'Tygodniowy',
    frequency: 'weekly',
    format: 'xlsx',
    recipients: ['szef@example.test', 'kierownik@example.test'],
    locale: 'pl',
  };

  it('leads create, read, change and delete; agents may not', async () => {
    expect((await http.send('POST', agent, '/report-schedules', body)).statusCode).toBe(403);
    expect((await http.send('POST', lead, '/report-schedules', { ...body, recipients: [] })).statusCode).toBe(
      400,
    );
    expect(
      (await http.send('POST', lead, '/report-schedules', { ...body, recipients: ['not-an-email'] }))
        .statusCode,
    ).toBe(400);
    const res = await http.send('POST', lead, '/report-schedules', body);
    expect(res.statusCode, res.body).toBe(201);
    const s = res.json();
    expect(s).toMatchObject({ frequency: 'weekly', nextRunAt: '2026-11-09T06:00:00.000Z', lastSentAt: null });
    const changed = await http.send('PATCH', lead, `/report-schedules/${s.id}`, {
      frequency: 'monthly',
      name: 'Miesięczny',
    });
    expect(changed.json()).toMatchObject({ name: 'Miesięczny', nextRunAt: '2026-12-01T06:00:00.000Z' });
    expect((await http.get(lead, '/report-schedules')).json().items).toHaveLength(1);
    expect((await http.send('DELETE', lead, `/report-schedules/${s.id}`)).statusCode).toBe(204);
    expect((await http.get(lead, `/report-schedules/${s.id}`)).statusCode).toBe(404);
  });

  it('"send now" e-mails the XLSX to every recipient through the outbox', async () => {
    const s = (await http.send('POST', lead, '/report-schedules', body)).json();
    const res = await http.send('POST', lead, `/report-schedules/${s.id}/send`);
    expect(res.statusCode, res.body).toBe(202);
    expect(res.json().outboxIds).toHaveLength(2);
    const mails = await outbox();
    expect(mails.map((m) => m.to_address)).toEqual(['kierownik@example.test', 'szef@example.test']);
    expect(mails[0]!.subject).toBe('Raport „Tygodniowy” za 2026-10-26 – 2026-11-01');
    const [file] = mails[0]!.attachments;
    expect(file!.filename).toBe('report-2026-10-26-2026-11-01.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file!.contentBase64, 'base64') as unknown as ArrayBuffer);
    const cells: unknown[] = [];
    wb.worksheets[0]!.eachRow((r) => cells.push(...(r.values as unknown[])));
    expect(cells).toContain('Utworzone zgłoszenia');
    expect(cells).toContain('b/d');
    await http.send('DELETE', lead, `/report-schedules/${s.id}`);
  });

  it('the cron job sends a due monthly PDF once and moves the next run', async () => {
    const s = (
      await http.send('POST', lead, '/report-schedules', {
        ...body,
        name: 'Monthly',
        frequency: 'monthly',
        format: 'pdf',
        recipients: ['ceo@example.test'],
        locale: 'cs',
      })
    ).json();
    k.clock.set(new Date('2026-12-01T06:00:30Z'));
    await k.deps.jobs.send('reports.schedules', {});
    const mail = await eventually(async () => {
      const rows = (await outbox()).filter((m) => m.to_address === 'ceo@example.test');
      expect(rows).toHaveLength(1);
      return rows[0]!;
    });
    expect(mail.subject).toBe('Přehled „Monthly“ za 2026-11-01 – 2026-11-30');
    expect(mail.attachments[0]!.contentType).toBe('application/pdf');
    expect(Buffer.from(mail.attachments[0]!.contentBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    // A month later the old session has expired.
    const after = (await http.get(await signIn(k, leadEmail), `/report-schedules/${s.id}`)).json();
    expect(after).toMatchObject({
      nextRunAt: '2027-01-01T06:00:00.000Z',
      lastSentAt: '2026-12-01T06:00:30.000Z',
    });
    await k.deps.jobs.send('reports.schedules', {});
    await new Promise((r) => setTimeout(r, 1500));
    expect((await outbox()).filter((m) => m.to_address === 'ceo@example.test')).toHaveLength(1);
  });
});
