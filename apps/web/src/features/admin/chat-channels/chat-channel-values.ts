import type { ChatChannel, Locale, PreChatField } from '@kontakt/contracts';

/** Query key of the chat channel list. */
export const CHAT_CHANNELS_KEY = ['admin', 'chat-channels'] as const;

/** Languages a greeting can be written in, in the order the form shows them. */
export const GREETING_LOCALES: readonly Locale[] = ['en', 'pl', 'cs'];

/** Pre-chat fields in the order the widget shows them. */
export const PRE_CHAT_FIELDS: readonly PreChatField[] = ['name', 'email', 'topic'];

const MB = 1024 * 1024;

/**
 * The chat channel form, shaped like the request body so that server issues (`branding.avatarUrl`)
 * land on their fields. Empty texts stand for null; `uploads.maxBytes` is edited in megabytes.
 */
export interface ChannelValues {
  name: string;
  active: boolean;
  queueId: string | null;
  calendarId: string | null;
  branding: {
    color: string;
    greeting: Record<Locale, string>;
    position: 'bottom-right' | 'bottom-left';
    avatarUrl: string;
  };
  preChat: { fields: PreChatField[]; required: PreChatField[] };
  privacyUrl: string;
  /** `maxBytes` holds megabytes here; `toInput` turns them into bytes. */
  uploads: { allowedTypes: string[]; maxBytes: number };
  offerTimeoutSeconds: number;
  [key: string]: unknown;
}

/** Form values of a channel being edited, or of a new one (the contract's defaults). */
export function initialValues(channel?: ChatChannel, defaultQueueId?: string | null): ChannelValues {
  const greeting = channel?.branding.greeting ?? {};
  return {
    name: channel?.name ?? '',
    active: channel?.active ?? true,
    queueId: channel?.queueId ?? defaultQueueId ?? null,
    calendarId: channel?.calendarId ?? null,
    branding: {
      color: channel?.branding.color ?? '#1f6feb',
      greeting: { en: greeting.en ?? '', pl: greeting.pl ?? '', cs: greeting.cs ?? '' },
      position: channel?.branding.position ?? 'bottom-right',
      avatarUrl: channel?.branding.avatarUrl ?? '',
    },
    preChat: {
      fields: channel?.preChat.fields ?? ['name', 'email', 'topic'],
      required: channel?.preChat.required ?? ['email'],
    },
    privacyUrl: channel?.privacyUrl ?? '',
    uploads: {
      allowedTypes: channel?.uploads.allowedTypes ?? ['image/*', 'application/pdf'],
      maxBytes: (channel?.uploads.maxBytes ?? 5 * MB) / MB,
    },
    offerTimeoutSeconds: channel?.offerTimeoutSeconds ?? 30,
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** Form values → request body: empty texts become null, greetings without text are left out. */
export function toInput(values: ChannelValues) {
  const { branding, preChat, uploads } = values;
  // Email is always shown (the offline form needs it); required fields must be shown.
  const fields = PRE_CHAT_FIELDS.filter((f) => f === 'email' || preChat.fields.includes(f));
  return {
    name: values.name,
    active: values.active,
    queueId: values.queueId,
    calendarId: values.calendarId,
    branding: {
      color: branding.color,
      greeting: Object.fromEntries(
        GREETING_LOCALES.flatMap((l) =>
          branding.greeting[l].trim() ? [[l, branding.greeting[l].trim()]] : [],
        ),
      ),
      position: branding.position,
      avatarUrl: orNull(branding.avatarUrl),
    },
    preChat: { fields, required: preChat.required.filter((f) => fields.includes(f)) },
    privacyUrl: orNull(values.privacyUrl),
    uploads: { allowedTypes: uploads.allowedTypes, maxBytes: Math.round(Number(uploads.maxBytes) * MB) },
    offerTimeoutSeconds: Number(values.offerTimeoutSeconds),
  };
}

/** The snippet a website pastes before `</body>` to show the chat widget. */
export function embedSnippet(origin: string, publicId: string): string {
  return `<script src="${origin}/widget.js" data-channel="${publicId}" async></script>`;
}
