/** Every TanStack Query key of the workspace, in one place, so live events can find them. */
export const qk = {
  views: ['views'] as const,
  ticketLists: ['ticket-list'] as const,
  ticketList: (viewId: string) => ['ticket-list', viewId] as const,
  ticket: (id: string) => ['ticket', id] as const,
  timeline: (id: string) => ['timeline', id] as const,
  customer: (id: string) => ['customer', id] as const,
  customerTickets: (id: string) => ['customer-tickets', id] as const,
  agents: ['agents'] as const,
  queues: ['queues'] as const,
  ticketFields: ['ticket-fields'] as const,
  contactReasons: ['contact-reasons'] as const,
  notifications: ['notifications'] as const,
  search: (q: string) => ['search', q] as const,
};
