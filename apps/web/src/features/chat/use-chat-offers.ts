import { useEffect } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChatOffer } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { useRealtimeSocket } from '../../realtime/RealtimeProvider.tsx';
import { notifyDesktop } from '../notifications/browser-notify.ts';
import { playOfferBeep } from './beep.ts';
import { chatKeys, listChatOffers } from './chat-api.ts';

/** Removes one offer from the cached list. */
export function dropOffer(list: ChatOffer[] | undefined, offerId: string): ChatOffer[] {
  return (list ?? []).filter((o) => o.id !== offerId);
}

/**
 * The chats offered to me right now: fetched on start and after every reconnect, then kept live by
 * `chat.offered` (with a short sound and, when the page is hidden, a desktop notification) and
 * `chat.offer_withdrawn`.
 */
export function useChatOffers(onOpen: (offer: ChatOffer) => void): ChatOffer[] {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const socket = useRealtimeSocket();
  const { data = [] } = useQuery({ queryKey: chatKeys.offers, queryFn: listChatOffers });

  useEffect(() => {
    if (!socket) return;
    const refetch = () => void queryClient.invalidateQueries({ queryKey: chatKeys.offers });
    const onOffered = (offer: ChatOffer) => {
      queryClient.setQueryData<ChatOffer[]>(chatKeys.offers, (list) => [...dropOffer(list, offer.id), offer]);
      playOfferBeep();
      notifyDesktop(
        t('chat.offer.desktopTitle'),
        [offer.visitorName ?? t('chat.visitor'), offer.topic].filter(Boolean).join(' — '),
        () => onOpen(offer),
      );
    };
    const onWithdrawn = ({ offerId }: { offerId: string }) =>
      queryClient.setQueryData<ChatOffer[]>(chatKeys.offers, (list) => dropOffer(list, offerId));
    // An offer made between the first fetch and the connection would be missed: fetch again now.
    refetch();
    socket.on('connect', refetch);
    socket.on('chat.offered', onOffered);
    socket.on('chat.offer_withdrawn', onWithdrawn);
    return () => {
      socket.off('connect', refetch);
      socket.off('chat.offered', onOffered);
      socket.off('chat.offer_withdrawn', onWithdrawn);
    };
  }, [socket, queryClient, t, onOpen]);

  return data;
}
