import type { AppDeps } from '../../http/deps.ts';
import { scheduleCsat } from './survey-send.service.ts';

type Deps = Pick<AppDeps, 'db' | 'clock' | 'jobs' | 'mailer' | 'secrets' | 'config' | 'log' | 'events'>;

/**
 * After a ticket change that leaves it solved is committed, its CSAT invitation is scheduled
 * (once per solve; see scheduleCsat). A change lost here (crash) only loses that survey.
 */
export function watchSolvedTickets(deps: Deps): () => void {
  return deps.events.subscribe((e) => {
    if (e.type !== 'ticket.updated' || e.ticket.status !== 'solved') return;
    scheduleCsat(deps, e.ticket.id).catch((err: unknown) =>
      deps.log.error({ err, ticketId: e.ticket.id }, 'scheduling the CSAT survey failed'),
    );
  });
}
