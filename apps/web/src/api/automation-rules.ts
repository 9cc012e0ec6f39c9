import type {
  AutomationDryRunResult,
  AutomationRule,
  AutomationRun,
  CreateAutomationRuleInput,
  UpdateAutomationRuleInput,
} from '@kontakt/contracts';
import { request } from './client.ts';

const enc = encodeURIComponent;

/** Automation rules in run order (admin). */
export async function listAutomationRules(): Promise<AutomationRule[]> {
  return (await request<{ items: AutomationRule[] }>('GET', '/automation-rules')).items;
}

export function createAutomationRule(input: CreateAutomationRuleInput): Promise<AutomationRule> {
  return request<AutomationRule>('POST', '/automation-rules', { body: input });
}

/** Changes a rule; `version` must be the one the change is based on (409 `conflict` otherwise). */
export function updateAutomationRule(id: string, input: UpdateAutomationRuleInput): Promise<AutomationRule> {
  return request<AutomationRule>('PATCH', `/automation-rules/${enc(id)}`, { body: input });
}

export function deleteAutomationRule(id: string): Promise<void> {
  return request<void>('DELETE', `/automation-rules/${enc(id)}`);
}

/** Puts every rule in the given order. */
export async function reorderAutomationRules(ids: string[]): Promise<AutomationRule[]> {
  return (await request<{ items: AutomationRule[] }>('POST', '/automation-rules/reorder', { body: { ids } }))
    .items;
}

/** What the rule would do to the ticket now; nothing is written. */
export function dryRunAutomationRule(id: string, ticketId: string): Promise<AutomationDryRunResult> {
  return request<AutomationDryRunResult>('POST', `/automation-rules/${enc(id)}/dry-run`, {
    body: { ticketId },
  });
}

/** The rule's latest runs, newest first. */
export async function listAutomationRuns(id: string, limit = 50): Promise<AutomationRun[]> {
  return (
    await request<{ items: AutomationRun[] }>('GET', `/automation-rules/${enc(id)}/runs?limit=${limit}`)
  ).items;
}
