import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerOptions, type SMTPServerSession } from 'smtp-server';
import type { Config } from '../../platform/config.ts';
import { ingestRawEmail, type IngestDeps } from './email-ingest.service.ts';
import { findMailboxesByAddress } from './mailboxes.service.ts';
import type { MailboxRow } from './email.table.ts';

export interface InboundSmtp {
  port: number;
  close(): Promise<void>;
}

const smtpError = (code: number, message: string) =>
  Object.assign(new Error(message), { responseCode: code });

/** How long one connection reuses a recipient's mailboxes (a changed mailbox applies after this). */
const RECIPIENT_TTL_MS = 10_000;

/**
 * The mailboxes each accepted RCPT TO found, per connection: DATA does not look them up again, nor
 * does the next RCPT TO of the same address on that connection within RECIPIENT_TTL_MS (an MTA
 * delivers one message after another over one connection).
 */
class RecipientCache {
  private readonly byConnection = new WeakMap<
    SMTPServerSession,
    Map<string, { rows: MailboxRow[]; at: number }>
  >();

  /** Active mailboxes of the address, from this connection's cache when fresh. */
  async lookUp(deps: IngestDeps, session: SMTPServerSession, address: string): Promise<MailboxRow[]> {
    let map = this.byConnection.get(session);
    const hit = map?.get(address);
    if (hit && Date.now() - hit.at < RECIPIENT_TTL_MS) return hit.rows;
    const rows = await findMailboxesByAddress(deps.db, [address]);
    if (!map) this.byConnection.set(session, (map = new Map()));
    if (rows.length) map.set(address, { rows, at: Date.now() });
    else map.delete(address);
    return rows;
  }

  /** The mailboxes of every accepted recipient of the current message. */
  async mailboxes(deps: IngestDeps, session: SMTPServerSession): Promise<MailboxRow[]> {
    const map = this.byConnection.get(session);
    const addresses = session.envelope.rcptTo.map((r) => r.address);
    if (!map || addresses.some((a) => !map.has(a))) return findMailboxesByAddress(deps.db, addresses);
    const seen = new Map<string, MailboxRow>();
    for (const a of addresses) for (const m of map.get(a)!.rows) seen.set(m.id, m);
    return [...seen.values()];
  }
}

/**
 * Kontakt's inbound SMTP listener. It is an MX / relay target, not a submission server: no AUTH
 * (put it on loopback or behind the MTA that relays to it), only recipients that are configured
 * mailboxes (else 550 5.1.1), at most INBOUND_MAX_MB (552), STARTTLS when a key and certificate
 * are configured. A message is answered 250 only after its raw .eml and its ticket are stored;
 * anything failing on the way answers 451 so the sender retries.
 */
export async function startInboundSmtp(
  deps: IngestDeps,
  config: Pick<Config, 'inboundSmtpPort' | 'inboundSmtpHost' | 'inboundMaxBytes' | 'inboundTls'>,
): Promise<InboundSmtp> {
  const maxBytes = config.inboundMaxBytes;
  const recipients = new RecipientCache();
  const options: SMTPServerOptions = {
    name: 'kontakt',
    banner: 'Kontakt inbound mail',
    logger: false,
    authOptional: true,
    disabledCommands: config.inboundTls ? ['AUTH'] : ['AUTH', 'STARTTLS'],
    ...(config.inboundTls
      ? { key: readFileSync(config.inboundTls.keyPath), cert: readFileSync(config.inboundTls.certPath) }
      : {}),
    size: maxBytes,
    onRcptTo(address, session, callback) {
      recipients
        .lookUp(deps, session, address.address)
        .then((found) => callback(found.length ? undefined : smtpError(550, '5.1.1 No such mailbox here')))
        .catch(() => callback(smtpError(451, '4.3.0 Temporary failure, try again later')));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (c: Buffer) => {
        size += c.length;
        if (size <= maxBytes) chunks.push(c);
      });
      stream.on('end', () => {
        if (size > maxBytes || (stream as unknown as { sizeExceeded?: boolean }).sizeExceeded) {
          callback(smtpError(552, `5.3.4 Message larger than ${Math.round(maxBytes / 1048576)} MB`));
          return;
        }
        recipients
          .mailboxes(deps, session)
          .then((mailboxes) => ingestRawEmail(deps, Buffer.concat(chunks), mailboxes))
          .then(() => callback())
          .catch((err: unknown) => {
            deps.log.error({ err }, 'inbound e-mail could not be stored');
            callback(smtpError(451, '4.3.0 Temporary failure, try again later'));
          });
      });
    },
  };
  const server = new SMTPServer(options);
  server.on('error', (err) => deps.log.error({ err }, 'inbound SMTP error'));
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(config.inboundSmtpPort ?? 25, config.inboundSmtpHost, () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  deps.log.info({ port }, 'inbound SMTP listening');
  return {
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
