import nodemailer from 'nodemailer';
import type { MailboxTestCheck } from '@kontakt/contracts';
import { classifyError, runCheck, StepFailed } from './mailbox-test-classify.ts';
import { probeNetwork, STEP_TIMEOUT_MS, within } from './mailbox-test-network.ts';

/** Where an SMTP URL points, with nodemailer's defaults (465 for smtps://, else 587). */
function endpointOf(url: string): { host: string; port: number; secure: boolean; password: string } {
  const u = new URL(url);
  const secure = u.protocol === 'smtps:';
  return {
    host: u.hostname.replace(/^\[|\]$/g, ''),
    port: Number(u.port) || (secure ? 465 : 587),
    secure,
    password: decodeURIComponent(u.password),
  };
}

/** nodemailer's verify(): greeting, EHLO, STARTTLS when offered, AUTH when the URL has a user. */
async function verifySmtp(url: string): Promise<void> {
  const transport = nodemailer.createTransport({
    url,
    connectionTimeout: STEP_TIMEOUT_MS.connect,
    greetingTimeout: STEP_TIMEOUT_MS.connect,
    socketTimeout: STEP_TIMEOUT_MS.protocol,
  });
  const slow = {
    step: 'send' as const,
    code: 'no_greeting' as const,
    detail: 'the SMTP server stopped answering',
  };
  try {
    await within(transport.verify(), STEP_TIMEOUT_MS.protocol, slow);
  } catch (err) {
    const f = classifyError(err, 'send');
    // TCP was open a moment ago (probeNetwork): a timeout now is a server that never greets.
    throw new StepFailed(f.code === 'connect_timeout' ? { ...f, code: 'no_greeting' } : f);
  } finally {
    transport.close();
  }
}

/**
 * Tests an outbound SMTP server step by step: DNS, TCP connect, TLS handshake (smtps://; STARTTLS is
 * checked by verify), then nodemailer's verify() for the greeting and the credentials.
 */
export function checkSmtp(url: string): Promise<MailboxTestCheck> {
  let endpoint: ReturnType<typeof endpointOf>;
  try {
    endpoint = endpointOf(url);
  } catch {
    const detail = 'the SMTP URL cannot be read';
    return Promise.resolve({ ok: false, step: 'dns', code: 'protocol_error', detail, durationMs: 0 });
  }
  return runCheck({ lastStep: 'send', fallback: 'send', secrets: [endpoint.password] }, async () => {
    await probeNetwork(endpoint.host, endpoint.port, endpoint.secure);
    await verifySmtp(url);
  });
}
