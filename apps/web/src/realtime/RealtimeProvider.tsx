import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '@kontakt/contracts';
import { applyMessageEvent, applyTicketEvent, refetchAfterReconnect } from './live-sync.ts';

/** The typed Socket.IO connection (events from `packages/contracts/src/realtime.ts`). */
export type RealtimeSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const SocketContext = createContext<RealtimeSocket | null>(null);

/** The live connection, or null before it exists (and always in unit tests). */
export function useRealtimeSocket(): RealtimeSocket | null {
  return useContext(SocketContext);
}

/**
 * Opens one Socket.IO connection for the signed-in workspace (the session cookie authenticates
 * it) and keeps the query cache in step with the server's live events.
 */
export function RealtimeProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [socket, setSocket] = useState<RealtimeSocket | null>(null);

  useEffect(() => {
    // Unit tests run without a server; live updates are covered through `live-sync.ts`.
    if (import.meta.env.MODE === 'test') return;
    const s: RealtimeSocket = io({ path: '/socket.io', withCredentials: true });
    let connectedBefore = false;
    s.on('connect', () => {
      if (connectedBefore) refetchAfterReconnect(queryClient);
      connectedBefore = true;
      // Screens see the socket once it can carry requests (watch, presence).
      setSocket(s);
    });
    s.on('ticket.created', (event) => applyTicketEvent(queryClient, event));
    s.on('ticket.updated', (event) => applyTicketEvent(queryClient, event));
    s.on('message.created', (event) => applyMessageEvent(queryClient, event));
    return () => {
      s.disconnect();
      setSocket(null);
    };
  }, [queryClient]);

  return <SocketContext.Provider value={socket}>{children}</SocketContext.Provider>;
}
