import { useCallback, useEffect, useState } from 'react';
import { Alert, Stack } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChatOffer } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { openTab } from '../tabs/tabs-store.ts';
import { useQueueMap } from '../workspace/reference-data.ts';
import { acceptChatOffer, chatKeys, declineChatOffer } from './chat-api.ts';
import { OfferCard } from './OfferCard.tsx';
import { dropOffer, useChatOffers } from './use-chat-offers.ts';
import classes from './Chat.module.css';

/**
 * Incoming chat offers, bottom right and non-modal: the agent keeps working and takes one with
 * Accept or Alt+A (the oldest). Accepting opens the chat's ticket as a tab.
 */
export function ChatOffers() {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const queues = useQueueMap();
  const [failure, setFailure] = useState<unknown>(null);

  const drop = useCallback(
    (offerId: string) =>
      queryClient.setQueryData<ChatOffer[]>(chatKeys.offers, (list) => dropOffer(list, offerId)),
    [queryClient],
  );
  const openTicket = useCallback(
    (ticketId: string) => {
      openTab({ id: ticketId });
      void navigate(`/tickets/${ticketId}`);
    },
    [navigate],
  );

  const accept = useMutation({
    mutationFn: (offer: ChatOffer) => acceptChatOffer(offer.id),
    onMutate: () => setFailure(null),
    onSuccess: (session, offer) => {
      drop(offer.id);
      queryClient.setQueryData(chatKeys.byTicket(session.ticketId), session);
      openTicket(session.ticketId);
    },
    onError: (error, offer) => {
      drop(offer.id);
      setFailure(error);
    },
  });
  const decline = useMutation({
    mutationFn: (offer: ChatOffer) => declineChatOffer(offer.id),
    onMutate: (offer) => drop(offer.id),
  });

  // A desktop notification's click brings the agent to the offer; accepting stays their choice.
  const onDesktopClick = useCallback(() => window.focus(), []);
  const offers = useChatOffers(onDesktopClick);
  const first = offers[0];

  useEffect(() => {
    if (!first) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyA') {
        event.preventDefault();
        if (!accept.isPending) accept.mutate(first);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [first, accept]);

  if (offers.length === 0 && !failure) return null;
  return (
    <Stack gap="xs" className={classes.offers} aria-label={t('chat.offer.region')} role="region">
      {failure !== null && (
        <Alert color="yellow" role="alert" withCloseButton onClose={() => setFailure(null)} w={320}>
          {failure instanceof ApiError && failure.code === 'offer_gone'
            ? t('chat.offer.gone')
            : t('chat.offer.failed', { reason: describe(failure) })}
        </Alert>
      )}
      {offers.map((offer) => (
        <OfferCard
          key={offer.id}
          offer={offer}
          queueName={queues.get(offer.queueId)?.name}
          withShortcut={offer.id === first?.id}
          accepting={accept.isPending && accept.variables.id === offer.id}
          onAccept={() => accept.mutate(offer)}
          onDecline={() => decline.mutate(offer)}
          onExpired={() => drop(offer.id)}
        />
      ))}
    </Stack>
  );
}
