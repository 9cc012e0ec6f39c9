import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { startTestKontakt } from '../../../test/harness.ts';
import {
  buildAgent,
  buildQueue,
  buildTeam,
  buildTicket,
  orgWithAdmin,
  signIn,
} from '../../../test/factories.ts';
import { api } from '../sla/sla.test-kit.ts';
import { tickets } from '../tickets/tickets.table.ts';

const k = await startTestKontakt();
const { send, get } = api(k);
const { org } = await orgWithAdmin(k);
const leadRow = await buildAgent(k, org, { role: 'lead', name: 'Lena Lead' });
const qaRow = await buildAgent(k, org, { role: 'qa', name: 'Quido QA' });
const janaRow = await buildAgent(k, org, { name: 'Jana Nowak' });
const petrRow = await buildAgent(k, org, { name: 'Petr Svoboda' });
const team = await buildTeam(k, org, [janaRow.id, petrRow.id]);
const queue = await buildQueue(k, org, { teamId: team.id });
const lead = await signIn(k, leadRow.email);
const qa = await signIn(k, qaRow.email);
const jana = await signIn(k, janaRow.email);
const petr = await signIn(k, petrRow.email);

const CARD = {
  name: 'E-mail quality',
  passMark: 75,
  sections: [
    {
      id: 'opening',
      title: 'Opening',
      criteria: [
        { id: 'greeting', label: 'Greets by name', weight: 1 },
        { id: 'verify', label: 'Verifies identity', weight: 3, critical: true },
      ],
    },
    {
      id: 'solution',
      title: 'Solution',
      criteria: [
        { id: 'correct', label: 'Correct answer', weight: 4 },
        { id: 'tone', label: 'Tone', weight: 2 },
      ],
    },
  ],
};
const ALL_MET = { greeting: 'met', verify: 'met', correct: 'met', tone: 'met' };

async function solvedTicket(assigneeId: string, solvedAt = '2026-11-10T10:00:00Z') {
  const t = await buildTicket(k, org, queue, { assigneeId });
  await k.deps.db
    .update(tickets)
    .set({ status: 'solved', solvedAt: new Date(solvedAt) })
    .where(eq(tickets.id, t.id));
  return t;
}

const card = (await send('POST', lead, '/quality/scorecards', CARD)).json() as {
  id: string;
  version: number;
};

describe('scorecards', () => {
  it('are managed by leads and admins, with unique ids and names', async () => {
    expect(card.id).toBeTruthy();
    const dup = await send('POST', lead, '/quality/scorecards', CARD);
    expect(dup.statusCode).toBe(409);
    const bad = await send('POST', lead, '/quality/scorecards', {
      ...CARD,
      name: 'Twice',
      sections: [CARD.sections[0], { ...CARD.sections[1], id: 'opening' }],
    });
    expect(bad.statusCode).toBe(400);
    expect((await send('POST', jana, '/quality/scorecards', { ...CARD, name: 'Mine' })).statusCode).toBe(403);
    expect((await get(jana, '/quality/scorecards')).statusCode).toBe(403);
    const stale = await send('PATCH', lead, `/quality/scorecards/${card.id}`, { passMark: 70, version: 99 });
    expect(stale.statusCode).toBe(409);
  });
});

