import { describe, expect, it } from 'vitest';
import type { AutomationCondition } from '@kontakt/contracts';
import { evaluateCondition, evaluateConditions, type RuleFacts } from './conditions.ts';
import { planActions, raisedPriority } from './actions.ts';
import { runRuleChain } from './chain.ts';
import { timeTriggerCutoff, timeTriggerDueAt } from './time-trigger.ts';

const facts = (over: Partial<RuleFacts> = {}): RuleFacts => ({
  ticket: {
    status: 'open',
    priority: 'normal',
    type: 'complaint',
    channel: 'email',
    queueId: 'q1',
    teamId: null,
    assigneeId: null,
    tags: ['vip', 'shoes'],
    contactReasonId: null,
    language: 'pl',
    subject: 'Reklamacja butów',
    customFields: { order_no: 'A-17', amount: 120 },
  },
  changes: null,
  customer: { flags: ['vip'], language: 'cs', attributes: { tier: 'gold', orders: 3 } },
  message: { text: 'Buty się rozkleiły, PILNE', author: 'customer' },
  inBusinessHours: (id) => id !== 'night',
  ...over,
});

const c = (field: string, operator: AutomationCondition['operator'], value?: unknown, extra: object = {}) =>
  ({ field, operator, ...(value === undefined ? {} : { value }), ...extra }) as AutomationCondition;

describe('evaluateCondition', () => {
  const updated = facts({
    changes: [
      { field: 'status', from: 'open', to: 'solved' },
      { field: 'tags', from: ['vip'], to: ['vip', 'shoes'] },
      { field: 'customFields', from: { order_no: 'A-1' }, to: { order_no: 'A-17' } },
    ],
  });
  it.each([
    [c('ticket.status', 'is', 'open'), facts(), true],
    [c('ticket.status', 'is_not', 'open'), facts(), false],
    [c('ticket.priority', 'any_of', ['high', 'normal']), facts(), true],
    [c('ticket.priority', 'none_of', ['high', 'urgent']), facts(), true],
    [c('ticket.channel', 'is', 'chat'), facts(), false],
    [c('ticket.tags', 'any_of', ['shoes']), facts(), true],
    [c('ticket.tags', 'all_of', ['shoes', 'bags']), facts(), false],
    [c('ticket.tags', 'none_of', ['bags']), facts(), true],
    [c('ticket.assignee_id', 'is_not_set'), facts(), true],
    [c('ticket.subject', 'contains', 'BUTOW'), facts(), true],
    [c('ticket.subject', 'not_contains', 'zwrot'), facts(), true],
    [c('ticket.custom.order_no', 'is', 'a-17'), facts(), true],
    [c('ticket.custom.amount', 'gt', 100), facts(), true],
    [c('ticket.custom.amount', 'lt', 100), facts(), false],
    [c('ticket.custom.missing', 'is_set'), facts(), false],
    [c('customer.flags', 'any_of', ['vip']), facts(), true],
    [c('customer.flags', 'any_of', ['vip']), facts({ customer: null }), false],
    [c('customer.language', 'is', 'cs'), facts(), true],
    [c('customer.attribute.tier', 'is', 'gold'), facts(), true],
    [c('customer.attribute.orders', 'gt', 5), facts(), false],
    [c('message.text', 'contains', 'pilne'), facts(), true],
    [c('message.text', 'contains', 'pilne'), facts({ message: null }), false],
    [c('message.author', 'is', 'agent'), facts(), false],
    [c('time.business_hours', 'is', true), facts(), true],
    [c('time.business_hours', 'is', true, { calendarId: 'night' }), facts(), false],
    [c('ticket.status', 'changed'), facts(), false],
    [c('ticket.status', 'changed'), updated, true],
    [c('ticket.status', 'changed_to', 'solved'), updated, true],
    [c('ticket.status', 'changed_from', 'solved'), updated, false],
    [c('ticket.status', 'changed_from', 'open'), updated, true],
    [c('ticket.tags', 'changed_to', 'shoes'), updated, true],
    [c('ticket.tags', 'changed_to', 'vip'), updated, false],
    [c('ticket.custom.order_no', 'changed_to', 'A-17'), updated, true],
    [c('ticket.priority', 'changed'), updated, false],
  ])('%o → %s', (condition, f, expected) => {
    expect(evaluateCondition(condition, f as RuleFacts).matched).toBe(expected);
  });

  it('needs all of `all` and one of `any`', () => {
    const f = facts();
    const all = [c('ticket.status', 'is', 'open')];
    expect(evaluateConditions({ all, any: [] }, f).matched).toBe(true);
    expect(evaluateConditions({ all, any: [c('ticket.priority', 'is', 'low')] }, f).matched).toBe(false);
    const any = [c('ticket.priority', 'is', 'low'), c('ticket.type', 'is', 'complaint')];
    expect(evaluateConditions({ all, any }, f)).toMatchObject({
      matched: true,
      results: [
        { group: 'all', matched: true },
        { group: 'any', matched: false },
        { group: 'any', matched: true },
      ],
    });
  });
});

