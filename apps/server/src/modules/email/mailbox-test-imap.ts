import type { MailboxTestCheck } from '@kontakt/contracts';
import { createImapClient, type ImapSettings } from './imap-client.ts';
import { runCheck, StepFailed } from './mailbox-test-classify.ts';
import { probeNetwork, STEP_TIMEOUT_MS, within } from './mailbox-test-network.ts';

const TEST_TIMEOUTS = {
  connectMs: STEP_TIMEOUT_MS.connect,
  greetingMs: STEP_TIMEOUT_MS.connect,
  socketMs: STEP_TIMEOUT_MS.protocol,
};

/** Signs in and opens the folder read-only, with the same client the IMAP session uses. */
async function signInAndOpen(s: ImapSettings): Promise<void> {
  const client = createImapClient(s, TEST_TIMEOUTS);
  // An 'error' event without a listener would crash the process.
  client.on('error', () => undefined);
  const slow = {
    step: 'auth' as const,
    code: 'no_greeting' as const,
    detail: 'the IMAP server stopped answering',
  };
  try {
    await within(client.connect(), STEP_TIMEOUT_MS.protocol, slow);
    await within(client.mailboxOpen(s.folder, { readOnly: true }), STEP_TIMEOUT_MS.protocol, {
      ...slow,
      step: 'folder',
    });
    await client.logout().catch(() => undefined);
  } finally {
    client.close();
  }
}

/**
 * Tests an IMAP mailbox step by step: DNS, TCP connect, TLS handshake (implicit TLS only; STARTTLS
 * is checked by the sign-in), authentication, and that the folder exists.
 */
export function checkImap(s: ImapSettings): Promise<MailboxTestCheck> {
  return runCheck({ lastStep: 'folder', fallback: 'auth', secrets: [s.secret] }, async () => {
    await probeNetwork(s.host, s.port, s.tls);
    if (!s.secret) {
      const what = s.auth === 'oauth2' ? 'access token' : 'password';
      throw new StepFailed({ step: 'auth', code: 'password_missing', detail: `no ${what} given or stored` });
    }
    await signInAndOpen(s);
  });
}
