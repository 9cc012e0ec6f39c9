/**
 * Socket.IO room names, built here and nowhere else. Queue, ticket and agent ids are UUIDs,
 * unique across organizations, so only the organization-wide rooms carry the organization id.
 */

/** Every connection of the organization (organization-wide, non-ticket events). */
export const orgRoom = (organizationId: string) => `org:${organizationId}`;

/** Connections that see every queue of the organization, including queues created later. */
export const allQueuesRoom = (organizationId: string) => `org:${organizationId}:all-queues`;

/** Connections that see this queue through their team. */
export const queueRoom = (queueId: string) => `queue:${queueId}`;

/** Connections watching this ticket (open in a tab); also where presence is broadcast. */
export const ticketRoom = (ticketId: string) => `ticket:${ticketId}`;

/** Every connection of one agent (assignments, mentions, personal notices). */
export const agentRoom = (agentId: string) => `agent:${agentId}`;

export const isQueueRoom = (room: string) => room.startsWith('queue:');
export const isTicketRoom = (room: string) => room.startsWith('ticket:');
export const ticketIdOfRoom = (room: string) => room.slice('ticket:'.length);
