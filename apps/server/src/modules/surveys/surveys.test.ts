import { describe, expect, it } from 'vitest';
import { startTestKontakt } from '../../../test/harness.ts';
import { buildAgent, signIn } from '../../../test/factories.ts';
import { sweepSurveys } from './survey-send.service.ts';
import { signSurveyToken } from './survey-token.ts';
import { surveysWorld } from './surveys.test-kit.ts';

const k = await startTestKontakt();
const w = await surveysWorld(k);
const MIN = 60_000;
const DAY = 86_400_000;

describe('CSAT after a solve', () => {
  it('is scheduled on the solve and mailed only when the delay has passed (by the injected clock)', async () => {
    await w.settings({ csatDelayMinutes: 30 });
    const t = await w.ticket({ email: 'zofia@example.test', name: 'Zofia' });
    const solvedAt = k.clock.now().getTime();
    await w.setStatus(w.agent, t.id, 'solved');
    const [req] = await w.scheduled(t.id);
    expect(req!.status).toBe('scheduled');
    expect(new Date(req!.send_at).getTime()).toBe(solvedAt + 30 * MIN);

    await sweepSurveys(k.deps);
    expect(await w.mails('survey_csat')).toEqual([]);

    k.clock.advance(31 * MIN);
    await sweepSurveys(k.deps);
    const mails = await w.mails('survey_csat');
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to_address).toBe('zofia@example.test');
    expect(mails[0]!.subject).toContain(`#${t.number}`);
    expect(mails[0]!.body_text).toContain('Zofia');
    expect(mails[0]!.body_text).toContain(`${k.deps.config.publicUrl}/survey/`);
    expect((await w.requests(t.id))[0]!.status).toBe('sent');
    // Sweeping again sends nothing more.
    await sweepSurveys(k.deps);
    expect(await w.mails('survey_csat')).toHaveLength(1);
  });

  it('is not sent again when the ticket is solved again within the window, nor to customers without e-mail', async () => {
    await w.settings({ csatDelayMinutes: 0, resendWindowDays: 30 });
    const before = (await w.mails('survey_csat')).length;
    const t = await w.ticket();
    await w.setStatus(w.agent, t.id, 'solved');
    await w.scheduled(t.id);
    await sweepSurveys(k.deps);
    expect((await w.requests(t.id))[0]!.status).toBe('sent');
    k.clock.advance(2 * DAY);
    await w.setStatus(w.agent, t.id, 'open');
    await w.setStatus(w.agent, t.id, 'solved');
    const rows = await w.scheduled(t.id, 2);
    await sweepSurveys(k.deps);
    expect((await w.requests(t.id))[1]).toMatchObject({
      id: rows[1]!.id,
      status: 'skipped',
      skip_reason: 'recently_surveyed',
    });

    const noMail = await w.ticket({ phone: '+48600111222', name: 'Bez maila' });
    await w.setStatus(w.agent, noMail.id, 'solved');
    await w.scheduled(noMail.id);
    await sweepSurveys(k.deps);
    expect((await w.requests(noMail.id))[0]).toMatchObject({ status: 'skipped', skip_reason: 'no_email' });
    expect(await w.mails('survey_csat')).toHaveLength(before + 1);
  });

  it('follows a queue override: disabled queues get no survey', async () => {
    await w.settings({ queues: [{ queueId: w.queue.id, csatEnabled: false, csatDelayMinutes: 0 }] });
    const t = await w.ticket();
    await w.setStatus(w.agent, t.id, 'solved');
    await new Promise((r) => setTimeout(r, 300));
    expect(await w.requests(t.id)).toEqual([]);
    await w.settings({ csatDelayMinutes: 0 });
  });
});

