import type { ParsedMail } from 'mailparser';

/** Vacation / out-of-office subjects of pl, cs, en and de clients. */
const VACATION = [
  /^(automatic reply|auto(matic)?[- ]?reply|autoreply|out of (the )?office|vacation|away from)/i,
  /^(odpowied[źz] automatyczna|automatyczna odpowied[źz]|poza biurem|nieobecno[śs][ćc]|jestem na urlopie)/i,
  /^(automatick[áa] odpov[ěe][ďd]|mimo kancel[áa][řr]|nep[řr][íi]tomnost|jsem na dovolen[ée])/i,
  /^(abwesenheitsnotiz|automatische antwort|abwesend|nicht im b[üu]ro)/i,
];

const header = (mail: ParsedMail, name: string): string => {
  const v = mail.headers.get(name);
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'object' && 'value' in v) return String((v as { value: unknown }).value);
  return String(v);
};

/** Auto-Submitted other than `no`, X-Autoreply / X-Autorespond, Precedence auto_reply/bulk/junk, vacation subjects. */
export function isAutoReply(mail: ParsedMail): boolean {
  const auto = header(mail, 'auto-submitted').trim().toLowerCase();
  if (auto && auto !== 'no') return true;
  if (mail.headers.has('x-autoreply') || mail.headers.has('x-autorespond')) return true;
  if (/^(auto_reply|bulk|junk)$/i.test(header(mail, 'precedence').trim())) return true;
  const subject = (mail.subject ?? '').trim();
  return VACATION.some((re) => re.test(subject));
}

/** A delivery status notification: multipart/report; report-type=delivery-status, or from the mailer daemon. */
export function isBounce(mail: ParsedMail): boolean {
  const ct = mail.headers.get('content-type') as
    { value?: string; params?: Record<string, string> } | undefined;
  if (
    ct?.value?.toLowerCase() === 'multipart/report' &&
    ct.params?.['report-type']?.toLowerCase() === 'delivery-status'
  )
    return true;
  const from = mail.from?.value[0]?.address?.toLowerCase() ?? '';
  return /^(mailer-daemon|postmaster)@/.test(from) || from === 'mailer-daemon';
}

/** The List-Id of a mailing-list message, or null (mailparser folds List-* headers into `list`). */
export function listId(mail: ParsedMail): string | null {
  const line = mail.headerLines.find((h) => h.key === 'list-id');
  if (!line) return null;
  return line.line.replace(/^list-id:\s*/i, '').trim() || 'list';
}

export interface DeliveryReport {
  /** Message-IDs the report is about (from the returned message or its headers). */
  originalMessageIds: string[];
  /** e.g. `5.1.1 (smtp; 550 5.1.1 <x@y>: user unknown)`. */
  reason: string;
}

const field = (text: string, name: string) =>
  new RegExp(`^${name}:\\s*(.+(?:\\r?\\n[ \\t].+)*)`, 'im').exec(text)?.[1]?.replace(/\s+/g, ' ').trim();

/** What a bounce says: the original Message-IDs and the reason from Status / Diagnostic-Code. */
export function readDeliveryReport(mail: ParsedMail, raw: string): DeliveryReport {
  const parts = mail.attachments.map((a) => a.content.toString('utf8'));
  const status = parts.map((p) => field(p, 'Status')).find(Boolean) ?? field(raw, 'Status');
  const diagnostic =
    parts.map((p) => field(p, 'Diagnostic-Code')).find(Boolean) ?? field(raw, 'Diagnostic-Code');
  const reason =
    [status, diagnostic ? `(${diagnostic})` : null].filter(Boolean).join(' ') ||
    (mail.text ?? '').trim().split(/\n/)[0]?.slice(0, 300) ||
    'delivery failed';
  const ids = new Set<string>();
  for (const text of [...parts, raw]) {
    for (const m of text.matchAll(/^Message-ID:\s*(<[^<>\s]+>)/gim)) ids.add(m[1]!);
  }
  const own = mail.messageId ? `<${mail.messageId.replace(/^<|>$/g, '')}>` : null;
  if (own) ids.delete(own);
  for (const ref of [mail.inReplyTo ?? '', ...[mail.references ?? []].flat()]
    .join(' ')
    .match(/<[^<>\s]+>/g) ?? [])
    ids.add(ref);
  return { originalMessageIds: [...ids], reason: reason.slice(0, 1000) };
}
