import type { Locale } from '@kontakt/contracts';
import {
  firstName,
  parseTemplate,
  renderTokens,
  type PlaceholderValues,
  type TemplateProblem,
} from '@kontakt/domain';

/** What the preview is filled in with: a sample ticket, the signed-in agent and organization. */
export interface SampleTicket {
  customerName: string;
  subject: string;
  queue: string;
  agentName: string;
  organizationName: string;
}

/** Placeholder values of the sample ticket; the SLA date is two days ahead, to show the filters. */
export function sampleValues(sample: SampleTicket, now = Date.now()): PlaceholderValues {
  return {
    'customer.first_name': firstName(sample.customerName),
    'customer.name': sample.customerName,
    'ticket.number': '1042',
    'ticket.subject': sample.subject,
    'agent.name': sample.agentName,
    'agent.first_name': firstName(sample.agentName),
    'queue.name': sample.queue,
    'organization.name': sample.organizationName,
    'sla.resolution_due_at': new Date(now + 2 * 86_400_000),
  };
}

/** The text filled in, or the template's problems (the same grammar the server checks on save). */
export function previewText(
  text: string,
  language: Locale,
  values: PlaceholderValues,
): { ok: true; text: string } | { ok: false; problems: TemplateProblem[] } {
  const parsed = parseTemplate(text);
  if (!parsed.ok) return parsed;
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return { ok: true, text: renderTokens(parsed.tokens, values, { locale: language, timeZone }).output };
}
