import { and, eq, inArray } from 'drizzle-orm';
import type { Locale } from '@kontakt/contracts';
import type { SlaTarget } from '@kontakt/domain';
import type { AppDeps } from '../../http/deps.ts';
import { agents } from '../agents/index.ts';
import { findOrganizationSettings } from '../organizations/index.ts';
import type { TicketRow } from '../tickets/index.ts';
import type { SlaTimer } from './sla-compute.ts';

type Deps = Pick<AppDeps, 'db' | 'mailer' | 'config'>;

const TARGET_NAMES: Record<Locale, Record<SlaTarget, string>> = {
  en: { first_response: 'first response', next_response: 'next response', resolution: 'resolution' },
  pl: { first_response: 'pierwsza odpowiedź', next_response: 'kolejna odpowiedź', resolution: 'rozwiązanie' },
  cs: { first_response: 'první odpověď', next_response: 'další odpověď', resolution: 'vyřešení' },
};

/** What the breach e-mail says, in the agent's language; `due` is already formatted for the reader. */
export function breachMail(
  locale: Locale,
  m: { name: string; reference: string; subject: string; targets: SlaTarget[]; due: string; link: string },
): { subject: string; text: string } {
  const what = m.targets.map((t) => TARGET_NAMES[locale][t]).join(', ');
  const t = {
    en: {
      subject: `${m.reference} SLA breached (${what}): ${m.subject}`,
      body: `Hello ${m.name},\n\nticket ${m.reference} "${m.subject}" missed its SLA target (${what}), due ${m.due}.\n\nOpen the ticket:\n${m.link}\n\nKontakt`,
    },
    pl: {
      subject: `${m.reference} Przekroczone SLA (${what}): ${m.subject}`,
      body: `Dzień dobry, ${m.name},\n\nzgłoszenie ${m.reference} „${m.subject}” przekroczyło termin SLA (${what}), który upłynął ${m.due}.\n\nOtwórz zgłoszenie:\n${m.link}\n\nKontakt`,
    },
    cs: {
      subject: `${m.reference} Překročená SLA (${what}): ${m.subject}`,
      body: `Dobrý den, ${m.name},\n\npožadavek ${m.reference} „${m.subject}“ nesplnil lhůtu SLA (${what}), která uplynula ${m.due}.\n\nOtevřít požadavek:\n${m.link}\n\nKontakt`,
    },
  }[locale];
  return { subject: t.subject, text: t.body };
}

/**
 * E-mails a breach to the agents told in the app (assignee and team leads), when the
 * organization turned `slaBreachEmail` on. Runs after the announcement is committed, so a
 * breach is mailed at most once; each message goes through the outbox (`mail.send`).
 */
export async function mailSlaBreach(
  deps: Deps,
  ticket: TicketRow,
  fired: readonly SlaTimer[],
  agentIds: readonly string[],
): Promise<number> {
  const breaches = fired.filter((f) => f.kind === 'breach');
  if (breaches.length === 0 || agentIds.length === 0) return 0;
  const settings = await findOrganizationSettings(deps.db, ticket.organizationId);
  if (!settings.slaBreachEmail) return 0;
  const to = await deps.db
    .select({ email: agents.email, name: agents.name, locale: agents.locale })
    .from(agents)
    .where(
      and(
        eq(agents.organizationId, ticket.organizationId),
        inArray(agents.id, [...new Set(agentIds)]),
        eq(agents.active, true),
      ),
    );
  const dueAt = new Date(Math.min(...breaches.map((b) => b.at)));
  for (const a of to) {
    const due = new Intl.DateTimeFormat(a.locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: settings.timeZone,
    }).format(dueAt);
    await deps.mailer.queue({
      organizationId: ticket.organizationId,
      purpose: 'sla_breach',
      to: a.email,
      ...breachMail(a.locale, {
        name: a.name,
        reference: `[${settings.ticketReferencePrefix}${ticket.number}]`,
        subject: ticket.subject,
        targets: [...new Set(breaches.map((b) => b.target))],
        due,
        link: `${deps.config.publicUrl}/tickets/${ticket.id}`,
      }),
    });
  }
  return to.length;
}
