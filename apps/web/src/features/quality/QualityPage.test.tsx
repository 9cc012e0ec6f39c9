import { screen, waitFor, within } from '@testing-library/react';
import type { Review, Scorecard } from '@kontakt/contracts';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../test/api-mock.ts';
import { buildMe, workspaceRoutes } from '../../test/factories.ts';
import { renderApp } from '../../test/render-app.tsx';
import { pivot } from './TrendsTab.tsx';
import { toScorecardInput, initialScorecard } from './scorecard-values.ts';

const ME = '0190a000-0000-7000-8000-000000000001';
const card: Scorecard = {
  id: '0190a000-0000-7000-8000-000000000501',
  name: 'E-mail quality',
  description: '',
  passMark: 80,
  active: true,
  version: 1,
  sections: [
    {
      id: 'opening',
      title: 'Opening',
      criteria: [
        { id: 'greeting', label: 'Greets by name', description: '', weight: 1, critical: false },
        { id: 'verify', label: 'Verifies identity', description: '', weight: 3, critical: true },
      ],
    },
  ],
  createdAt: '2026-11-01T08:00:00.000Z',
  updatedAt: '2026-11-01T08:00:00.000Z',
};
const review: Review = {
  id: '0190a000-0000-7000-8000-000000000601',
  scorecardId: card.id,
  scorecardName: card.name,
  sections: card.sections,
  passMark: 80,
  ticketId: '0190a000-0000-7000-8000-000000000701',
  ticketNumber: 1042,
  ticketSubject: 'Broken vase',
  agentId: ME,
  agentName: 'Eva Nováková',
  reviewerId: '0190a000-0000-7000-8000-000000000009',
  reviewerName: 'Lena Lead',
  answers: { greeting: 'met', verify: 'not_met' },
  comments: { verify: 'Did not ask for the order number.' },
  comment: '',
  score: 0,
  passed: false,
  criticalFailures: ['verify'],
  sectionScores: [{ id: 'opening', score: 25, points: 1, maxPoints: 4 }],
  status: 'published',
  response: null,
  respondedAt: null,
  publishedAt: '2026-11-10T08:00:00.000Z',
  version: 2,
  createdAt: '2026-11-10T08:00:00.000Z',
  updatedAt: '2026-11-10T08:00:00.000Z',
};

describe('quality reviews', { timeout: 60_000 }, () => {
  it('shows an agent their review and sends a dispute only with a reason', async () => {
    const { calls } = mockApi({
      ...workspaceRoutes(),
      'GET /me': { status: 200, body: buildMe({ role: 'agent' }) },
      'GET /quality/reviews': { status: 200, body: { items: [review] } },
      [`POST /quality/reviews/${review.id}/dispute`]: {
        status: 200,
        body: { ...review, status: 'disputed', response: 'Policy changed' },
      },
    });
    const { user } = renderApp('/quality');
    expect(
      await screen.findByRole('heading', { name: 'My quality reviews' }, { timeout: 30_000 }),
    ).toBeTruthy();
    // Agents get no tabs, and never the reviewer's draft filter.
    expect(screen.queryByRole('tab')).toBeNull();
    expect(screen.queryByRole('radio', { name: 'Draft' })).toBeNull();
    const table = await screen.findByRole('table', { name: 'Reviews' });
    const row = within(table).getByText('Broken vase').closest('tr')!;
    expect(row.textContent).toContain('0 % · failed');
    await user.click(within(row).getByRole('button', { name: 'Broken vase' }));
    expect(await screen.findByText('Failed on a critical item: Verifies identity')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Dispute' }));
    const send = screen.getByRole('button', { name: 'Send dispute' });
    expect((send as HTMLButtonElement).disabled).toBe(true);
    await user.type(screen.getByRole('textbox', { name: 'What do you dispute?' }), 'Policy changed');
    await user.click(send);
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1));
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ comment: 'Policy changed' });
  });

  it('lets a lead create a scorecard with keys made from the titles', async () => {
    const { calls } = mockApi({
      ...workspaceRoutes(),
      'GET /me': { status: 200, body: buildMe({ role: 'lead' }) },
      'GET /quality/scorecards': { status: 200, body: { items: [card] } },
      'POST /quality/scorecards': {
        status: 201,
        body: { ...card, id: '0190a000-0000-7000-8000-000000000502' },
      },
    });
    const { user } = renderApp('/quality?tab=scorecards');
    const table = await screen.findByRole('table', { name: 'Scorecards' }, { timeout: 30_000 });
    expect(within(table).getByText('2 criteria')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'New scorecard' }));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Chat');
    await user.type(screen.getByRole('textbox', { name: 'Section title' }), 'Řešení');
    await user.type(screen.getByRole('textbox', { name: 'Criterion' }), 'Ověří totožnost');
    await user.click(screen.getByRole('switch', { name: 'Critical' }));
    await user.click(screen.getByRole('button', { name: 'Create scorecard' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1));
    expect(calls.find((c) => c.method === 'POST')!.body).toMatchObject({
      name: 'Chat',
      passMark: 80,
      sections: [
        {
          id: 'reseni',
          title: 'Řešení',
          criteria: [{ id: 'overi-totoznost', label: 'Ověří totožnost', weight: 1, critical: true }],
        },
      ],
    });
  });
});

describe('helpers', () => {
  it('pivots trend points into one row per period', () => {
    const { rows, keys } = pivot([
      { key: 'a', label: 'Jana', period: '2026-11-02', reviews: 2, score: 90 },
      { key: 'b', label: 'Petr', period: '2026-11-02', reviews: 1, score: null },
      { key: 'a', label: 'Jana', period: '2026-10-26', reviews: 1, score: 70 },
    ]);
    expect(rows).toEqual([
      { period: '2026-10-26', a: 70 },
      { period: '2026-11-02', a: 90, b: null },
    ]);
    expect(keys).toEqual([
      { key: 'a', label: 'Jana' },
      { key: 'b', label: 'Petr' },
    ]);
  });

  it('keeps existing keys and makes unique new ones', () => {
    const values = initialScorecard(card);
    values.sections[0]!.criteria.push({ id: '', label: 'Greets by name', weight: 2, critical: false });
    const input = toScorecardInput(values);
    expect(input.sections[0]!.criteria.map((c) => c.id)).toEqual(['greeting', 'verify', 'greets-by-name']);
  });
});
