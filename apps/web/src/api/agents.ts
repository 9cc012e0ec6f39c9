import type {
  Agent,
  CreateAgentInput,
  CreateTeamInput,
  Team,
  UpdateAgentInput,
  UpdateTeamInput,
} from '@kontakt/contracts';
import { request } from './client.ts';

const enc = encodeURIComponent;

/** Agents and teams as the admin screens change them; the list of agents is in `directory.ts`. */
export function createAgent(input: CreateAgentInput): Promise<Agent> {
  return request<Agent>('POST', '/agents', { body: input });
}

export function updateAgent(id: string, input: UpdateAgentInput): Promise<Agent> {
  return request<Agent>('PATCH', `/agents/${enc(id)}`, { body: input });
}

export async function listTeams(): Promise<Team[]> {
  return (await request<{ items: Team[] }>('GET', '/teams')).items;
}

export function createTeam(input: CreateTeamInput): Promise<Team> {
  return request<Team>('POST', '/teams', { body: input });
}

export function updateTeam(id: string, input: UpdateTeamInput): Promise<Team> {
  return request<Team>('PATCH', `/teams/${enc(id)}`, { body: input });
}

/** E-mails the agent a link to choose a password and sign in (valid three days). */
export function sendInvitation(id: string): Promise<void> {
  return request<void>('POST', `/agents/${enc(id)}/invitation`);
}
