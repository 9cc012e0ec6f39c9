import { and, eq, isNotNull, notLike } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { SEALED_PREFIX, type SecretBox } from '../../platform/secret-box.ts';
import { mailboxes } from './email.table.ts';

/**
 * Seals IMAP passwords stored in plain text before secrets were encrypted (migration 0050). Runs at
 * start, under the migration lock; does nothing once every value is sealed. Returns how many.
 */
export async function sealPlainImapSecrets(db: Db, secrets: SecretBox): Promise<number> {
  const plain = await db
    .select({ id: mailboxes.id, value: mailboxes.imapPassword })
    .from(mailboxes)
    .where(and(isNotNull(mailboxes.imapPassword), notLike(mailboxes.imapPassword, `${SEALED_PREFIX}%`)));
  for (const row of plain) {
    await db
      .update(mailboxes)
      .set({ imapPassword: secrets.seal(row.value!) })
      .where(and(eq(mailboxes.id, row.id), eq(mailboxes.imapPassword, row.value!)));
  }
  return plain.length;
}
