import { once } from 'node:events';
import { createServer } from 'node:http';
import { eq, sql } from 'drizzle-orm';
import type { TestKontakt } from '../../../test/harness.ts';
import type { Dovecot } from '../../../test/dovecot.ts';
import { emailMessages } from './email.table.ts';
import { eml, setupMailbox, uniq } from './email.test-kit.ts';

/** An organization with a mailbox read over IMAP from the test dovecot (plain IMAP on loopback). */
export async function setupImapMailbox(
  k: TestKontakt,
  d: Dovecot,
  imap: {
    folder?: string;
    processedFolder?: string | null;
    password?: string;
    auth?: 'password' | 'oauth2';
  } = {},
) {
  return setupMailbox(k, {
    inboundKind: 'imap',
    imap: {
      ...d.settings,
      auth: imap.auth ?? 'password',
      password: imap.password ?? d.password,
      folder: imap.folder ?? `F${uniq()}`,
      processedFolder: imap.processedFolder ?? null,
    },
  });
}

/** A customer's message with a fresh Message-ID (or the given one), optionally a reply. */
export function customerMail(
  to: string,
  over: { subject?: string; messageId?: string; inReplyTo?: string } = {},
) {
  const messageId = over.messageId ?? `<${uniq()}.${uniq()}@customer.test>`;
  const raw = eml({
    from: 'Jana Nováková <jana@customer.test>',
    to,
    subject: over.subject ?? `Dotaz ${uniq()}`,
    body: 'Dobrý den, kdy dorazí moje objednávka?',
    messageId,
    headers: over.inReplyTo ? { 'In-Reply-To': over.inReplyTo, References: over.inReplyTo } : {},
  });
  return { raw, messageId };
}

/** How many times each Message-ID is stored in the organization (duplicates show as counts > 1). */
export async function storedMessageIds(k: TestKontakt, organizationId: string): Promise<Map<string, number>> {
  const rows = await k.deps.db
    .select({ id: emailMessages.headerMessageId, n: sql<number>`count(*)::int` })
    .from(emailMessages)
    .where(eq(emailMessages.organizationId, organizationId))
    .groupBy(emailMessages.headerMessageId);
  return new Map(rows.map((r) => [r.id, Number(r.n)]));
}

/**
 * An OAuth2 token-info endpoint on loopback for dovecot's oauth2 passdb: `token` belongs to `user`,
 * every other token is refused.
 */
export async function startTokenInfo(token: string, user: string) {
  const server = createServer((req, res) => {
    const ok = new URL(req.url ?? '/', 'http://x').searchParams.get('access_token') === token;
    res.writeHead(ok ? 200 : 401, { 'content-type': 'application/json' });
    res.end(JSON.stringify(ok ? { username: user, active: true } : { error: 'invalid_token' }));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}/tokeninfo?access_token=`,
    close: () => new Promise((r) => server.close(r)),
  };
}
