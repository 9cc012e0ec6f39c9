/** The widget's HTTP calls to its own origin (`/widget/v1/…`). */
import type { ChatAttachment } from './conversation.ts';
import type { OfflineMessageInput, StartChatInput, StartChatResult, WidgetConfig } from '@kontakt/contracts';

/** An error answer of the API: its stable code and message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, { ...init, credentials: 'omit' });
  } catch {
    throw new ApiError(0, 'network', 'network error');
  }
  const body = (await res.json().catch(() => null)) as {
    error?: { code: string; message: string; details?: unknown };
  } | null;
  if (!res.ok) {
    const e = body?.error;
    throw new ApiError(res.status, e?.code ?? 'internal_error', e?.message ?? res.statusText, e?.details);
  }
  return body as T;
}

const json = (data: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(data),
});

const channelPath = (publicId: string) => `/widget/v1/channels/${encodeURIComponent(publicId)}`;

/** The channel's public settings: branding, pre-chat, uploads and whether anyone is there. */
export function fetchConfig(publicId: string): Promise<WidgetConfig> {
  return call(`${channelPath(publicId)}/config`);
}

/** Starts a chat from the pre-chat form; the token resumes it after reloads. */
export function startChat(publicId: string, input: StartChatInput): Promise<StartChatResult> {
  return call(`${channelPath(publicId)}/sessions`, json(input));
}

/** Leaves a message while nobody is available; it becomes an e-mail ticket. */
export function sendOfflineMessage(publicId: string, input: OfflineMessageInput): Promise<unknown> {
  return call(`${channelPath(publicId)}/offline-messages`, json(input));
}

/** Uploads a file for the visitor's chat; the result is attached to a message by id. */
export function uploadFile(token: string, file: File): Promise<ChatAttachment> {
  const form = new FormData();
  form.append('file', file, file.name);
  return call('/widget/v1/uploads', {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
}
