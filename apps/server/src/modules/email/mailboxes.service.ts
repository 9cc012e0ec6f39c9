import { and, asc, eq, inArray } from 'drizzle-orm';
import type { CreateMailboxInput, Mailbox, UpdateMailboxInput } from '@kontakt/contracts';
import type { Db } from '../../platform/db.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { newId } from '../../platform/crypto.ts';
import { isUniqueViolation } from '../../platform/db-errors.ts';
import type { SecretBox } from '../../platform/secret-box.ts';
import { getQueue } from '../tickets/index.ts';
import { mailboxes, type MailboxRow } from './email.table.ts';
import { sealSmtpUrl } from './mailbox-smtp-url.ts';
import { presentImapStatus, type ImapStatusRow } from './imap-status.ts';
import { changedDkimColumns, dkimColumns, presentDkim } from './email-outbound.dkim.ts';

const addressTaken = () =>
  new AppError(409, 'mailbox_address_taken', 'A mailbox with this address already exists.', {
    field: 'address',
  });

/** The SMTP URL without its password (what admins may read back). */
function redactUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.password) u.password = '';
    return u.toString();
  } catch {
    return null;
  }
}

/**
 * The one JSON shape of a mailbox; secrets (IMAP password, SMTP password) never leave. `status` is
 * its IMAP connection status row, when there is one (imap-status.ts).
 */
export function presentMailbox(m: MailboxRow, status?: ImapStatusRow): Mailbox {
  return {
    id: m.id,
    address: m.address,
    displayName: m.displayName,
    queueId: m.queueId,
    inboundKind: m.inboundKind,
    imap: m.imapHost
      ? {
          host: m.imapHost,
          port: m.imapPort ?? 993,
          tls: m.imapTls,
          user: m.imapUser ?? '',
          auth: m.imapAuth,
          passwordSet: Boolean(m.imapPassword),
          folder: m.imapFolder,
          processedFolder: m.imapProcessedFolder,
          oauth2Refresh:
            m.imapAuth === 'oauth2' && m.imapOauthTokenUrl
              ? {
                  tokenUrl: m.imapOauthTokenUrl,
                  clientId: m.imapOauthClientId ?? '',
                  clientSecretSet: Boolean(m.imapOauthClientSecret),
                  refreshTokenSet: Boolean(m.imapOauthRefreshToken),
                  accessTokenExpiresAt: m.imapOauthExpiresAt?.toISOString() ?? null,
                }
              : null,
          connection: m.inboundKind === 'imap' ? presentImapStatus(status) : null,
        }
      : null,
    outboundSmtpUrl: redactUrl(m.smtpUrl),
    ...presentDkim(m),
    signatures: m.signatures,
    autoAck: m.autoAck,
    autoAckTemplates: m.autoAckTemplates,
    active: m.active,
    createdAt: m.createdAt.toISOString(),
    updatedAt: m.updatedAt.toISOString(),
  };
}

type ImapInput = UpdateMailboxInput['imap'];
/** IMAP columns; `sealedSecret` is the password or token, already sealed. */
const imapColumns = (imap: ImapInput, sealedSecret: string | null) => ({
  imapHost: imap?.host ?? null,
  imapPort: imap?.port ?? null,
  imapTls: imap?.tls ?? true,
  imapUser: imap?.user ?? null,
  imapAuth: imap?.auth ?? 'password',
  imapPassword: imap ? sealedSecret : null,
  imapFolder: imap?.folder ?? 'INBOX',
  imapProcessedFolder: imap?.processedFolder ?? null,
});

/**
 * The OAuth2 refresh columns: a secret left out keeps the stored one (the client secret only for the
 * same client). Without a refresh token, given or kept, there is nothing to refresh with: 400.
 */
function oauthColumns(imap: ImapInput, before: MailboxRow | null, secrets: SecretBox) {
  const r = imap?.auth === 'oauth2' ? imap.oauth2Refresh : null;
  if (!r)
    return {
      imapOauthTokenUrl: null,
      imapOauthClientId: null,
      imapOauthClientSecret: null,
      imapOauthRefreshToken: null,
      imapOauthExpiresAt: null,
    };
  const refreshToken = r.refreshToken
    ? secrets.seal(r.refreshToken)
    : (before?.imapOauthRefreshToken ?? null);
  if (!refreshToken) throw missingSecret('imap.oauth2Refresh.refreshToken', 'the OAuth2 refresh token');
  const sameClient = before?.imapOauthClientId === r.clientId;
  return {
    imapOauthTokenUrl: r.tokenUrl,
    imapOauthClientId: r.clientId,
    imapOauthClientSecret: r.clientSecret
      ? secrets.seal(r.clientSecret)
      : sameClient
        ? (before?.imapOauthClientSecret ?? null)
        : null,
    imapOauthRefreshToken: refreshToken,
    // A new access token given by hand has no known expiry; a kept one keeps its own.
    imapOauthExpiresAt: imap?.password ? null : (before?.imapOauthExpiresAt ?? null),
  };
}

