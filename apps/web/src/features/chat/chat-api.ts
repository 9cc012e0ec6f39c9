import type {
  ChatOffer,
  ChatSession,
  JoinChatInput,
  SupervisorSnapshot,
  TransferChatInput,
} from '@kontakt/contracts';
import type { z } from 'zod';
import { request } from '../../api/client.ts';
import { itemsOf, type List } from './list-shape.ts';

const enc = encodeURIComponent;

/** Query keys of the chat screens (live events refresh them). */
export const chatKeys = {
  offers: ['chat-offers'] as const,
  byTicket: (ticketId: string) => ['chat-by-ticket', ticketId] as const,
  supervisor: ['chat-supervisor'] as const,
};

/** My pending offers (after a reconnect or reload the live event may have been missed). */
export function listChatOffers(): Promise<ChatOffer[]> {
  return request<List<ChatOffer>>('GET', '/chats/offers').then(itemsOf);
}

/** Takes the offered chat: its ticket is assigned to me. 409 `offer_gone` when too late. */
export function acceptChatOffer(offerId: string): Promise<ChatSession> {
  return request<ChatSession>('POST', `/chats/offers/${enc(offerId)}/accept`);
}

/** Passes the offer on to the next agent. */
export function declineChatOffer(offerId: string): Promise<void> {
  return request<void>('POST', `/chats/offers/${enc(offerId)}/decline`);
}

/** The chat behind a ticket (404 when the ticket is not a chat). */
export function getChatByTicket(ticketId: string): Promise<ChatSession> {
  return request<ChatSession>('GET', `/chats/by-ticket/${enc(ticketId)}`);
}

/** Hands the chat to a colleague or a queue, with an internal note. */
export function transferChat(
  sessionId: string,
  input: z.input<typeof TransferChatInput>,
): Promise<ChatSession> {
  return request<ChatSession>('POST', `/chats/${enc(sessionId)}/transfer`, { body: input });
}

/** A lead watches silently or takes the chat over. */
export function joinChat(sessionId: string, mode: JoinChatInput['mode']): Promise<ChatSession> {
  return request<ChatSession>('POST', `/chats/${enc(sessionId)}/join`, { body: { mode } });
}

/** Ends the chat for both sides. */
export function endChat(sessionId: string): Promise<ChatSession> {
  return request<ChatSession>('POST', `/chats/${enc(sessionId)}/end`);
}

/** The supervisor's live picture: queues, agents, chats. */
export function getSupervisorSnapshot(): Promise<SupervisorSnapshot> {
  return request<SupervisorSnapshot>('GET', '/chats/supervisor');
}
