import type { Database, DbSession } from '../../platform/db.ts';

/**
 * Which IMAP mailboxes this instance may serve. On PostgreSQL: one session-level advisory lock per
 * mailbox, all held on one dedicated connection. PostgreSQL drops them the moment that connection
 * ends (crash, kill -9, network loss), so another instance takes the mailbox over at its next try;
 * `pg_try_advisory_lock` never waits, so each instance simply tries the unowned mailboxes on every
 * reconciliation. On PGlite only one process can open the database, so every lock is granted.
 */
export interface MailboxLocks {
  tryAcquire(mailboxId: string): Promise<boolean>;
  release(mailboxId: string): Promise<void>;
  /** False once the connection holding the locks failed: every lock is gone. */
  healthy(): boolean;
  close(): void;
}

// Two-key form: the class key keeps these apart from other advisory locks (migrations, jobs).
const TRY = `SELECT pg_try_advisory_lock(hashtext('kontakt.imap'), hashtext($1)) AS ok`;
const UNLOCK = `SELECT pg_advisory_unlock(hashtext('kontakt.imap'), hashtext($1))`;

function sessionLocks(session: DbSession): MailboxLocks {
  let ok = true;
  let closed = false;
  session.onError(() => {
    ok = false;
  });
  // A failed statement means the connection is in doubt: treat every lock as lost.
  const run = <T>(text: string, id: string) =>
    session.query<T>(text, [id]).catch((err: unknown) => {
      ok = false;
      throw err;
    });
  return {
    async tryAcquire(mailboxId) {
      const [row] = await run<{ ok: boolean }>(TRY, mailboxId);
      return Boolean(row?.ok);
    },
    async release(mailboxId) {
      if (ok) await run(UNLOCK, mailboxId);
    },
    healthy: () => ok,
    close: () => {
      if (closed) return;
      closed = true;
      ok = false;
      session.close();
    },
  };
}

const singleProcessLocks = (): MailboxLocks => ({
  tryAcquire: async () => true,
  release: async () => undefined,
  healthy: () => true,
  close: () => undefined,
});

/** Locks for the database Kontakt runs on (a new connection each call on PostgreSQL). */
export async function openMailboxLocks(database: Database): Promise<MailboxLocks> {
  const session = await database.openSession();
  return session ? sessionLocks(session) : singleProcessLocks();
}
