import { describe, expect, it } from 'vitest';
import { startTestKontakt } from '../../../test/harness.ts';
import { eventually } from '../sla/sla.test-kit.ts';
import { surveysWorld } from './surveys.test-kit.ts';

const k = await startTestKontakt();
const w = await surveysWorld(k);

async function solvedTicket(customer: object, language: 'pl' | 'en') {
  const res = await w.send('POST', w.agent, '/tickets', {
    subject: 'Pytanie',
    queueId: w.queue.id,
    customer,
    assigneeId: w.agentRow.id,
    language,
    message: { author: 'customer', body: { text: 'Pytanie' } },
  });
  expect(res.statusCode, res.body).toBe(201);
  await w.setStatus(w.agent, res.json().id, 'solved');
  return res.json() as { id: string };
}

describe('NPS campaign', () => {
  it('validates and is only for admins', async () => {
    const body = {
      kind: 'nps',
      name: 'Q4',
      audience: { solvedFrom: '2026-11-02T00:00:00Z', solvedTo: '2026-11-01T00:00:00Z' },
    };
    expect((await w.send('POST', w.admin, '/surveys/campaigns', body)).statusCode).toBe(400);
    const unknownQueue = await w.send('POST', w.admin, '/surveys/campaigns', {
      ...body,
      audience: {
        solvedFrom: '2026-11-01T00:00:00Z',
        solvedTo: '2026-11-03T00:00:00Z',
        queueIds: ['0190a000-0000-7000-8000-000000000000'],
      },
    });
    expect(unknownQueue.statusCode).toBe(400);
    const valid = {
      ...body,
      audience: { solvedFrom: '2026-11-01T00:00:00Z', solvedTo: '2026-11-03T00:00:00Z' },
    };
    expect((await w.send('POST', w.agent, '/surveys/campaigns', valid)).statusCode).toBe(403);
    expect((await w.get(w.admin, '/surveys/campaigns/0190a000-0000-7000-8000-000000000000')).statusCode).toBe(
      404,
    );
  });

  it('reaches each customer of the audience once, shows progress, and keeps one answer per recipient', async () => {
    const anna = { email: 'anna@example.test', name: 'Anna' };
    await solvedTicket(anna, 'pl');
    await solvedTicket(anna, 'pl'); // a second ticket: still one invitation
    await solvedTicket({ email: 'jan@example.test', name: 'Jan' }, 'pl');
    await solvedTicket({ email: 'john@example.test', name: 'John' }, 'en'); // another language
    await solvedTicket({ phone: '+48600999888', name: 'Bez maila' }, 'pl');

    const created = await w.send('POST', w.admin, '/surveys/campaigns', {
      kind: 'nps',
      name: 'NPS listopad',
      audience: { solvedFrom: '2026-11-01T00:00:00Z', solvedTo: '2026-11-03T00:00:00Z', languages: ['pl'] },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    expect(created.json()).toMatchObject({ status: 'draft', recipientsTotal: 0 });

    const started = await w.send('POST', w.admin, `/surveys/campaigns/${id}/send`);
    expect(started.statusCode, started.body).toBe(200);
    expect(started.json().recipientsTotal).toBe(3);
    expect((await w.send('POST', w.admin, `/surveys/campaigns/${id}/send`)).json().error.code).toBe(
      'campaign_already_sent',
    );
    const done = await eventually(async () => {
      const c = (await w.get(w.admin, `/surveys/campaigns/${id}`)).json();
      expect(c.status).toBe('sent');
      return c;
    });
    expect(done).toMatchObject({ recipientsTotal: 3, recipientsDone: 3 });
    const mails = await w.mails('survey_nps');
    expect(mails.map((m) => m.to_address).sort()).toEqual(['anna@example.test', 'jan@example.test']);

    const token = w.tokenIn(mails.find((m) => m.to_address === 'anna@example.test')!.body_text);
    const page = (await w.publicGet(token)).json();
    expect(page).toMatchObject({ kind: 'nps', min: 0, max: 10, language: 'pl' });
    expect((await w.answer(token, { score: 3 })).statusCode).toBe(200);
    expect((await w.answer(token, { score: 9, comment: 'Polecę' })).statusCode).toBe(200);
    const rows = await k.database.query<{ score: number; source: string }>(
      `SELECT score, source FROM survey_answers WHERE campaign_id = $1`,
      [id],
    );
    expect(rows).toEqual([{ score: 9, source: 'campaign' }]);
    const list = (await w.get(w.admin, '/surveys/campaigns')).json().items;
    expect(list[0]).toMatchObject({ id, answers: 1 });
    const figures = (await w.get(w.admin, `/surveys/figures?campaignId=${id}`)).json();
    expect(figures.nps).toEqual({ value: 100, n: 1 });
  });
});

describe('texts per language', () => {
  it('are built in until an admin stores their own, which the e-mail then uses', async () => {
    const all = (await w.get(w.admin, '/surveys/templates')).json().items as Array<{
      kind: string;
      language: string;
      custom: boolean;
    }>;
    expect(all).toHaveLength(9);
    expect(all.every((t) => !t.custom)).toBe(true);
    const noLink = await w.send('PUT', w.admin, '/surveys/templates/ces/cs', {
      question: 'Jak snadné to bylo?',
      commentPrompt: 'Komentář',
      thankYou: 'Díky',
      emailSubject: 'Otázka',
      emailBody: 'Bez odkazu',
    });
    expect(noLink.statusCode).toBe(400);
    const saved = await w.send('PUT', w.admin, '/surveys/templates/ces/cs', {
      question: 'Jak snadné to bylo?',
      commentPrompt: 'Komentář',
      thankYou: 'Díky',
      emailSubject: 'Otázka pro {{customerName}}',
      emailBody: 'Klikněte: {{link}}',
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().custom).toBe(true);
    await solvedTicket({ email: 'petr@example.test', name: 'Petr' }, 'en');
    await k.database.query(
      `UPDATE tickets SET language = 'cs' WHERE subject = 'Pytanie' AND language = 'en'`,
    );
    const c = await w.send('POST', w.admin, '/surveys/campaigns', {
      kind: 'ces',
      name: 'CES',
      audience: { solvedFrom: '2026-11-01T00:00:00Z', solvedTo: '2026-11-03T00:00:00Z', languages: ['cs'] },
    });
    await w.send('POST', w.admin, `/surveys/campaigns/${c.json().id}/send`);
    const mails = await eventually(async () => {
      const m = await w.mails('survey_ces');
      expect(m.length).toBeGreaterThanOrEqual(1);
      return m;
    });
    expect(mails.map((m) => m.subject)).toContain('Otázka pro Petr');
    const reset = await w.send('DELETE', w.admin, '/surveys/templates/ces/cs');
    expect(reset.json()).toMatchObject({ custom: false });
  });
});
