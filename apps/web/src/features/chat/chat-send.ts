import type { QueryClient } from '@tanstack/react-query';
import type { ChatMessage, Message } from '@kontakt/contracts';
import { qk } from '../../api/query-keys.ts';
import type { TimelineItem } from '../../api/types.ts';
import type { RealtimeSocket } from '../../realtime/RealtimeProvider.tsx';
import { discardChatMessage, readOutbox, type PendingChatMessage, type SendOutcome } from './outbox.ts';

/** How long to wait for the server's acknowledgement before resending later. */
const ACK_TIMEOUT_MS = 10_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The stored chat message in the ticket timeline's shape (the timeline refetch brings the same). */
export function chatMessageAsTicketMessage(ticketId: string, m: ChatMessage): Message {
  return {
    id: m.id,
    ticketId,
    kind: 'reply',
    direction: m.from === 'visitor' ? 'inbound' : 'outbound',
    authorType: m.from === 'visitor' ? 'customer' : m.from === 'agent' ? 'agent' : 'system',
    authorId: m.agent?.id ?? null,
    channel: 'chat',
    bodyHtml: `<p>${escapeHtml(m.text).replace(/\n/g, '<br>')}</p>`,
    bodyText: m.text,
    mentions: [],
    attachments: m.attachments,
    createdAt: m.createdAt,
  };
}

/** Adds an acknowledged message to the cached timeline at once (once, whatever arrives first). */
export function addToTimeline(queryClient: QueryClient, ticketId: string, m: ChatMessage): void {
  queryClient.setQueryData<TimelineItem[]>(qk.timeline(ticketId), (items) =>
    !items || items.some((i) => i.type === 'message' && i.message.id === m.id)
      ? items
      : [...items, { type: 'message', at: m.createdAt, message: chatMessageAsTicketMessage(ticketId, m) }],
  );
}

/**
 * Sends one message over the socket with its client id and waits for the acknowledgement (the
 * server stores before it acknowledges). No connection or no answer in time: `retry` (resent with
 * the same client id after the reconnect). `rate_limited`: waits as told and tries again.
 */
export function socketSender(socket: RealtimeSocket, queryClient: QueryClient) {
  return async (m: PendingChatMessage): Promise<SendOutcome> => {
    for (let attempt = 0; attempt < 3; attempt++) {
      if (!socket.connected) return { ok: false, retry: true };
      let ack;
      try {
        ack = await socket.timeout(ACK_TIMEOUT_MS).emitWithAck('chat.send', {
          sessionId: m.sessionId,
          clientId: m.clientId,
          text: m.text,
          attachmentIds: [],
        });
      } catch {
        return { ok: false, retry: true };
      }
      if (ack.ok) {
        addToTimeline(queryClient, m.ticketId, ack.message);
        void queryClient.invalidateQueries({ queryKey: qk.timeline(m.ticketId) });
        return { ok: true };
      }
      if (ack.error.code === 'rate_limited') {
        const after =
          (ack.error.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds ?? 1;
        await sleep(Math.min(after, 30) * 1000);
        continue;
      }
      if (ack.error.code === 'internal_error') return { ok: false, retry: true };
      return { ok: false, retry: false, code: ack.error.code };
    }
    return { ok: false, retry: true };
  };
}

/**
 * A chat message arrived live: when it is one of ours still waiting for its acknowledgement (the
 * ack was lost with the connection), it is stored, so it leaves the outbox and joins the timeline
 * instead of being shown twice. A resend still in flight is harmless: the server answers `duplicate`.
 */
export function settleFromEvent(queryClient: QueryClient, m: ChatMessage): void {
  const mine = readOutbox().find((p) => p.clientId === m.clientId && p.sessionId === m.sessionId);
  if (!mine) return;
  addToTimeline(queryClient, mine.ticketId, m);
  discardChatMessage(mine.clientId);
}
