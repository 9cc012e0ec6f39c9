import { createHash } from 'node:crypto';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { htmlToText, sanitizeHtml, textToHtml } from '../../platform/html.ts';
import { isAutoReply, isBounce, listId, readDeliveryReport, type DeliveryReport } from './email-classify.ts';
import { messageIdsIn, normalizeMessageId } from './email-subject.ts';

export interface ParsedAttachment {
  filename: string;
  contentType: string;
  content: Buffer;
  /** Content-ID without brackets, for `cid:` references in the HTML. */
  contentId: string | null;
}

/** An e-mail as Kontakt stores it: ids for threading, addresses, safe bodies, files, classification. */
export interface ParsedEmail {
  messageId: string;
  /** True when the message had no Message-ID and got one from a hash of its raw content. */
  syntheticId: boolean;
  inReplyTo: string[];
  references: string[];
  from: { address: string; name: string | null } | null;
  replyTo: string | null;
  to: string[];
  cc: string[];
  subject: string;
  /** Sanitized HTML (cid: links still point at content ids). */
  html: string;
  text: string;
  attachments: ParsedAttachment[];
  autoReply: boolean;
  bounce: boolean;
  listId: string | null;
  report: DeliveryReport | null;
}

function addresses(
  field: AddressObject | AddressObject[] | undefined,
): Array<{ address: string; name: string }> {
  const out: Array<{ address: string; name: string }> = [];
  const visit = (v: {
    address?: string;
    name: string;
    group?: Array<{ address?: string; name: string }>;
  }) => {
    if (v.group) v.group.forEach(visit);
    else if (v.address) out.push({ address: v.address.toLowerCase(), name: v.name });
  };
  for (const obj of [field ?? []].flat()) obj.value.forEach(visit);
  return out;
}

/** A file name for parts that came without one. */
function fallbackName(contentType: string, i: number): string {
  if (contentType === 'message/rfc822') return `forwarded-message-${i + 1}.eml`;
  if (contentType === 'text/calendar') return `invite-${i + 1}.ics`;
  if (contentType === 'application/ms-tnef') return 'winmail.dat';
  const ext = /^image\/(png|jpeg|gif|webp)$/.exec(contentType)?.[1];
  return ext ? `image-${i + 1}.${ext === 'jpeg' ? 'jpg' : ext}` : `attachment-${i + 1}.bin`;
}

function bodies(mail: ParsedMail): { html: string; text: string } {
  if (typeof mail.html === 'string' && mail.html.trim()) {
    const html = sanitizeHtml(mail.html);
    return { html, text: mail.text?.trim() || htmlToText(html) };
  }
  const text = (mail.text ?? '').trim();
  return { html: textToHtml(text), text };
}

/**
 * The value with every NUL character removed from its strings (file contents untouched).
 * PostgreSQL refuses U+0000 in text and jsonb, so one stray NUL in a subject or body would fail
 * every delivery attempt of the message: over SMTP a sender retrying until it bounces, over IMAP
 * a mailbox stuck on it. NUL carries no meaning in mail text.
 */
function withoutNul<T>(value: T): T {
  if (typeof value === 'string') return value.replaceAll('\u0000', '') as T;
  if (Array.isArray(value)) return value.map(withoutNul) as T;
  if (value && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = withoutNul(v);
    return out as T;
  }
  return value;
}

/** Parses a raw message (any charset, encoded words, RFC 2231 names) into what Kontakt stores. */
export async function parseEmail(raw: Buffer): Promise<ParsedEmail> {
  return withoutNul(await parseRaw(raw));
}

async function parseRaw(raw: Buffer): Promise<ParsedEmail> {
  // Text from HTML-only mail is made from the sanitized HTML (bodies); mailparser's own
  // conversions would be thrown away, and cost a third of the parse.
  const mail = await simpleParser(raw, {
    skipImageLinks: true,
    skipTextLinks: true,
    skipHtmlToText: true,
    skipTextToHtml: true,
  });
  const own = normalizeMessageId(mail.messageId);
  const from = addresses(mail.from)[0] ?? null;
  const bounce = isBounce(mail);
  return {
    messageId: own ?? `<${createHash('sha256').update(raw).digest('hex')}@kontakt.synthetic>`,
    syntheticId: own === null,
    inReplyTo: messageIdsIn(mail.inReplyTo),
    references: messageIdsIn(mail.references),
    from: from ? { address: from.address, name: from.name.trim() || null } : null,
    replyTo: addresses(mail.replyTo)[0]?.address ?? null,
    to: addresses(mail.to).map((a) => a.address),
    cc: addresses(mail.cc).map((a) => a.address),
    subject: (mail.subject ?? '').trim(),
    ...bodies(mail),
    attachments: mail.attachments.map((a, i) => ({
      filename: (a.filename?.trim() || fallbackName(a.contentType, i)).slice(0, 255),
      contentType: a.contentType || 'application/octet-stream',
      content: a.content,
      contentId: a.cid ?? (a.contentId ? a.contentId.replace(/^<|>$/g, '') : null),
    })),
    autoReply: !bounce && isAutoReply(mail),
    bounce,
    listId: listId(mail),
    report: bounce ? readDeliveryReport(mail, raw.toString('latin1')) : null,
  };
}
