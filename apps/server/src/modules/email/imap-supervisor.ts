import { and, eq, isNotNull } from 'drizzle-orm';
import type { Database } from '../../platform/db.ts';
import { mailboxes, type MailboxRow } from './email.table.ts';
import { openMailboxLocks, type MailboxLocks } from './imap-locks.ts';
import { ImapMailboxSession, type ImapSessionDeps } from './imap-session.ts';

export interface ImapSupervisorDeps extends ImapSessionDeps {
  database: Database;
  /** Seconds between re-reading the mailboxes (new, changed, deactivated) and retrying unowned ones. */
  reconcileSeconds: number;
}

export interface ImapSupervisor {
  /** Ids of the mailboxes this instance serves now. */
  served(): string[];
  close(): Promise<void>;
}

/** Every mailbox that should be read over IMAP, in every organization. */
async function imapMailboxes(deps: ImapSupervisorDeps): Promise<MailboxRow[]> {
  return deps.db
    .select()
    .from(mailboxes)
    .where(and(eq(mailboxes.active, true), eq(mailboxes.inboundKind, 'imap'), isNotNull(mailboxes.imapHost)));
}

/**
 * Runs on instances with the `worker` role: one IMAP session per active IMAP mailbox whose lock
 * this instance holds (see imap-locks.ts). Every few seconds it re-reads the mailboxes: a new one is
 * started, a changed one restarted with its new settings, a deactivated or deleted one
 * stopped and its lock released. When the lock connection fails, every session stops at once
 * (another instance may own the mailboxes now) and the locks are taken anew.
 */
export function startImapSupervisor(deps: ImapSupervisorDeps): ImapSupervisor {
  const sessions = new Map<string, ImapMailboxSession>();
  const held = new Set<string>();
  let locks: MailboxLocks | null = null;
  let timer: NodeJS.Timeout | null = null;
  let closed = false;
  let running: Promise<void> = Promise.resolve();

  const stopSession = async (id: string, releaseLock: boolean) => {
    await sessions.get(id)?.stop();
    sessions.delete(id);
    if (releaseLock && held.delete(id)) await locks?.release(id);
  };

  const stopAll = async () => {
    await Promise.all([...sessions.keys()].map((id) => stopSession(id, false)));
    held.clear();
  };

  async function reconcile(): Promise<void> {
    const wanted = new Map((await imapMailboxes(deps)).map((m) => [m.id, m]));
    // No lock connection is opened until there is an IMAP mailbox to serve.
    if (wanted.size === 0 && sessions.size === 0) return;
    if (!locks?.healthy()) {
      if (locks) deps.log.warn('IMAP lock connection lost: stopping every IMAP session of this instance');
      await stopAll();
      locks?.close();
      locks = await openMailboxLocks(deps.database);
    }
    for (const [id, session] of sessions) {
      const row = wanted.get(id);
      // Any change matters: the session ingests with the row it started with.
      if (row && JSON.stringify(row) === JSON.stringify(session.mailbox)) continue;
      await stopSession(id, !row);
    }
    for (const row of wanted.values()) {
      if (closed || sessions.has(row.id)) continue;
      if (!held.has(row.id)) {
        if (!(await locks.tryAcquire(row.id))) continue;
        held.add(row.id);
      }
      const session = new ImapMailboxSession(deps, row);
      sessions.set(row.id, session);
      session.start();
    }
  }

  const tick = () => {
    running = reconcile()
      .catch((err: unknown) => deps.log.error({ err }, 'IMAP supervisor could not reconcile mailboxes'))
      .finally(() => {
        if (!closed) timer = setTimeout(tick, deps.reconcileSeconds * 1000);
      });
  };
  tick();

  return {
    served: () => [...sessions.keys()],
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      await running;
      await stopAll();
      locks?.close();
    },
  };
}
