import { describe, expect, it } from 'vitest';
import {
  canServe,
  estimateWaitSeconds,
  offerExpired,
  pickAgent,
  planOffers,
  queuePositions,
  type QueueRequirements,
  type RoutingAgent,
  type WaitingChat,
} from './routing.ts';

const agent = (id: string, over: Partial<RoutingAgent> = {}): RoutingAgent => ({
  id,
  skills: [],
  languages: ['pl', 'en'],
  capacity: 3,
  activeChats: 0,
  pendingOffers: 0,
  idleSince: 1_000,
  visibleQueueIds: 'all',
  ...over,
});
const chat = (id: string, over: Partial<WaitingChat> = {}): WaitingChat => ({
  id,
  queueId: 'q',
  language: 'pl',
  enqueuedAt: 1_000,
  passedAgentIds: [],
  ...over,
});
const none: QueueRequirements = { requiredSkills: [], languages: [] };

describe('who may take a chat', () => {
  it('needs every required skill (case-insensitive)', () => {
    const req = { requiredSkills: ['Returns', 'b2b'], languages: [] };
    expect(canServe(agent('a', { skills: ['returns', 'B2B', 'x'] }), chat('c'), req)).toBe(true);
    expect(canServe(agent('a', { skills: ['returns'] }), chat('c'), req)).toBe(false);
  });

  it('needs the visitor’s language, or the queue’s when the queue does not serve it', () => {
    const czechOnly = agent('a', { languages: ['cs'] });
    expect(canServe(czechOnly, chat('c', { language: 'pl' }), none)).toBe(false);
    expect(canServe(czechOnly, chat('c', { language: 'cs' }), none)).toBe(true);
    // A Czech queue takes an English visitor to Czech-speaking agents.
    expect(
      canServe(czechOnly, chat('c', { language: 'en' }), { requiredSkills: [], languages: ['cs'] }),
    ).toBe(true);
  });

  it('needs a free slot: capacity less active chats and pending offers', () => {
    expect(canServe(agent('a', { capacity: 2, activeChats: 1, pendingOffers: 1 }), chat('c'), none)).toBe(
      false,
    );
    expect(canServe(agent('a', { capacity: 2, activeChats: 1 }), chat('c'), none)).toBe(true);
    expect(canServe(agent('a', { capacity: 0 }), chat('c'), none)).toBe(false);
  });

  it('needs to see the chat queue', () => {
    expect(canServe(agent('a', { visibleQueueIds: ['other'] }), chat('c'), none)).toBe(false);
    expect(canServe(agent('a', { visibleQueueIds: ['q'] }), chat('c'), none)).toBe(true);
  });
});

describe('who gets it', () => {
  it('prefers the most free capacity', () => {
    const busy = agent('busy', { activeChats: 2, idleSince: 0 });
    const free = agent('free', { activeChats: 1, idleSince: 5_000 });
    expect(pickAgent(chat('c'), none, [busy, free])?.id).toBe('free');
  });

  it('breaks ties by the longest idle', () => {
    const recent = agent('recent', { idleSince: 9_000 });
    const idle = agent('idle', { idleSince: 2_000 });
    expect(pickAgent(chat('c'), none, [recent, idle])?.id).toBe('idle');
  });

  it('answers null when nobody matches', () => {
    expect(pickAgent(chat('c'), { requiredSkills: ['vip'], languages: [] }, [agent('a')])).toBeNull();
  });

  it('after an offer expires the chat goes to the next agent', () => {
    const [first, second] = [agent('first', { idleSince: 1 }), agent('second', { idleSince: 2 })];
    const c = chat('c');
    expect(pickAgent(c, none, [first, second])?.id).toBe('first');
    expect(offerExpired(31_000, 30_999)).toBe(false);
    expect(offerExpired(31_000, 31_000)).toBe(true);
    expect(pickAgent({ ...c, passedAgentIds: ['first'] }, none, [first, second])?.id).toBe('second');
  });

  it('starts a new round once every able agent has let the offer pass', () => {
    const [first, second] = [agent('first', { idleSince: 1 }), agent('second', { idleSince: 2 })];
    expect(pickAgent(chat('c', { passedAgentIds: ['first'] }), none, [first])?.id).toBe('first');
    const c = chat('c', { passedAgentIds: ['first', 'second', 'first'] });
    expect(pickAgent(c, none, [first, second])?.id).toBe('second');
    expect(pickAgent({ ...c, passedAgentIds: ['first', 'second'] }, none, [first, second])?.id).toBe('first');
    // A busy colleague does not hold the chat back from the free agent who passed.
    const full = agent('full', { capacity: 1, activeChats: 1 });
    expect(pickAgent(chat('c', { passedAgentIds: ['first'] }), none, [first, full])?.id).toBe('first');
  });
});

describe('serving waiting chats', () => {
  it('serves in arrival order when slots are short', () => {
    const chats = [
      chat('late', { enqueuedAt: 3 }),
      chat('early', { enqueuedAt: 1 }),
      chat('mid', { enqueuedAt: 2 }),
    ];
    const decisions = planOffers(chats, new Map(), [agent('a', { capacity: 2 })]);
    expect(decisions).toEqual([
      { chatId: 'early', agentId: 'a' },
      { chatId: 'mid', agentId: 'a' },
    ]);
  });

  it('spreads chats over agents, counting each offer against a slot', () => {
    const decisions = planOffers(
      [chat('c1', { enqueuedAt: 1 }), chat('c2', { enqueuedAt: 2 }), chat('c3', { enqueuedAt: 3 })],
      new Map(),
      [agent('a', { idleSince: 1 }), agent('b', { idleSince: 2 })],
    );
    expect(decisions.map((d) => d.agentId)).toEqual(['a', 'b', 'a']);
  });

  it('does not let a chat nobody can take block the next one', () => {
    const reqs = new Map([['vip', { requiredSkills: ['vip'], languages: [] }]]);
    const decisions = planOffers(
      [chat('stuck', { queueId: 'vip', enqueuedAt: 1 }), chat('next', { enqueuedAt: 2 })],
      reqs,
      [agent('a')],
    );
    expect(decisions).toEqual([{ chatId: 'next', agentId: 'a' }]);
  });

  it('numbers positions per queue by arrival and estimates the wait', () => {
    const positions = queuePositions([
      chat('b', { enqueuedAt: 2 }),
      chat('x', { queueId: 'other', enqueuedAt: 0 }),
      chat('a', { enqueuedAt: 1 }),
    ]);
    expect(Object.fromEntries(positions)).toEqual({ a: 1, b: 2, x: 1 });
    expect(estimateWaitSeconds(1, { averageHandleSeconds: 180, onlineSlots: 3 })).toBe(60);
    expect(estimateWaitSeconds(3, { averageHandleSeconds: 180, onlineSlots: 0 })).toBe(540);
  });
});
