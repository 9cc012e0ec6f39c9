import { lazy, Suspense } from 'react';

const TicketTimer = lazy(() => import('./TicketTimer.tsx').then((m) => ({ default: m.TicketTimer })));

/** The ticket timer, loaded after the ticket view so it never delays the conversation. */
export function LazyTicketTimer(props: { ticketId: string; enabled: boolean }) {
  return (
    <Suspense fallback={null}>
      <TicketTimer {...props} />
    </Suspense>
  );
}