describe('planActions', () => {
  const ticket = facts().ticket;
  it('plans field changes in order and leaves no-ops out', () => {
    const plan = planActions(
      ticket,
      [
        { type: 'set_priority', priority: 'normal' },
        { type: 'add_tags', tags: ['vip', 'new'] },
        { type: 'remove_tags', tags: ['shoes'] },
        { type: 'assign_queue', queueId: 'q2' },
        { type: 'set_status', status: 'closed' },
      ],
      (q) => (q === 'q2' ? 't2' : null),
    );
    expect(plan.changes).toEqual([
      { field: 'queueId', from: 'q1', to: 'q2' },
      { field: 'teamId', from: null, to: 't2' },
      { field: 'tags', from: ['vip', 'shoes'], to: ['vip', 'new'] },
    ]);
    expect(plan.problems).toEqual([
      expect.objectContaining({ action: 4, code: 'invalid_status_transition' }),
    ]);
  });
  it('escalates one step (never down) and keeps the notice as an effect', () => {
    expect(raisedPriority('high')).toBe('urgent');
    expect(raisedPriority('urgent')).toBe('urgent');
    const plan = planActions({ ...ticket, priority: 'urgent' }, [{ type: 'escalate', priority: 'high' }]);
    expect(plan.changes).toEqual([]);
    expect(plan.effects).toEqual([{ type: 'escalate', priority: 'high', index: 0 }]);
  });
});

describe('runRuleChain', () => {
  it('fires each rule once per chain, so two rules cannot ping-pong', async () => {
    let priority = 'high';
    const rules = [
      { id: 'a', when: 'high', set: 'low' },
      { id: 'b', when: 'low', set: 'high' },
    ];
    const fired = await runRuleChain(
      { event: 'ticket.updated', changes: [{ field: 'priority', from: 'normal', to: 'high' }] },
      () => rules,
      async (rule, step) => {
        const to = step.changes?.find((x) => x.field === 'priority')?.to;
        if (to !== rule.when) return null;
        const from = priority;
        priority = rule.set;
        return [{ field: 'priority', from, to: rule.set }];
      },
    );
    expect(fired).toEqual(['a', 'b']);
    expect(priority).toBe('high');
  });
  it('stops at the depth bound', async () => {
    const rules = Array.from({ length: 10 }, (_, i) => ({ id: `r${i}` }));
    const depths: number[] = [];
    await runRuleChain(
      { event: 'ticket.created', changes: null },
      () => rules,
      async (rule, step) => {
        if (depths.includes(step.depth)) return null;
        depths.push(step.depth);
        return [{ field: 'tags', from: [], to: [rule.id] }];
      },
      3,
    );
    expect(depths).toEqual([0, 1, 2, 3]);
  });
});

describe('time triggers', () => {
  it('are due hours after their anchor', () => {
    const anchors = {
      statusChangedAt: new Date('2026-03-27T10:00:00Z'),
      lastActivityAt: new Date('2026-03-28T10:00:00Z'),
      createdAt: new Date('2026-03-20T10:00:00Z'),
    };
    expect(timeTriggerDueAt({ since: 'status_changed', hours: 120 }, anchors).toISOString()).toBe(
      '2026-04-01T10:00:00.000Z',
    );
    expect(timeTriggerDueAt({ since: 'created', hours: 1 }, anchors).toISOString()).toBe(
      '2026-03-20T11:00:00.000Z',
    );
    expect(
      timeTriggerCutoff(
        { since: 'last_activity', hours: 24 },
        new Date('2026-03-29T10:00:00Z'),
      ).toISOString(),
    ).toBe('2026-03-28T10:00:00.000Z');
  });
});
