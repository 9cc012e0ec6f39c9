import { createHash } from 'node:crypto';
import { and, asc, eq, isNotNull, lte } from 'drizzle-orm';
import { SLA_TARGETS } from '@kontakt/domain';
import type { AppDeps } from '../../http/deps.ts';
import type { JobMap } from '../../jobs/job-map.ts';
import { followerIdsByTicket, presentTicket, tickets } from '../tickets/index.ts';
import { fireDueSla, type SlaFired } from './sla-fire.ts';
import { mailSlaBreach } from './sla-breach-mail.ts';
import { pendingTimers } from './sla-compute.ts';

type Deps = Pick<AppDeps, 'db' | 'clock' | 'jobs' | 'events' | 'log' | 'mailer' | 'config'>;
type FireJob = JobMap['sla.fire'];

const KINDS = ['warning', 'breach'] as const;

/** The fixed job id of a ticket's timer (a name-based UUID), so the next schedule replaces it. */
export function slaJobId(ticketId: string, target: string, kind: string): string {
  const h = createHash('sha1').update(`sla:${ticketId}:${target}:${kind}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * Puts the ticket's warning and breach jobs where its SLA now says: moved to the new instants,
 * removed for targets met, paused or announced. Delays follow the injected clock.
 */
export async function scheduleSlaJobs(deps: Deps, ticketId: string): Promise<void> {
  const [row] = await deps.db.select({ sla: tickets.sla }).from(tickets).where(eq(tickets.id, ticketId));
  if (!row?.sla) return;
  const now = deps.clock.now().getTime();
  const ids = SLA_TARGETS.flatMap((t) => KINDS.map((k) => slaJobId(ticketId, t, k)));
  const jobs = pendingTimers(row.sla).map((t) => ({
    id: slaJobId(ticketId, t.target, t.kind),
    data: { ticketId, target: t.target, kind: t.kind, at: t.at },
    delaySeconds: (t.at - now) / 1000,
    singletonKey: `${ticketId}:${t.target}:${t.kind}`,
  }));
  await deps.jobs.replace('sla.fire', ids, jobs);
}

/** After every ticket change is committed, its SLA jobs follow (see scheduleSlaJobs). */
export function watchSlaChanges(deps: Deps): () => void {
  return deps.events.subscribe((e) => {
    if (e.type !== 'ticket.created' && e.type !== 'ticket.updated') return;
    // Tickets without a policy have no timers (a job left from an earlier policy finds none due).
    if (!e.ticket.sla) return;
    scheduleSlaJobs(deps, e.ticket.id).catch((err: unknown) =>
      deps.log.error(
        { err, ticketId: e.ticket.id },
        'scheduling SLA jobs failed; the sweep will announce them',
      ),
    );
  });
}

/** After the announcement is committed: e-mail a breach (when configured) and publish the ticket. */
async function publishFired(deps: Deps, { ticket: row, fired, breachTold }: SlaFired) {
  await mailSlaBreach(deps, row, fired, breachTold).catch((err: unknown) =>
    deps.log.error({ err, ticketId: row.id }, 'queueing the SLA breach e-mail failed'),
  );
  const followers = (await followerIdsByTicket(deps.db, [row.id])).get(row.id) ?? [];
  deps.events.publish({
    type: 'ticket.updated',
    organizationId: row.organizationId,
    ticket: presentTicket(row, followers),
  });
}

/**
 * One timer came due by the database's clock. Kontakt's clock decides: not yet → the job comes
 * back when it is; otherwise everything due on the ticket is announced, once.
 */
export function slaFireJob(deps: Deps) {
  return async (job: FireJob) => {
    const now = deps.clock.now();
    // Early (clocks apart): put the ticket's jobs back at their instants by Kontakt's clock.
    if (job.at > now.getTime()) return scheduleSlaJobs(deps, job.ticketId);
    const fired = await fireDueSla(deps.db, job.ticketId, now);
    if (fired) await publishFired(deps, fired);
  };
}

/** Safety net: announces whatever is due on tickets whose job was lost; safe to run twice. */
export async function sweepSla(deps: Deps, limit = 500): Promise<number> {
  const now = deps.clock.now();
  const due = await deps.db
    .select({ id: tickets.id })
    .from(tickets)
    .where(and(isNotNull(tickets.slaNextFireAt), lte(tickets.slaNextFireAt, now)))
    .orderBy(asc(tickets.slaNextFireAt))
    .limit(limit);
  let fired = 0;
  for (const { id } of due) {
    const done = await fireDueSla(deps.db, id, now);
    if (done) {
      fired++;
      await publishFired(deps, done);
    }
  }
  return fired;
}
