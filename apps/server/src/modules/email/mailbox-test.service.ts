import type { MailboxTestCheck, MailboxTestInput, MailboxTestResult } from '@kontakt/contracts';
import type { Db } from '../../platform/db.ts';
import type { Clock } from '../../platform/clock.ts';
import type { SecretBox } from '../../platform/secret-box.ts';
import type { MailboxRow } from './email.table.ts';
import type { ImapSettings } from './imap-client.ts';
import { freshImapSettings, refreshAccessToken, storedGrant, type RefreshGrant } from './imap-oauth.ts';
import { classifyError } from './mailbox-test-classify.ts';
import { checkImap } from './mailbox-test-imap.ts';
import { checkSmtp } from './mailbox-test-smtp.ts';
import { getMailbox } from './mailboxes.service.ts';
import { openSmtpUrl, sealSmtpUrl } from './mailbox-smtp-url.ts';

export interface MailboxTestDeps {
  db: Db;
  clock: Clock;
  secrets: SecretBox;
  /** The global SMTP_URL, tested when a mailbox sends through it. */
  config: { smtpUrl: string | undefined };
}

/** A check that could not start because the stored secret does not open (see SecretBox). */
function unreadable(err: unknown): MailboxTestCheck {
  const { step, code, detail } = classifyError(err, 'auth');
  return { ok: false, step, code, detail, durationMs: 0 };
}

async function checkImapSettings(
  settings: () => ImapSettings | Promise<ImapSettings>,
): Promise<MailboxTestCheck> {
  let opened: ImapSettings;
  try {
    opened = await settings();
  } catch (err) {
    return unreadable(err);
  }
  return checkImap(opened);
}

/**
 * The SMTP URL a form asks to test: a URL without a password takes the saved mailbox's password
 * when user and host are the same (the form shows the URL with its password removed); none given
 * means the global SMTP_URL.
 */
function smtpUrlToTest(deps: MailboxTestDeps, given: string | null, saved: MailboxRow | null) {
  if (!given) return deps.config.smtpUrl ?? null;
  return openSmtpUrl(sealSmtpUrl(given, deps.secrets, saved ?? undefined), deps.secrets);
}

/** IMAP settings from a form; the saved mailbox's secret stands in for one left out (same auth kind). */
function imapToTest(
  deps: MailboxTestDeps,
  input: NonNullable<MailboxTestInput['imap']>,
  saved: MailboxRow | null,
) {
  const stored = saved?.imapPassword && saved.imapAuth === input.auth ? saved.imapPassword : null;
  const { password, oauth2Refresh, ...settings } = input;
  return async (): Promise<ImapSettings> => {
    const secret = password ?? (stored ? deps.secrets.open(stored) : null);
    const grant = input.auth === 'oauth2' && !password ? grantToTest(deps, oauth2Refresh, saved) : null;
    // Without an access token, the one the refresh grant gets (not stored: these are unsaved settings).
    if (grant && !secret) return { ...settings, secret: (await refreshAccessToken(grant)).accessToken };
    return { ...settings, secret };
  };
}

/** The refresh grant of form settings; the saved mailbox's secrets stand in for ones left out. */
function grantToTest(
  deps: MailboxTestDeps,
  input: NonNullable<MailboxTestInput['imap']>['oauth2Refresh'],
  saved: MailboxRow | null,
): RefreshGrant | null {
  const stored = saved ? storedGrant(saved, deps.secrets) : null;
  if (!input) return null;
  const refreshToken = input.refreshToken ?? stored?.refreshToken;
  if (!refreshToken) return null;
  const clientSecret =
    input.clientSecret ?? (stored?.clientId === input.clientId ? stored.clientSecret : null);
  return { tokenUrl: input.tokenUrl, clientId: input.clientId, clientSecret, refreshToken };
}

/** `POST /mailboxes/test`: settings from a form, not necessarily saved. Both checks run at once. */
export async function testMailboxSettings(
  deps: MailboxTestDeps,
  organizationId: string,
  input: MailboxTestInput,
): Promise<MailboxTestResult> {
  const saved = input.mailboxId ? await getMailbox(deps.db, organizationId, input.mailboxId) : null;
  const smtpUrl = smtpUrlToTest(deps, input.outboundSmtpUrl, saved);
  const [imap, smtp] = await Promise.all([
    input.imap ? checkImapSettings(imapToTest(deps, input.imap, saved)) : null,
    smtpUrl ? checkSmtp(smtpUrl) : null,
  ]);
  return { imap, smtp };
}

/** `POST /mailboxes/{id}/test`: the saved settings, IMAP only when the mailbox reads over IMAP. */
export async function testSavedMailbox(
  deps: MailboxTestDeps,
  organizationId: string,
  mailboxId: string,
): Promise<MailboxTestResult> {
  const row = await getMailbox(deps.db, organizationId, mailboxId);
  const smtpUrl = openSmtpUrl(row, deps.secrets) ?? deps.config.smtpUrl ?? null;
  const [imap, smtp] = await Promise.all([
    row.inboundKind === 'imap' && row.imapHost
      ? checkImapSettings(() => freshImapSettings(deps.db, row, deps.secrets, deps.clock.now()))
      : null,
    smtpUrl ? checkSmtp(smtpUrl) : null,
  ]);
  return { imap, smtp };
}
