import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import type { SecretBox } from '../../platform/secret-box.ts';
import { mailboxes, type MailboxRow } from './email.table.ts';
import { imapSettingsOf, type ImapSettings } from './imap-client.ts';

/** The token endpoint refused the refresh or could not be reached; `message` is free of secrets. */
export class TokenRefreshFailed extends Error {}

/** What a refresh-token grant needs (secrets opened). */
export interface RefreshGrant {
  tokenUrl: string;
  clientId: string;
  clientSecret: string | null;
  refreshToken: string;
}

export interface RefreshedToken {
  accessToken: string;
  /** Seconds the access token lives, when the endpoint says. */
  expiresIn: number | null;
  /** A new refresh token, when the endpoint rotates them. */
  refreshToken: string | null;
}

/** A new access token is fetched this long before the stored one expires. */
const MARGIN_MS = 5 * 60_000;

/** RFC 6749 §6: exchanges the refresh token for a new access token at the token endpoint. */
export async function refreshAccessToken(grant: RefreshGrant): Promise<RefreshedToken> {
  const body = new URLSearchParams({
    grant_type: 'refresh_token',
    refresh_token: grant.refreshToken,
    client_id: grant.clientId,
    ...(grant.clientSecret ? { client_secret: grant.clientSecret } : {}),
  });
  let res: Response;
  try {
    res = await fetch(grant.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body,
      signal: AbortSignal.timeout(15_000),
    });
  } catch (err) {
    throw new TokenRefreshFailed(`the token endpoint could not be reached (${(err as Error).message})`);
  }
  const json = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  if (!res.ok || typeof json.access_token !== 'string') {
    // `error` and `error_description` are the provider's words about the grant, never a secret.
    const why = [json.error, json.error_description].filter((v) => typeof v === 'string').join(': ');
    throw new TokenRefreshFailed(
      `the token endpoint answered ${res.status}${why ? ` (${why.slice(0, 300)})` : ''}`,
    );
  }
  return {
    accessToken: json.access_token,
    expiresIn: typeof json.expires_in === 'number' ? json.expires_in : Number(json.expires_in) || null,
    refreshToken: typeof json.refresh_token === 'string' ? json.refresh_token : null,
  };
}

/** The stored refresh grant of an `oauth2` mailbox, or null when it has none. */
export function storedGrant(row: MailboxRow, secrets: SecretBox): RefreshGrant | null {
  if (row.imapAuth !== 'oauth2' || !row.imapOauthTokenUrl || !row.imapOauthRefreshToken) return null;
  return {
    tokenUrl: row.imapOauthTokenUrl,
    clientId: row.imapOauthClientId ?? '',
    clientSecret: row.imapOauthClientSecret ? secrets.open(row.imapOauthClientSecret) : null,
    refreshToken: secrets.open(row.imapOauthRefreshToken),
  };
}

/**
 * The mailbox's IMAP settings with a usable secret. An `oauth2` mailbox with a refresh grant gets a
 * new access token first when it has none, when the stored one expires within five minutes, or
 * when `force` (the server refused it); the new token (and a rotated refresh token) is stored sealed.
 */
export async function freshImapSettings(
  db: Db,
  mailbox: Pick<MailboxRow, 'id' | 'organizationId'>,
  secrets: SecretBox,
  now: Date,
  opts: { force?: boolean } = {},
): Promise<ImapSettings> {
  const [row] = await db
    .select()
    .from(mailboxes)
    .where(and(eq(mailboxes.organizationId, mailbox.organizationId), eq(mailboxes.id, mailbox.id)));
  if (!row) throw new Error('the mailbox no longer exists');
  const settings = imapSettingsOf(row, secrets);
  const grant = storedGrant(row, secrets);
  if (!grant) return settings;
  const expires = row.imapOauthExpiresAt?.getTime();
  const due =
    !settings.secret || opts.force || (expires !== undefined && expires - now.getTime() < MARGIN_MS);
  if (!due) return settings;
  const token = await refreshAccessToken(grant);
  await db
    .update(mailboxes)
    .set({
      imapPassword: secrets.seal(token.accessToken),
      imapOauthExpiresAt: token.expiresIn ? new Date(now.getTime() + token.expiresIn * 1000) : null,
      ...(token.refreshToken ? { imapOauthRefreshToken: secrets.seal(token.refreshToken) } : {}),
    })
    .where(eq(mailboxes.id, row.id));
  return { ...settings, secret: token.accessToken };
}
