import type { ApplyMacroResult, CreateMacroInput, Macro, UpdateMacroInput } from '@kontakt/contracts';
import { request } from './client.ts';

const enc = encodeURIComponent;

/** The macro list of the admin screen (all) and the ticket menu (`active` only). */
export const MACROS_KEY = ['macros'] as const;

/** Macros the agent sees, most used first. */
export async function listMacros(filters: { active?: boolean } = {}): Promise<Macro[]> {
  const query = filters.active === undefined ? '' : `?active=${String(filters.active)}`;
  return (await request<{ items: Macro[] }>('GET', `/macros${query}`)).items;
}

export function createMacro(input: CreateMacroInput): Promise<Macro> {
  return request<Macro>('POST', '/macros', { body: input });
}

export function updateMacro(id: string, input: UpdateMacroInput): Promise<Macro> {
  return request<Macro>('PATCH', `/macros/${enc(id)}`, { body: input });
}

export function deleteMacro(id: string): Promise<void> {
  return request<void>('DELETE', `/macros/${enc(id)}`);
}

/** Applies a macro to a ticket at the version the agent saw (409 when someone changed it since). */
export function applyMacro(ticketId: string, macroId: string, version: number): Promise<ApplyMacroResult> {
  return request<ApplyMacroResult>('POST', `/tickets/${enc(ticketId)}/macros/${enc(macroId)}/apply`, {
    body: { version },
  });
}
