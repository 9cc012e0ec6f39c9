import type { ImapFlow } from 'imapflow';
import { ingestRawEmail, type IngestDeps } from './email-ingest.service.ts';
import type { MailboxRow } from './email.table.ts';
import { advanceSyncState, type ImapSyncState } from './imap-state.ts';
import { clearIngestFailure, noteIngestFailure, setAsideTooLarge } from './imap-dead-letters.ts';

/** What syncing needs besides ingestion: the size limit of inbound mail. */
export type SyncDeps = IngestDeps & { config: IngestDeps['config'] & { inboundMaxBytes: number } };

/** A message found past the processed UID: taken (ingested) or passed over (\Seen before Kontakt came). */
interface Pending {
  uid: number;
  size: number;
  take: boolean;
}

// A batch is fetched with one command and flagged or moved with one command.
const BATCH_MESSAGES = 25;
const BATCH_BYTES = 16 * 1024 * 1024;

/** UIDs after the processed one, in order; those up to the baseline only when not \Seen. */
async function listPending(client: ImapFlow, state: ImapSyncState): Promise<Pending[]> {
  const out: Pending[] = [];
  const query = { uid: true, flags: true, size: true };
  // `n:*` always matches the highest UID, even below n: filter by UID.
  for await (const m of client.fetch(`${state.lastUid + 1}:*`, query, { uid: true })) {
    if (m.uid <= state.lastUid) continue;
    const seen = m.flags?.has('\\Seen') ?? false;
    out.push({ uid: m.uid, size: m.size ?? 0, take: m.uid > state.baselineUid || !seen });
  }
  return out.sort((a, b) => a.uid - b.uid);
}

function* batches(pending: Pending[]): Generator<Pending[]> {
  let batch: Pending[] = [];
  let bytes = 0;
  for (const p of pending) {
    const full = batch.length >= BATCH_MESSAGES || (batch.length > 0 && bytes + p.size > BATCH_BYTES);
    if (full) {
      yield batch;
      batch = [];
      bytes = 0;
    }
    batch.push(p);
    if (p.take) bytes += p.size;
  }
  if (batch.length) yield batch;
}

async function fetchSources(client: ImapFlow, uids: number[]): Promise<Map<number, Buffer>> {
  const sources = new Map<number, Buffer>();
  for await (const m of client.fetch(uids.join(','), { uid: true, source: true }, { uid: true }))
    if (m.source) sources.set(m.uid, m.source);
  return sources;
}

/** \Seen in place, or moved to the processed folder; a refusal throws so nothing is marked done. */
async function markProcessed(client: ImapFlow, uids: number[], processedFolder: string | null) {
  if (uids.length === 0) return;
  const range = uids.join(',');
  const done = processedFolder
    ? await client.messageMove(range, processedFolder, { uid: true })
    : await client.messageFlagsAdd(range, ['\\Seen'], { uid: true });
  if (!done) throw new Error(`the IMAP server refused to ${processedFolder ? 'move' : 'flag'} messages`);
}

/** UIDs whose ingestion failed in this process, per mailbox: cleared from the dead letters once stored. */
const failing = new Map<string, Set<number>>();

/**
 * Ingests one fetched message. A failure is counted and thrown (the batch is retried by the
 * session); at the last attempt the message is set aside as a dead letter and the mailbox moves on,
 * so one message that cannot be stored never holds back the mail after it. Answers the outcome,
 * or null when set aside.
 */
async function ingestOne(
  deps: SyncDeps,
  mailbox: MailboxRow,
  state: ImapSyncState,
  uid: number,
  raw: Buffer,
) {
  const where = { db: deps.db, state, organizationId: mailbox.organizationId, uid, now: deps.clock.now() };
  try {
    const [result] = await ingestRawEmail(deps, raw, [mailbox]);
    if (failing.get(mailbox.id)?.delete(uid)) await clearIngestFailure(where);
    return result?.outcome ?? null;
  } catch (err) {
    failing.set(mailbox.id, (failing.get(mailbox.id) ?? new Set()).add(uid));
    if (!(await noteIngestFailure({ ...where, blobs: deps.blobs }, raw, err))) throw err;
    deps.log.error(
      { uid, mailboxId: mailbox.id },
      'IMAP message set aside after repeated ingestion failures',
    );
    return null;
  }
}

/**
 * Processes every new message of the selected folder, batch by batch: fetch the sources, ingest
 * each (committed before it returns), THEN flag \Seen or move, THEN advance the stored UID. A crash
 * anywhere repeats at most the current batch, which ingestion recognizes by Message-ID. Messages over
 * INBOUND_MAX_MB are not fetched: they are set aside (dead letters) and left unread on the server.
 * Returns how many messages were read, and how many of them were already stored (duplicates).
 */
export async function syncFolder(
  deps: SyncDeps,
  client: ImapFlow,
  mailbox: MailboxRow,
  state: ImapSyncState,
  isStopping: () => boolean,
): Promise<{ read: number; duplicates: number }> {
  const counts = { read: 0, duplicates: 0 };
  const box = client.mailbox;
  if (!box || box.exists === 0) return counts;
  for (const batch of batches(await listPending(client, state))) {
    if (isStopping()) break;
    const max = deps.config.inboundMaxBytes;
    for (const p of batch.filter((p) => p.take && p.size > max)) {
      const where = { db: deps.db, state, organizationId: mailbox.organizationId, uid: p.uid };
      await setAsideTooLarge({ ...where, now: deps.clock.now() }, p.size);
    }
    const taken = batch.filter((p) => p.take && p.size <= max).map((p) => p.uid);
    const sources = taken.length ? await fetchSources(client, taken) : new Map<number, Buffer>();
    for (const uid of taken) {
      const raw = sources.get(uid);
      // Gone meanwhile (expunged by another client): nothing to ingest or mark.
      if (!raw) continue;
      const outcome = await ingestOne(deps, mailbox, state, uid, raw);
      counts.read++;
      if (outcome === 'duplicate') counts.duplicates++;
    }
    await markProcessed(client, [...sources.keys()], mailbox.imapProcessedFolder);
    await advanceSyncState(deps.db, state, batch.at(-1)!.uid, deps.clock.now());
  }
  return counts;
}
