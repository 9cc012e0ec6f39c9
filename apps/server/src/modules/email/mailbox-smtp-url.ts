import type { SecretBox } from '../../platform/secret-box.ts';
import type { MailboxRow } from './email.table.ts';

/** How an SMTP URL is stored: without its password, the password sealed apart. */
export interface StoredSmtpUrl {
  smtpUrl: string | null;
  smtpPassword: string | null;
}

/** Parses leniently: a value that is not a URL is kept as it is (the contract validated it). */
function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * Splits a URL given by an admin for storage. A URL with a user but no password, naming the same
 * user and host as the saved one, keeps the saved password: the form shows the URL with its
 * password removed, so saving it unchanged must not lose the password.
 */
export function sealSmtpUrl(
  url: string | null,
  secrets: SecretBox,
  saved?: Pick<MailboxRow, 'smtpUrl' | 'smtpPassword'>,
): StoredSmtpUrl {
  if (!url) return { smtpUrl: null, smtpPassword: null };
  const u = parse(url);
  if (!u) return { smtpUrl: url, smtpPassword: null };
  const password = u.password ? decodeURIComponent(u.password) : null;
  u.password = '';
  const bare = u.toString();
  if (password) return { smtpUrl: bare, smtpPassword: secrets.seal(password) };
  const same = saved?.smtpUrl ? parse(saved.smtpUrl) : null;
  const keep = same && u.username && same.username === u.username && same.host === u.host;
  return { smtpUrl: bare, smtpPassword: keep ? (saved?.smtpPassword ?? null) : null };
}

/** The URL to connect with: the stored URL with its sealed password opened and put back. */
export function openSmtpUrl(
  row: Pick<MailboxRow, 'smtpUrl' | 'smtpPassword'>,
  secrets: SecretBox,
): string | null {
  if (!row.smtpUrl) return null;
  if (!row.smtpPassword) return row.smtpUrl;
  const u = parse(row.smtpUrl);
  if (!u) return row.smtpUrl;
  u.password = encodeURIComponent(secrets.open(row.smtpPassword));
  return u.toString();
}
