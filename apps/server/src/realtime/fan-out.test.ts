import { describe, expect, it } from 'vitest';
import type { Ticket } from '@kontakt/contracts';
import { roomsFor } from './fan-out.ts';
import { agentRoom, queueRoom } from './rooms.ts';

const ticket = { id: 't1', queueId: 'q-new', assigneeId: 'a-new' } as unknown as Ticket;

describe('roomsFor', () => {
  it('tells the previous queue and assignee that a ticket moved away', () => {
    const rooms = roomsFor({
      type: 'ticket.updated',
      organizationId: 'o',
      ticket,
      previous: { queueId: 'q-old', assigneeId: 'a-old' },
    });
    expect(rooms).toEqual(
      expect.arrayContaining([
        queueRoom('q-new'),
        queueRoom('q-old'),
        agentRoom('a-new'),
        agentRoom('a-old'),
      ]),
    );
    expect(new Set(rooms).size).toBe(rooms.length);
  });

  it('sends an unmoved ticket only to its current rooms', () => {
    const rooms = roomsFor({
      type: 'ticket.updated',
      organizationId: 'o',
      ticket,
      previous: { queueId: 'q-new', assigneeId: 'a-new' },
    });
    expect(rooms).not.toContain(queueRoom('q-old'));
    expect(rooms.filter((r) => r === queueRoom('q-new'))).toHaveLength(1);
  });
});
