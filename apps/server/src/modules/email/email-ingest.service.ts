import { Readable } from 'node:stream';
import type { Logger } from 'pino';
import type { Db } from '../../platform/db.ts';
import type { Clock } from '../../platform/clock.ts';
import type { BlobStore } from '../../platform/blob-store.ts';
import { isUniqueViolation } from '../../platform/db-errors.ts';
import { AppError } from '../../http/errors.ts';
import type { JobQueue } from '../../jobs/job-queue.ts';
import type { EventBus } from '../../realtime/event-bus.ts';
import { findOrCreateCustomerByIdentity, type CustomerRow } from '../customers/index.ts';
import { presentMessage, presentTicket } from '../tickets/index.ts';
import { parseEmail, type ParsedEmail } from './email-parse.ts';
import { DuplicateEmail, storeInbound, type StoredFile } from './email-ingest.store.ts';
import { recordBounce } from './email-bounce.service.ts';
import { acknowledgeTicket } from './email-auto-ack.service.ts';
import { guessMailLanguage, type MailLanguage } from './email-ingest.language.ts';
import type { RetryPolicy } from './email-outbound.queue.ts';
import type { MailboxRow } from './email.table.ts';

export interface IngestDeps {
  db: Db;
  clock: Clock;
  log: Logger;
  blobs: BlobStore;
  events: EventBus;
  jobs: JobQueue;
  config: RetryPolicy & { emailAutoAckPerHour: number };
}

export interface IngestResult {
  organizationId: string;
  outcome: 'created' | 'threaded' | 'duplicate' | 'bounce' | 'unmatched_bounce';
  ticketId: string | null;
  messageId: string | null;
  autoAcknowledged?: boolean;
}

const MAX = Number.MAX_SAFE_INTEGER;

async function storeFiles(blobs: BlobStore, mail: ParsedEmail): Promise<StoredFile[]> {
  return Promise.all(
    mail.attachments.map(async (a) => ({
      filename: a.filename,
      contentType: a.contentType,
      contentId: a.contentId,
      ...(await blobs.put(Readable.from([a.content]), MAX)),
    })),
  );
}

/** The sender as a customer; a new one (or one without a language yet) gets the mail's language. */
async function senderCustomer(
  deps: IngestDeps,
  org: string,
  mail: ParsedEmail,
  language: MailLanguage | null,
): Promise<CustomerRow | null> {
  if (!mail.from) return null;
  try {
    const { customer } = await findOrCreateCustomerByIdentity(deps.db, {
      organizationId: org,
      identity: { kind: 'email', value: mail.from.address },
      name: mail.from.name,
      language,
      now: deps.clock.now(),
    });
    return customer;
  } catch (err) {
    // Only a refused address makes a ticket without customer; anything else is retried (451).
    if (!(err instanceof AppError)) throw err;
    // The address (also in the error's message) is personal data: only the code is logged.
    deps.log.warn({ code: err.code }, 'inbound e-mail sender is not a usable address');
    return null;
  }
}

/** One organization's copy of an inbound message (through the first of its addressed mailboxes). */
async function ingestForMailbox(
  deps: IngestDeps,
  mailbox: MailboxRow,
  mail: ParsedEmail,
  raw: { sha256: string; size: number },
  files: StoredFile[],
): Promise<IngestResult> {
  const org = mailbox.organizationId;
  const now = deps.clock.now();
  const base = { organizationId: org, ticketId: null, messageId: null };
  if (mail.bounce) {
    const b = await recordBounce(deps.db, { mailbox, mail, raw, now }).catch((err: unknown) => {
      if (err instanceof DuplicateEmail) return 'duplicate' as const;
      throw err;
    });
    if (b === 'duplicate') return { ...base, outcome: 'duplicate' };
    if (!b) return { ...base, outcome: 'unmatched_bounce' };
    deps.events.publish({ type: 'ticket.updated', organizationId: org, ticket: presentTicket(b.ticket, []) });
    return { organizationId: org, outcome: 'bounce', ticketId: b.ticket.id, messageId: b.noteId };
  }
  const guessed = mail.autoReply ? null : guessMailLanguage(mail);
  const customer = await senderCustomer(deps, org, mail, guessed);
  let stored;
  try {
    stored = await storeInbound(deps.db, {
      organizationId: org,
      mailbox,
      mail,
      raw,
      files,
      customerId: customer?.id ?? null,
      language: customer?.language ?? guessed,
      now,
    });
  } catch (err) {
    if (err instanceof DuplicateEmail || isUniqueViolation(err)) return { ...base, outcome: 'duplicate' };
    throw err;
  }
  const ticket = presentTicket(stored.ticket, []);
  const message = presentMessage(stored.message, stored.files);
  deps.events.publish([
    { type: stored.created ? 'ticket.created' : 'ticket.updated', organizationId: org, ticket },
    { type: 'message.created', organizationId: org, ticket, message },
  ]);
  const ack = stored.created
    ? await acknowledgeTicket(deps.db, {
        mailbox,
        mail,
        ticket: stored.ticket,
        customerName: customer?.name ?? null,
        perHour: deps.config.emailAutoAckPerHour,
        now,
      })
    : null;
  // The outbound watcher enqueues its send job on this event (as for agent replies).
  if (ack) deps.events.publish({ type: 'message.created', organizationId: org, ticket, message: ack });
  return {
    organizationId: org,
    outcome: stored.created ? 'created' : 'threaded',
    ticketId: stored.ticket.id,
    messageId: stored.message.id,
    autoAcknowledged: Boolean(ack),
  };
}

/**
 * Ingests one raw message addressed to `mailboxes`: the raw .eml is stored first, then parsed
 * and stored once per organization (the first addressed mailbox of each). Safe to repeat: a
 * Message-ID already stored is reported as a duplicate.
 */
export async function ingestRawEmail(
  deps: IngestDeps,
  raw: Buffer,
  mailboxes: MailboxRow[],
): Promise<IngestResult[]> {
  const [stored, mail] = await Promise.all([deps.blobs.put(Readable.from([raw]), MAX), parseEmail(raw)]);
  const files = await storeFiles(deps.blobs, mail);
  const perOrg = new Map<string, MailboxRow>();
  for (const m of mailboxes) if (!perOrg.has(m.organizationId)) perOrg.set(m.organizationId, m);
  const results: IngestResult[] = [];
  for (const mailbox of perOrg.values())
    results.push(await ingestForMailbox(deps, mailbox, mail, stored, files));
  return results;
}
