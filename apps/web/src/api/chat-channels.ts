import type { ChatChannel, CreateChatChannelInput, UpdateChatChannelInput } from '@kontakt/contracts';
import { request } from './client.ts';

/** The organization's chat channels (widget installations), oldest first (admin screen). */
export function listChatChannels(): Promise<ChatChannel[]> {
  return request<ChatChannel[]>('GET', '/chat-channels');
}

/** Creates a chat channel; the server gives it a fresh public id. */
export function createChatChannel(input: CreateChatChannelInput): Promise<ChatChannel> {
  return request<ChatChannel>('POST', '/chat-channels', { body: input });
}

/** Changes a chat channel; fields left out stay as they are. */
export function updateChatChannel(id: string, input: UpdateChatChannelInput): Promise<ChatChannel> {
  return request<ChatChannel>('PATCH', `/chat-channels/${encodeURIComponent(id)}`, { body: input });
}