describe('reviews', () => {
  it('score with weights, fail on a critical item, notify the agent, and stay hidden from others', async () => {
    const t = await solvedTicket(janaRow.id);
    const incomplete = await send('POST', lead, '/quality/reviews', {
      scorecardId: card.id,
      ticketId: t.id,
      answers: { greeting: 'met' },
      publish: true,
    });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().error.code).toBe('answers_incomplete');

    const draft = await send('POST', lead, '/quality/reviews', {
      scorecardId: card.id,
      ticketId: t.id,
      answers: { greeting: 'met', verify: 'not_met', correct: 'met', tone: 'partial' },
      comments: { verify: 'Did not ask for the order number.' },
    });
    expect(draft.statusCode, draft.body).toBe(201);
    const review = draft.json();
    expect(review).toMatchObject({ status: 'draft', score: 0, passed: false, criticalFailures: ['verify'] });
    expect(review.agentId).toBe(janaRow.id);
    // Drafts are the reviewer's own.
    expect((await get(jana, `/quality/reviews/${review.id}`)).statusCode).toBe(404);

    const published = await send('PATCH', lead, `/quality/reviews/${review.id}`, {
      answers: { greeting: 'met', verify: 'met', correct: 'met', tone: 'partial' },
      publish: true,
      version: review.version,
    });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toMatchObject({ status: 'published', score: 90, passed: true });

    const notes = (await get(jana, '/notifications')).json().items as Array<{
      kind: string;
      ticketId: string;
    }>;
    expect(notes.some((n) => n.kind === 'review_published' && n.ticketId === t.id)).toBe(true);
    expect((await get(jana, `/quality/reviews/${review.id}`)).statusCode).toBe(200);
    expect((await get(petr, `/quality/reviews/${review.id}`)).statusCode).toBe(404);
    const petrs = (await get(petr, `/quality/reviews?agentId=${janaRow.id}`)).json().items;
    expect(petrs).toEqual([]);
    expect((await get(jana, '/quality/reviews')).json().items.map((r: { id: string }) => r.id)).toEqual([
      review.id,
    ]);

    const again = await send('POST', lead, '/quality/reviews', {
      scorecardId: card.id,
      ticketId: t.id,
      answers: ALL_MET,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('already_reviewed');
  });

  it('can be disputed with a comment once, and a changed review goes back to the agent', async () => {
    const t = await solvedTicket(janaRow.id);
    const review = (
      await send('POST', lead, '/quality/reviews', {
        scorecardId: card.id,
        ticketId: t.id,
        answers: { ...ALL_MET, correct: 'not_met' },
        publish: true,
      })
    ).json();
    expect(review.score).toBe(60);
    expect(
      (await send('POST', petr, `/quality/reviews/${review.id}/dispute`, { comment: 'x' })).statusCode,
    ).toBe(404);
    const empty = await send('POST', jana, `/quality/reviews/${review.id}/dispute`, {});
    expect(empty.json().error.code).toBe('comment_required');
    const disputed = await send('POST', jana, `/quality/reviews/${review.id}/dispute`, {
      comment: 'The answer was right: the policy changed on Monday.',
    });
    expect(disputed.json()).toMatchObject({ status: 'disputed' });
    const leadNotes = (await get(lead, '/notifications')).json().items as Array<{ kind: string }>;
    expect(leadNotes.some((n) => n.kind === 'review_disputed')).toBe(true);
    const twice = await send('POST', jana, `/quality/reviews/${review.id}/acknowledge`, {});
    expect(twice.statusCode).toBe(409);

    const fixed = await send('PATCH', lead, `/quality/reviews/${review.id}`, {
      answers: ALL_MET,
      version: disputed.json().version,
    });
    expect(fixed.json()).toMatchObject({ status: 'published', score: 100 });
    const ack = await send('POST', jana, `/quality/reviews/${review.id}/acknowledge`, {});
    expect(ack.json()).toMatchObject({ status: 'acknowledged' });
  });

  it('compares reviewers of one conversation (calibration)', async () => {
    const t = await solvedTicket(petrRow.id);
    for (const [who, answers] of [
      [lead, ALL_MET],
      [qa, { ...ALL_MET, correct: 'partial' }],
    ] as const) {
      const r = await send('POST', who, '/quality/reviews', {
        scorecardId: card.id,
        ticketId: t.id,
        answers,
        publish: true,
      });
      expect(r.statusCode, r.body).toBe(201);
    }
    const cal = (await get(qa, `/quality/calibration?ticketId=${t.id}&scorecardId=${card.id}`)).json();
    expect(cal).toMatchObject({ reviewers: 2, mean: 90, variance: 100, stdDev: 10, spread: 20 });
    expect(cal.criteria.find((c: { id: string }) => c.id === 'correct').agreed).toBe(false);
    expect((await get(jana, `/quality/calibration?ticketId=${t.id}&scorecardId=${card.id}`)).statusCode).toBe(
      403,
    );
  });
});

describe('sampling and trends', () => {
  it('draws unreviewed solved conversations per agent', async () => {
    const window = { from: '2026-10-01T00:00:00Z', to: '2026-10-31T00:00:00Z' };
    const mine = [
      await solvedTicket(janaRow.id, '2026-10-05T09:00:00Z'),
      await solvedTicket(janaRow.id, '2026-10-06T09:00:00Z'),
    ];
    const his = await solvedTicket(petrRow.id, '2026-10-07T09:00:00Z');
    await solvedTicket(petrRow.id, '2026-11-20T09:00:00Z');
    await send('POST', lead, '/quality/reviews', {
      scorecardId: card.id,
      ticketId: mine[0]!.id,
      answers: ALL_MET,
    });
    const res = await send('POST', qa, '/quality/samples', { ...window, perAgent: 5 });
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as Array<{ ticketId: string; agentId: string }>;
    expect(items.map((i) => i.ticketId).sort()).toEqual([mine[1]!.id, his.id].sort());
    const one = (
      await send('POST', qa, '/quality/samples', { ...window, perAgent: 1, agentIds: [janaRow.id] })
    ).json();
    expect(one.items).toHaveLength(1);
    expect((await send('POST', jana, '/quality/samples', window)).statusCode).toBe(403);
  });

  it('gives mean scores per agent and the share met per criterion', async () => {
    const q = 'from=2026-11-01T00:00:00Z&to=2026-12-01T00:00:00Z&period=month';
    const byAgent = (await get(lead, `/quality/trends?${q}&groupBy=agent`)).json().items as Array<{
      key: string;
      score: number;
      reviews: number;
    }>;
    const janas = byAgent.find((p) => p.key === janaRow.id)!;
    expect(janas.reviews).toBe(2);
    expect(janas.score).toBe(95);
    const byCriterion = (await get(lead, `/quality/trends?${q}&groupBy=criterion`)).json().items as Array<{
      key: string;
      score: number;
    }>;
    // correct: met, met (jana ×2), met, partial (petr calibration) → 87.5 %
    expect(byCriterion.find((p) => p.key === 'correct')!.score).toBe(87.5);
    const del = await send('DELETE', lead, `/quality/scorecards/${card.id}`);
    expect(del.json().error.code).toBe('scorecard_in_use');
  });
});
