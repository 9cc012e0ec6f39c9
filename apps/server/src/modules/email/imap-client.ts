import { ImapFlow } from 'imapflow';
import type { SecretBox } from '../../platform/secret-box.ts';
import type { MailboxRow } from './email.table.ts';

/** What it takes to reach one IMAP folder, with the secret opened. */
export interface ImapSettings {
  host: string;
  port: number;
  tls: boolean;
  user: string;
  auth: 'password' | 'oauth2';
  /** The password, or the access token with `oauth2`; null when none is stored. */
  secret: string | null;
  folder: string;
  processedFolder: string | null;
}

/** Timeouts of one connection; the test connection uses short ones so it never hangs. */
export interface ImapTimeouts {
  connectMs: number;
  greetingMs: number;
  socketMs: number;
}

export const SESSION_TIMEOUTS: ImapTimeouts = { connectMs: 30_000, greetingMs: 16_000, socketMs: 5 * 60_000 };

/** The IMAP settings of a mailbox row; throws SecretUnreadable when the secret cannot be opened. */
export function imapSettingsOf(row: MailboxRow, secrets: SecretBox): ImapSettings {
  return {
    host: row.imapHost ?? '',
    port: row.imapPort ?? 993,
    tls: row.imapTls,
    user: row.imapUser ?? '',
    auth: row.imapAuth,
    secret: row.imapPassword ? secrets.open(row.imapPassword) : null,
    folder: row.imapFolder,
    processedFolder: row.imapProcessedFolder,
  };
}

/**
 * An imapflow client for these settings: implicit TLS when `tls`, else plain with STARTTLS when the
 * server offers it; password or XOAUTH2; no automatic IDLE (the session decides when to idle).
 */
export function createImapClient(s: ImapSettings, timeouts: ImapTimeouts): ImapFlow {
  return new ImapFlow({
    host: s.host,
    port: s.port,
    secure: s.tls,
    auth:
      s.auth === 'oauth2'
        ? { user: s.user, accessToken: s.secret ?? '' }
        : { user: s.user, pass: s.secret ?? '' },
    clientInfo: { name: 'Kontakt' },
    logger: false,
    disableAutoIdle: true,
    connectionTimeout: timeouts.connectMs,
    greetingTimeout: timeouts.greetingMs,
    socketTimeout: timeouts.socketMs,
  });
}
