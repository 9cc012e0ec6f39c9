import { useQuery } from '@tanstack/react-query';
import { listTeams } from '../../../api/agents.ts';
import { listAgents, listQueues } from '../../../api/directory.ts';
import { qk } from '../../../api/query-keys.ts';

/** The lists the admin screens show, always fresh (the workspace caches the same keys longer). */
export const useAdminAgents = () => useQuery({ queryKey: qk.agents, queryFn: listAgents });
export const useAdminTeams = () => useQuery({ queryKey: qk.teams, queryFn: listTeams });
export const useAdminQueues = () => useQuery({ queryKey: qk.queues, queryFn: listQueues });
