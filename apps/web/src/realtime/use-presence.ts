import { useEffect, useState } from 'react';
import type { PresenceEntry, PresenceState } from '@kontakt/contracts';
import { useRealtimeSocket } from './RealtimeProvider.tsx';

/**
 * Tells colleagues this agent is on the ticket (viewing, or replying while the composer has
 * text) and answers who else is there. Leaving the ticket says `left`.
 */
export function useTicketPresence(ticketId: string, state: Exclude<PresenceState, 'left'>): PresenceEntry[] {
  const socket = useRealtimeSocket();
  const [present, setPresent] = useState<PresenceEntry[]>([]);

  useEffect(() => {
    if (!socket) return;
    let cancelled = false;
    const watch = () =>
      socket.emit('ticket.watch', { ticketId }, (ack) => {
        if (!cancelled && ack.ok) setPresent(ack.present);
      });
    const onPresence = (event: { ticketId: string; agent: PresenceEntry['agent']; state: PresenceState }) => {
      if (event.ticketId !== ticketId) return;
      setPresent((list) => {
        const others = list.filter((p) => p.agent.id !== event.agent.id);
        return event.state === 'left' ? others : [...others, { agent: event.agent, state: event.state }];
      });
    };
    watch();
    socket.on('connect', watch);
    socket.on('presence.changed', onPresence);
    return () => {
      cancelled = true;
      socket.off('connect', watch);
      socket.off('presence.changed', onPresence);
      socket.emit('presence.set', { ticketId, state: 'left' }, () => {});
      socket.emit('ticket.unwatch', { ticketId }, () => {});
      setPresent([]);
    };
  }, [socket, ticketId]);

  useEffect(() => {
    socket?.emit('presence.set', { ticketId, state }, () => {});
  }, [socket, ticketId, state]);

  return present;
}
