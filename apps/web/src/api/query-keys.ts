/** Every TanStack Query key of the workspace, in one place, so live events can find them. */
export const qk = {
  views: ['views'] as const,
  ticketLists: ['ticket-list'] as const,
  /** A view's list in one order (`view`: the view's own). */
  ticketList: (viewId: string, sort = 'view') => ['ticket-list', viewId, sort] as const,
  ticket: (id: string) => ['ticket', id] as const,
  timeline: (id: string) => ['timeline', id] as const,
  /** The raw .eml of an e-mail message (never changes once stored). */
  messageSource: (id: string) => ['message-source', id] as const,
  customer: (id: string) => ['customer', id] as const,
  customerTickets: (id: string) => ['customer-tickets', id] as const,
  customerList: (q: string) => ['customer-list', q] as const,
  customerEvents: (id: string) => ['customer-events', id] as const,
  customerAttributes: ['customer-attributes'] as const,
  company: (id: string) => ['company', id] as const,
  ticketLinks: (id: string) => ['ticket-links', id] as const,
  agents: ['agents'] as const,
  teams: ['teams'] as const,
  queues: ['queues'] as const,
  ticketFields: ['ticket-fields'] as const,
  contactReasons: ['contact-reasons'] as const,
  mailboxes: ['mailboxes'] as const,
  mailboxListener: ['mailbox-listener'] as const,
  organization: ['organization'] as const,
  notifications: ['notifications'] as const,
  search: (q: string) => ['search', q] as const,
  /** Canned replies the agent sees; the composer's picker and the admin list filter them. */
  cannedReplies: (filters: object = {}) => ['canned-replies', filters] as const,
  /** The agent's draft and colleagues' unsent drafts on a ticket. */
  drafts: (ticketId: string) => ['drafts', ticketId] as const,
};
