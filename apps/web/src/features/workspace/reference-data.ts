import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Agent, Queue } from '@kontakt/contracts';
import { listAgents, listContactReasons, listQueues, listTicketFields } from '../../api/directory.ts';
import { qk } from '../../api/query-keys.ts';

/** Reference data changes rarely; one fetch per ten minutes is plenty. */
const REFERENCE = { staleTime: 10 * 60_000 } as const;

export const useAgents = () => useQuery({ queryKey: qk.agents, queryFn: listAgents, ...REFERENCE });
export const useQueues = () => useQuery({ queryKey: qk.queues, queryFn: listQueues, ...REFERENCE });
export const useTicketFields = () =>
  useQuery({ queryKey: qk.ticketFields, queryFn: listTicketFields, ...REFERENCE });
export const useContactReasons = () =>
  useQuery({ queryKey: qk.contactReasons, queryFn: listContactReasons, ...REFERENCE });

function byId<T extends { id: string }>(items: T[] | undefined): Map<string, T> {
  return new Map((items ?? []).map((item) => [item.id, item]));
}

/** Agents by id, for names in lists, history lines and mentions. */
export function useAgentMap(): Map<string, Agent> {
  const { data } = useAgents();
  return useMemo(() => byId(data), [data]);
}

/** Queues by id. */
export function useQueueMap(): Map<string, Queue> {
  const { data } = useQueues();
  return useMemo(() => byId(data), [data]);
}
