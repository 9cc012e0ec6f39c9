import type { Message } from '@kontakt/contracts';
import { ApiError } from '../../api/client.ts';

/**
 * Whether a message is an e-mail with a stored source: every inbound one, and an outbound one
 * once it was prepared for sending (a queued reply has no source yet).
 */
export const hasEmailSource = (m: Message): boolean =>
  m.channel === 'email' &&
  m.kind === 'reply' &&
  (m.direction === 'inbound' || (!!m.delivery && m.delivery.status !== 'queued'));

/** Where the server serves a stored e-mail's raw .eml (who may see the ticket may download it). */
export const messageSourceUrl = (messageId: string) => `/api/v1/messages/${messageId}/raw`;

/** The raw source as text; errors in the server's one error shape become an `ApiError`. */
export async function getMessageSource(messageId: string): Promise<string> {
  let res: Response;
  try {
    res = await fetch(messageSourceUrl(messageId), { credentials: 'same-origin' });
  } catch (cause) {
    throw new ApiError(0, 'network_error', cause instanceof Error ? cause.message : 'Network error');
  }
  if (res.ok) return res.text();
  const body = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
  throw new ApiError(
    res.status,
    body?.error?.code ?? 'internal_error',
    body?.error?.message ?? res.statusText,
  );
}

/** Bytes of one RFC 2047 encoded word's text (B: base64, Q: quoted-printable with `_` for space). */
function wordBytes(encoding: string, text: string): number[] {
  if (encoding.toUpperCase() === 'B') return Array.from(atob(text), (c) => c.charCodeAt(0));
  const bytes: number[] = [];
  const q = text.replace(/_/g, ' ');
  for (let i = 0; i < q.length; i++) {
    const hex = q[i] === '=' ? q.slice(i + 1, i + 3) : '';
    if (/^[0-9a-f]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(q.charCodeAt(i) & 0xff);
  }
  return bytes;
}

const WORD = /=\?([^?\s]+)\?([BQ])\?([^?\s]*)\?=/gi;

/**
 * Decodes `=?charset?B|Q?…?=` words. Adjacent words of one charset are joined before decoding
 * (a character may be split between them) and the space between encoded words is dropped.
 */
export function decodeEncodedWords(value: string): string {
  let out = '';
  let last = 0;
  let run = null as { charset: string; bytes: number[] } | null;
  const flush = () => {
    if (run) out += new TextDecoder(run.charset).decode(Uint8Array.from(run.bytes));
    run = null;
  };
  try {
    for (const m of value.matchAll(WORD)) {
      const between = value.slice(last, m.index);
      if (!run || /\S/.test(between)) {
        flush();
        out += between;
      }
      const charset = m[1]!.replace(/\*.*$/, '').toLowerCase();
      const bytes = wordBytes(m[2]!, m[3]!);
      if (run?.charset === charset) run.bytes.push(...bytes);
      else {
        flush();
        run = { charset, bytes };
      }
      last = m.index + m[0].length;
    }
    flush();
  } catch {
    return value; // an unknown charset or broken base64: the raw value is still readable
  }
  return out + value.slice(last);
}

export interface SourceHeader {
  name: string;
  value: string;
}

/** The headers of a raw message, unfolded and decoded, in their order. */
export function readHeaders(raw: string): SourceHeader[] {
  const end = raw.search(/\r?\n\r?\n/);
  const head = end === -1 ? raw : raw.slice(0, end);
  const headers: SourceHeader[] = [];
  for (const line of head.split(/\r?\n/)) {
    const last = headers.at(-1);
    if (/^[ \t]/.test(line) && last) last.value += ` ${line.trim()}`;
    else {
      const colon = line.indexOf(':');
      if (colon > 0) headers.push({ name: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim() });
    }
  }
  return headers.map((h) => ({ name: h.name, value: decodeEncodedWords(h.value) }));
}

/** Headers an agent reads to tell who wrote, to whom, when, and how the thread hangs together. */
export const READABLE_HEADERS = [
  'From',
  'Reply-To',
  'To',
  'Cc',
  'Date',
  'Subject',
  'Message-ID',
  'In-Reply-To',
  'References',
  'Auto-Submitted',
  'List-Id',
];
