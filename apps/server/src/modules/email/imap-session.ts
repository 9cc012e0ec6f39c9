import type { ImapFlow } from 'imapflow';
import type { SecretBox } from '../../platform/secret-box.ts';
import type { MailboxRow } from './email.table.ts';
import { createImapClient, SESSION_TIMEOUTS } from './imap-client.ts';
import { syncStateFor } from './imap-state.ts';
import { syncFolder, type SyncDeps } from './imap-sync.ts';
import { freshImapSettings } from './imap-oauth.ts';
import { recordImapChecked, recordImapConnected, recordImapFailure } from './imap-status.ts';
import { classifyError } from './mailbox-test-classify.ts';

export interface ImapSessionDeps extends SyncDeps {
  secrets: SecretBox;
  /** Seconds between checks without IDLE (and between safety checks with it). */
  pollSeconds: number;
}

const BACKOFF_MIN_MS = 1_000;
const BACKOFF_MAX_MS = 5 * 60_000;

/** Resolves after `ms`, or at once when `signal` is aborted. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done);
  });
}

/**
 * One IMAP mailbox served by this instance: connect, select the folder, process what is new, then
 * IDLE (or poll when the server has no IDLE) until the server reports new mail or the poll interval
 * passes; on any failure reconnect with exponential backoff (1 s doubling up to 5 min).
 */
export class ImapMailboxSession {
  private readonly stopper = new AbortController();
  private wake: (() => void) | null = null;
  private pending = false;
  private client: ImapFlow | null = null;
  private tokenRefused = false;
  private loop: Promise<void> | null = null;

  constructor(
    private readonly deps: ImapSessionDeps,
    readonly mailbox: MailboxRow,
  ) {}

  start(): void {
    this.loop ??= this.run();
  }

  /** Ends the session: breaks IDLE, logs out (at most a few seconds), and waits for the loop. */
  async stop(): Promise<void> {
    this.stopper.abort();
    this.notify();
    const client = this.client;
    if (client?.usable) {
      const bye = client.logout().catch(() => undefined);
      await Promise.race([bye, new Promise((r) => setTimeout(r, 3_000))]);
    }
    client?.close();
    await this.loop;
  }

  private notify() {
    this.pending = true;
    this.wake?.();
  }

  private get log() {
    return this.deps.log.child({ mailboxId: this.mailbox.id, organizationId: this.mailbox.organizationId });
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (!this.stopper.signal.aborted) {
      try {
        await this.serve(() => (failures = 0));
      } catch (err) {
        if (this.stopper.signal.aborted) break;
        failures++;
        const delay = Math.min(BACKOFF_MAX_MS, BACKOFF_MIN_MS * 2 ** (failures - 1));
        const { step, code, detail } = classifyError(err, 'connect');
        // An access token the server refused is replaced at the next attempt (when it can be).
        this.tokenRefused = code === 'auth_failed' && this.mailbox.imapAuth === 'oauth2';
        this.log.warn({ step, code, detail, retryInMs: delay }, 'IMAP mailbox failed; reconnecting');
        const now = this.deps.clock.now();
        const retryAt = new Date(now.getTime() + delay);
        await recordImapFailure(this.deps.db, this.mailbox, now, {
          step,
          code,
          detail,
          failures,
          retryAt,
        }).catch((e: Error) => this.log.warn({ err: e.message }, 'IMAP status not recorded'));
        await sleep(delay, this.stopper.signal);
      } finally {
        this.client?.close();
        this.client = null;
      }
    }
  }

  /** One connection, until it fails or the session stops. */
  private async serve(connected: () => void): Promise<void> {
    const force = this.tokenRefused;
    this.tokenRefused = false;
    const settings = await freshImapSettings(
      this.deps.db,
      this.mailbox,
      this.deps.secrets,
      this.deps.clock.now(),
      {
        force,
      },
    );
    const client = createImapClient(settings, SESSION_TIMEOUTS);
    this.client = client;
    client.on('error', (err) => this.log.debug({ err: err.message }, 'IMAP connection error'));
    client.on('close', () => this.notify());
    client.on('exists', (e) => e.count > e.prevCount && this.notify());
    await client.connect();
    // Some servers refuse to create an existing folder without saying so: a folder that really
    // is missing makes the first move fail (and retry) instead.
    if (settings.processedFolder)
      await client.mailboxCreate(settings.processedFolder).catch((err: Error) => {
        this.log.debug({ err: err.message }, 'IMAP processed folder not created');
      });
    let box = await client.mailboxOpen(settings.folder);
    const idle = client.capabilities.has('IDLE');
    this.log.info({ folder: settings.folder, idle }, 'IMAP mailbox connected');
    await recordImapConnected(this.deps.db, this.mailbox, this.deps.clock.now(), idle);
    connected();
    while (!this.stopper.signal.aborted) {
      if (!client.usable) throw new Error('the IMAP connection closed');
      box = client.mailbox || box;
      const info = { folder: settings.folder, uidValidity: Number(box.uidValidity), uidNext: box.uidNext };
      const state = await syncStateFor(this.deps.db, this.mailbox, info, this.deps.clock.now());
      const n = await syncFolder(this.deps, client, this.mailbox, state, () => this.stopper.signal.aborted);
      if (n.read) this.log.info(n, 'IMAP messages read (duplicates were stored before)');
      await recordImapChecked(this.deps.db, this.mailbox, this.deps.clock.now());
      await this.waitForMail(client, idle, settings.folder);
    }
  }

  /**
   * IDLE (or sleep) until new mail, the poll interval, a closed connection or stop. A poll
   * re-selects the folder: on servers without IDLE the SELECT reports new messages, and a folder
   * deleted and made anew (new UIDVALIDITY) is noticed, which a selected session is never told.
   */
  private async waitForMail(client: ImapFlow, idle: boolean, folder: string): Promise<void> {
    let polled = false;
    if (!this.pending) {
      const woken = new Promise<boolean>((resolve) => (this.wake = () => resolve(false)));
      // The next command (the sync's FETCH, the SELECT, or logout) ends the IDLE.
      if (idle) void client.idle().catch(() => undefined);
      const done = new AbortController();
      const signal = AbortSignal.any([this.stopper.signal, done.signal]);
      const timer = sleep(this.deps.pollSeconds * 1000, signal).then(() => true);
      polled = await Promise.race([woken, timer]);
      done.abort();
      this.wake = null;
    }
    this.pending = false;
    if (polled && client.usable && !this.stopper.signal.aborted) await client.mailboxOpen(folder);
  }
}
