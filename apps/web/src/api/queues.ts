import type { CreateQueueInput, Queue, UpdateQueueInput } from '@kontakt/contracts';
import { request } from './client.ts';

/** Queues as the admin screen changes them; the list itself is in `directory.ts`. */
export function createQueue(input: CreateQueueInput): Promise<Queue> {
  return request<Queue>('POST', '/queues', { body: input });
}

export function updateQueue(id: string, input: UpdateQueueInput): Promise<Queue> {
  return request<Queue>('PATCH', `/queues/${encodeURIComponent(id)}`, { body: input });
}