/** In the shape of a schema failure, so forms put it next to the field. */
function missingSecret(field: string, what: string) {
  return new AppError(400, 'validation_failed', `Enter ${what}.`, {
    field,
    issues: [{ path: ['body', ...field.split('.')], code: 'invalid_type', message: 'Required' }],
  });
}

/**
 * The sealed IMAP secret to store: the one given; else the stored one, of the same kind (a password
 * is no access token); else none, which only an `oauth2` mailbox that refreshes its own tokens may have.
 */
function imapSecret(
  imap: NonNullable<ImapInput>,
  before: MailboxRow | null,
  secrets: SecretBox,
): string | null {
  if (imap.password !== undefined) return secrets.seal(imap.password);
  if (before?.imapPassword && before.imapAuth === imap.auth) return before.imapPassword;
  if (imap.auth === 'oauth2' && imap.oauth2Refresh) return null;
  throw missingSecret(
    'imap.password',
    imap.auth === 'oauth2' ? 'the OAuth2 access token' : 'the IMAP password',
  );
}

export async function listMailboxes(db: Db, organizationId: string): Promise<MailboxRow[]> {
  return db
    .select()
    .from(mailboxes)
    .where(eq(mailboxes.organizationId, organizationId))
    .orderBy(asc(mailboxes.address));
}

export async function getMailbox(db: Db, organizationId: string, id: string): Promise<MailboxRow> {
  const [row] = await db
    .select()
    .from(mailboxes)
    .where(and(eq(mailboxes.organizationId, organizationId), eq(mailboxes.id, id)));
  if (!row) throw notFound('Mailbox');
  return row;
}

export async function createMailbox(
  db: Db,
  organizationId: string,
  input: CreateMailboxInput,
  now: Date,
  secrets: SecretBox,
) {
  await getQueue(db, organizationId, input.queueId);
  try {
    const [row] = await db
      .insert(mailboxes)
      .values({
        id: newId(),
        organizationId,
        queueId: input.queueId,
        address: input.address,
        displayName: input.displayName,
        inboundKind: input.inboundKind,
        ...imapColumns(input.imap, input.imap ? imapSecret(input.imap, null, secrets) : null),
        ...oauthColumns(input.imap, null, secrets),
        ...sealSmtpUrl(input.outboundSmtpUrl, secrets),
        ...dkimColumns(input.dkim, secrets),
        signatures: input.signatures,
        autoAck: input.autoAck,
        autoAckTemplates: input.autoAckTemplates,
        active: input.active,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    return row!;
  } catch (err) {
    if (isUniqueViolation(err)) throw addressTaken();
    throw err;
  }
}

export async function updateMailbox(
  db: Db,
  organizationId: string,
  id: string,
  input: UpdateMailboxInput,
  now: Date,
  secrets: SecretBox,
) {
  const before = await getMailbox(db, organizationId, id);
  if (input.queueId) await getQueue(db, organizationId, input.queueId);
  const { imap: imapInput, outboundSmtpUrl, dkim, ...rest } = input;
  const secret = imapInput ? imapSecret(imapInput, before, secrets) : null;
  try {
    const [row] = await db
      .update(mailboxes)
      .set({
        ...rest,
        ...(imapInput !== undefined
          ? { ...imapColumns(imapInput, secret), ...oauthColumns(imapInput, before, secrets) }
          : {}),
        ...(outboundSmtpUrl !== undefined ? sealSmtpUrl(outboundSmtpUrl, secrets, before) : {}),
        ...changedDkimColumns(dkim, before, secrets),
        updatedAt: now,
      })
      .where(and(eq(mailboxes.organizationId, organizationId), eq(mailboxes.id, id)))
      .returning();
    return row!;
  } catch (err) {
    if (isUniqueViolation(err)) throw addressTaken();
    throw err;
  }
}

/** Active mailboxes with one of these addresses, in any organization (the SMTP listener routes by them). */
export async function findMailboxesByAddress(db: Db, addresses: string[]): Promise<MailboxRow[]> {
  const wanted = [...new Set(addresses.map((a) => a.toLowerCase()))];
  if (wanted.length === 0) return [];
  return db
    .select()
    .from(mailboxes)
    .where(and(inArray(mailboxes.address, wanted), eq(mailboxes.active, true)));
}
