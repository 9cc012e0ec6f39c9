import type { ChatChannel, ChatMessage, ChatSession, Message } from '@kontakt/contracts';
import type { AttachmentRow, MessageRow } from '../tickets/index.ts';
import { presentMessage } from '../tickets/index.ts';
import type { ChatChannelRow, ChatSessionRow } from './chat.table.ts';

export const presentChannel = (row: ChatChannelRow): ChatChannel => ({
  id: row.id,
  publicId: row.publicId,
  name: row.name,
  active: row.active,
  queueId: row.queueId,
  calendarId: row.calendarId,
  branding: row.settings.branding,
  preChat: row.settings.preChat,
  privacyUrl: row.settings.privacyUrl,
  uploads: row.settings.uploads,
  offerTimeoutSeconds: row.offerTimeoutSeconds,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

/** A session with the name of its agent (looked up by the caller) and the rating, if any. */
export const presentSession = (
  row: ChatSessionRow,
  agentName: string | null,
  rating: number | null = null,
): ChatSession => ({
  id: row.id,
  ticketId: row.ticketId,
  channelId: row.channelId,
  queueId: row.queueId,
  state: row.state,
  language: row.language,
  agent: row.agentId ? { id: row.agentId, name: agentName ?? '' } : null,
  lastSeq: row.lastSeq,
  enqueuedAt: row.enqueuedAt.toISOString(),
  endedAt: row.endedAt?.toISOString() ?? null,
  rating,
});

/** Attachment links visitors can follow: the widget download route checks the visitor token. */
const visitorUrl = (a: Message['attachments'][number]): Message['attachments'][number] => ({
  ...a,
  url: `/widget/v1/attachments/${a.id}`,
});

/** A stored ticket message as a chat message (`seq` and `clientId` from `chat_message_seq`). */
export function presentChatMessage(
  sessionId: string,
  seq: { seq: number; clientId: string },
  message: MessageRow,
  files: AttachmentRow[],
  agentName: string | null,
): ChatMessage {
  const m = presentMessage(message, files);
  return {
    id: m.id,
    sessionId,
    seq: seq.seq,
    clientId: seq.clientId,
    from: m.authorType === 'customer' ? 'visitor' : m.authorType,
    agent: m.authorType === 'agent' && m.authorId ? { id: m.authorId, name: agentName ?? '' } : null,
    text: m.bodyText,
    attachments: m.attachments.map(visitorUrl),
    createdAt: m.createdAt,
  };
}
