import { useEffect, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChatMessage, ChatSession, ChatTypingEvent } from '@kontakt/contracts';
import { useRealtimeSocket } from '../../realtime/RealtimeProvider.tsx';
import { chatKeys, getChatByTicket } from './chat-api.ts';

/** A typing signal that is not repeated is stale after this long (a lost "stopped"). */
const TYPING_STALE_MS = 8_000;

/** The chat behind a chat ticket, kept live by `chat.session_updated` (accepted, transferred, ended). */
export function useChatSession(ticketId: string) {
  const queryClient = useQueryClient();
  const socket = useRealtimeSocket();
  const query = useQuery({
    queryKey: chatKeys.byTicket(ticketId),
    queryFn: () => getChatByTicket(ticketId),
    retry: false,
  });

  useEffect(() => {
    if (!socket) return;
    const onSession = (next: ChatSession) => {
      if (next.ticketId === ticketId) queryClient.setQueryData(chatKeys.byTicket(ticketId), next);
    };
    socket.on('chat.session_updated', onSession);
    return () => void socket.off('chat.session_updated', onSession);
  }, [socket, ticketId, queryClient]);

  return query;
}

/** Whether the visitor is typing right now (cleared by their message, "stopped", or silence). */
export function useVisitorTyping(sessionId: string): boolean {
  const socket = useRealtimeSocket();
  const [typing, setTyping] = useState(false);

  useEffect(() => {
    if (!socket) return;
    let stale: ReturnType<typeof setTimeout> | undefined;
    const set = (on: boolean) => {
      clearTimeout(stale);
      setTyping(on);
      if (on) stale = setTimeout(() => setTyping(false), TYPING_STALE_MS);
    };
    const onTyping = (event: ChatTypingEvent) => {
      if (event.sessionId === sessionId && event.from === 'visitor') set(event.typing);
    };
    const onMessage = (message: ChatMessage) => {
      if (message.sessionId === sessionId && message.from === 'visitor') set(false);
    };
    socket.on('chat.typing', onTyping);
    socket.on('chat.message', onMessage);
    return () => {
      clearTimeout(stale);
      socket.off('chat.typing', onTyping);
      socket.off('chat.message', onMessage);
      setTyping(false);
    };
  }, [socket, sessionId]);

  return typing;
}
