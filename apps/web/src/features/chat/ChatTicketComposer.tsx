import type { Ticket } from '@kontakt/contracts';
import { useSignedInMe } from '../auth/session.tsx';
import { Composer } from '../ticket/Composer.tsx';
import { ChatComposer } from './ChatComposer.tsx';
import { useChatSession, useVisitorTyping } from './use-chat-session.ts';

interface Props {
  ticket: Ticket;
  onWritingChange?: (writing: boolean) => void;
}

/** The composer of a chat ticket: the chat composer while there is a chat, else the usual one. */
export function ChatTicketComposer({ ticket, onWritingChange }: Props) {
  const { data: session, isPending } = useChatSession(ticket.id);
  if (isPending) return null;
  // A chat ticket without a chat session (e.g. made through the API) is answered like any other.
  if (!session) return <Composer key={ticket.id} ticket={ticket} onWritingChange={onWritingChange} />;
  return <SessionComposer ticket={ticket} session={session} onWritingChange={onWritingChange} />;
}

function SessionComposer({
  ticket,
  session,
  onWritingChange,
}: Props & { session: NonNullable<ReturnType<typeof useChatSession>['data']> }) {
  const { agent: me } = useSignedInMe();
  const visitorTyping = useVisitorTyping(session.id);
  return (
    <ChatComposer
      key={ticket.id}
      ticket={ticket}
      session={session}
      isMine={session.agent?.id === me.id}
      visitorTyping={visitorTyping}
      onWritingChange={onWritingChange}
    />
  );
}
