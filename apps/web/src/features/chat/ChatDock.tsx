import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { ChatMessage } from '@kontakt/contracts';
import { useRealtimeSocket } from '../../realtime/RealtimeProvider.tsx';
import { settleFromEvent, socketSender } from './chat-send.ts';
import { ChatOffers } from './ChatOffers.tsx';
import { flushOutbox, ticketsWithPending } from './outbox.ts';

/** How often unacknowledged messages are retried while connected. */
const RETRY_EVERY_MS = 15_000;

/**
 * The workspace's chat machinery that lives across pages: offers in the corner, and after every
 * (re)connect the resend of chat messages the server has not acknowledged (same client ids, in order).
 */
export function ChatDock() {
  const socket = useRealtimeSocket();
  const queryClient = useQueryClient();

  useEffect(() => {
    if (!socket) return;
    const send = socketSender(socket, queryClient);
    const resend = () => {
      for (const ticketId of ticketsWithPending()) void flushOutbox(ticketId, send);
    };
    const onMessage = (m: ChatMessage) => settleFromEvent(queryClient, m);
    resend();
    socket.on('connect', resend);
    socket.on('chat.message', onMessage);
    // A message whose acknowledgement timed out on a live connection is tried again now and then.
    const timer = setInterval(() => socket.connected && resend(), RETRY_EVERY_MS);
    return () => {
      clearInterval(timer);
      socket.off('connect', resend);
      socket.off('chat.message', onMessage);
    };
  }, [socket, queryClient]);

  return <ChatOffers />;
}
