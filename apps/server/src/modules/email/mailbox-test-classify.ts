import type { MailboxTestCheck, MailboxTestCode, MailboxTestStep } from '@kontakt/contracts';
import { SecretUnreadable } from '../../platform/secret-box.ts';
import { TokenRefreshFailed } from './imap-oauth.ts';

/** Where and why a connection failed, in the stable codes of the test-connection contract. */
export interface Failure {
  step: MailboxTestStep;
  code: MailboxTestCode;
  detail: string | null;
}

/** A failure already classified (thrown by the step that knows what went wrong). */
export class StepFailed extends Error {
  constructor(readonly failure: Failure) {
    super(failure.detail ?? failure.code);
  }
}

type AnyError = Error & {
  code?: string;
  authenticationFailed?: boolean;
  tlsFailed?: boolean;
  mailboxMissing?: boolean;
  serverResponseCode?: string;
  responseText?: string;
  responseCode?: number;
  response?: unknown;
  reason?: string;
};

const DNS_MISSING = new Set(['ENOTFOUND', 'EAI_NONAME', 'ENODATA', 'EAI_NODATA']);
const DNS_OTHER = new Set(['EAI_AGAIN', 'ESERVFAIL', 'EAI_FAIL', 'ECONNREFUSED_DNS']);
const CERT = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER|HOSTNAME_MISMATCH|ALTNAME/;
const TLS_TEXT = /certificate|self[- ]signed|\bSSL\b|\bTLS\b|wrong version number|handshake/i;
const NO_GREETING = new Set([
  'GREETING_TIMEOUT',
  'ClosedAfterConnectText',
  'ClosedAfterConnectTLS',
  'EConnectionClosed',
  'NoConnection',
  'ETIMEOUT',
  'InvalidResponse',
]);

/** The text a person may read: what the server answered, never longer than a few lines. */
function detailOf(err: AnyError): string {
  const server = typeof err.response === 'string' ? err.response : (err.responseText ?? err.reason);
  return (server || err.message || String(err.code ?? 'error')).slice(0, 500);
}

/** Network-level failures (DNS, TCP, TLS) by Node's error codes and TLS error texts. */
function networkFailure(err: AnyError, detail: string): Failure | null {
  const code = err.code ?? '';
  if (DNS_MISSING.has(code)) return { step: 'dns', code: 'dns_not_found', detail };
  if (DNS_OTHER.has(code) || code === 'EDNS') return { step: 'dns', code: 'dns_failed', detail };
  if (code === 'ECONNREFUSED') return { step: 'connect', code: 'connect_refused', detail };
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH')
    return { step: 'connect', code: 'connect_unreachable', detail };
  if (code === 'CONNECT_TIMEOUT' || code === 'ETIMEDOUT')
    return { step: 'connect', code: 'connect_timeout', detail };
  if (CERT.test(code) || (TLS_TEXT.test(err.message) && /certificate|self[- ]signed/i.test(err.message)))
    return { step: 'tls', code: 'tls_certificate_invalid', detail };
  if (err.tlsFailed || code.startsWith('ERR_SSL') || code === 'ETLS' || TLS_TEXT.test(err.message))
    return { step: 'tls', code: 'tls_handshake_failed', detail };
  return null;
}

/**
 * Classifies an error from imapflow, nodemailer, node:net / node:tls / node:dns. `fallback` is the
 * step being attempted when nothing more precise is known.
 */
export function classifyError(error: unknown, fallback: MailboxTestStep): Failure {
  if (error instanceof StepFailed) return error.failure;
  const err = (error instanceof Error ? error : new Error(String(error))) as AnyError;
  if (err instanceof SecretUnreadable) return { step: 'auth', code: 'secret_unreadable', detail: null };
  if (err instanceof TokenRefreshFailed)
    return { step: 'auth', code: 'token_refresh_failed', detail: err.message };
  const detail = detailOf(err);
  if (err.authenticationFailed || err.code === 'EAUTH' || err.serverResponseCode === 'AUTHENTICATIONFAILED')
    return { step: 'auth', code: 'auth_failed', detail };
  if (err.mailboxMissing || err.serverResponseCode === 'NONEXISTENT')
    return { step: 'folder', code: 'folder_not_found', detail };
  // Before the texts of TLS errors: imapflow's greeting timeout asks "Maybe should use TLS?".
  if (NO_GREETING.has(err.code ?? '') || err.code === 'EPROTOCOL' || err.code === 'ECONNECTION')
    return { step: 'connect', code: 'no_greeting', detail };
  const network = networkFailure(err, detail);
  if (network) return network;
  if (typeof err.responseCode === 'number' && err.responseCode >= 400)
    return { step: 'send', code: 'smtp_rejected', detail };
  return { step: fallback, code: 'protocol_error', detail };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Removes every secret (and its base64 forms, as in AUTH PLAIN echoes) from a text. A short
 * secret is removed only where it stands alone, so "x" does not turn "exists" into "e***ists".
 */
export function scrub(text: string | null, secrets: Array<string | null | undefined>): string | null {
  if (text === null) return null;
  let out = text;
  for (const s of secrets) {
    if (!s) continue;
    for (const form of [s, Buffer.from(s).toString('base64'), encodeURIComponent(s)]) {
      out =
        form.length >= 6
          ? out.split(form).join('***')
          : out.replace(
              new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`, 'gu'),
              '***',
            );
    }
  }
  return out;
}

/**
 * Runs one check: ok at `lastStep` when `run` resolves, else the classified failure (`fallback` when
 * nothing more precise is known), with every secret scrubbed from the detail.
 */
export async function runCheck(
  opts: { lastStep: MailboxTestStep; fallback: MailboxTestStep; secrets: Array<string | null | undefined> },
  run: () => Promise<void>,
): Promise<MailboxTestCheck> {
  const started = performance.now();
  const durationMs = () => Math.round(performance.now() - started);
  try {
    await run();
    return { ok: true, step: opts.lastStep, code: null, detail: null, durationMs: durationMs() };
  } catch (err) {
    const f = classifyError(err, opts.fallback);
    return {
      ok: false,
      step: f.step,
      code: f.code,
      detail: scrub(f.detail, opts.secrets),
      durationMs: durationMs(),
    };
  }
}