describe('the survey link', () => {
  async function sentLink() {
    await w.settings({ csatDelayMinutes: 0 });
    const t = await w.ticket();
    await w.setStatus(w.agent, t.id, 'solved');
    await w.scheduled(t.id);
    await sweepSurveys(k.deps);
    const mails = await w.mails('survey_csat');
    return { ticket: t, token: w.tokenIn(mails.at(-1)!.body_text) };
  }

  it('opens without signing in, in the ticket language, and one answer per ticket is kept (updated)', async () => {
    const { ticket, token } = await sentLink();
    const page = await w.publicGet(token);
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json()).toMatchObject({ kind: 'csat', language: 'pl', min: 1, max: 5, answer: null });
    expect(page.json().question).toContain('obsługę');

    expect((await w.answer(token, { score: 5 })).statusCode).toBe(200);
    const second = await w.answer(token, { score: 4, comment: 'Szybko i konkretnie' });
    expect(second.statusCode, second.body).toBe(200);
    expect(second.json().answer).toEqual({ score: 4, comment: 'Szybko i konkretnie' });
    const rows = await k.database.query<{
      score: number;
      source: string;
      agent_id: string;
      queue_id: string;
    }>(`SELECT score, source, agent_id, queue_id FROM survey_answers WHERE ticket_id = $1`, [ticket.id]);
    expect(rows).toEqual([{ score: 4, source: 'email', agent_id: w.agentRow.id, queue_id: w.queue.id }]);
    expect((await w.answer(token, { score: 6 })).json().error.code).toBe('validation_failed');
  });

  it('refuses altered tokens (400) and expired ones (410)', async () => {
    const { token } = await sentLink();
    const body = token.slice(0, 51);
    const sig = token.slice(51);
    const flipped = `${body.slice(0, -2)}${body.at(-2) === 'A' ? 'B' : 'A'}${body.at(-1)}${sig}`;
    for (const bad of [flipped, `${body}${sig.slice(1)}x`, `${token}A`, 'not-a-token-at-all']) {
      const res = await w.publicGet(bad);
      expect(res.statusCode, bad).toBe(400);
      expect(res.json().error.code).toBe('survey_link_invalid');
    }
    const forged = signSurveyToken({ deriveKey: () => Buffer.alloc(32, 7) } as never, {
      requestId: '0190a000-0000-7000-8000-000000000000',
      kind: 'csat',
      ticketId: '0190a000-0000-7000-8000-000000000000',
      language: 'en',
      expiresAt: Date.now() + DAY,
    });
    expect((await w.publicGet(forged)).statusCode).toBe(400);

    k.clock.advance(15 * DAY);
    const expired = await w.answer(token, { score: 5 });
    expect(expired.statusCode).toBe(410);
    expect(expired.json().error.code).toBe('survey_link_expired');
    // Sessions do not survive the jump; sign in again for the next tests.
    w.agent = await signIn(k, w.agentRow.email);
    w.admin = await signIn(k, await adminEmail());
  });
});

const adminEmail = async () =>
  (
    await k.database.query<{ email: string }>(
      `SELECT email FROM agents WHERE organization_id = $1 AND role = 'admin'`,
      [w.org.id],
    )
  )[0]!.email;

describe('a low score', () => {
  it('notifies the team lead and raises survey.low_score for automation rules, once per fall', async () => {
    const rule = await w.send('POST', w.admin, '/automation-rules', {
      name: 'Follow up unhappy customers',
      event: 'survey.low_score',
      actions: [{ type: 'add_tags', tags: ['low-score'] }],
    });
    expect(rule.statusCode, rule.body).toBe(201);
    await w.settings({ csatDelayMinutes: 0 });
    const t = await w.ticket();
    await w.setStatus(w.agent, t.id, 'solved');
    await w.scheduled(t.id);
    await sweepSurveys(k.deps);
    const token = w.tokenIn((await w.mails('survey_csat')).at(-1)!.body_text);
    expect((await w.answer(token, { score: 1, comment: 'Nikt nie pomógł' })).statusCode).toBe(200);
    expect((await w.answer(token, { score: 2 })).statusCode).toBe(200); // still low: no second alert
    const notices = await k.database.query<{ agent_id: string }>(
      `SELECT agent_id FROM notifications WHERE ticket_id = $1 AND kind = 'survey_low_score'`,
      [t.id],
    );
    expect(notices).toEqual([{ agent_id: w.leadRow.id }]);
    const ticket = (await w.get(w.agent, `/tickets/${t.id}`)).json();
    expect(ticket.tags).toContain('low-score');
    const runs = await k.database.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ticket_events WHERE ticket_id = $1 AND kind = 'rule_applied'`,
      [t.id],
    );
    expect(runs[0]!.n).toBe(1);
  });
});

describe('results', () => {
  it('lists answers with filters and figures for leads; agents may not see them', async () => {
    const lead = await signIn(k, w.leadRow.email);
    const all = await w.get(lead, '/surveys/answers?kind=csat');
    expect(all.statusCode, all.body).toBe(200);
    const items = all.json().items as Array<{ score: number; low: boolean; agent: { id: string } }>;
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(items.every((i) => i.agent.id === w.agentRow.id)).toBe(true);
    const low = (await w.get(lead, '/surveys/answers?lowOnly=true')).json().items as Array<{ score: number }>;
    expect(low.map((i) => i.score)).toEqual([2]);
    const figures = (await w.get(lead, `/surveys/figures?queueId=${w.queue.id}`)).json();
    const scores = items.map((i) => i.score);
    expect(figures.csat).toEqual({
      value: scores.filter((s) => s >= 4).length / scores.length,
      n: scores.length,
    });
    expect(figures.nps).toEqual({ value: null, n: 0 });
    expect((await w.get(w.agent, '/surveys/answers')).statusCode).toBe(403);
    const other = await buildAgent(k, { id: w.org.id }, { role: 'agent' });
    expect((await w.get(await signIn(k, other.email), '/surveys/figures')).statusCode).toBe(403);
  });
});
