import { and, eq, isNotNull, like, notLike } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { SEALED_PREFIX, type SecretBox } from '../../platform/secret-box.ts';
import { mailboxes } from './email.table.ts';
import { sealSmtpUrl } from './mailbox-smtp-url.ts';

/**
 * Seals mailbox secrets stored in plain text before secrets were encrypted: IMAP passwords (before
 * migration 0050) and passwords inside outbound SMTP URLs (before 0180). Runs at start, under the
 * migration lock; does nothing once every value is sealed. Returns how many values it sealed.
 */
export async function sealPlainMailboxSecrets(db: Db, secrets: SecretBox): Promise<number> {
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
  // `scheme://user:password@host`: an `@` after a `:` past the scheme's `//`.
  const smtp = await db
    .select({ id: mailboxes.id, url: mailboxes.smtpUrl, password: mailboxes.smtpPassword })
    .from(mailboxes)
    .where(like(mailboxes.smtpUrl, '%//%:%@%'));
  let moved = 0;
  for (const row of smtp) {
    const stored = sealSmtpUrl(row.url, secrets);
    if (!stored.smtpPassword) continue;
    await db
      .update(mailboxes)
      .set(stored)
      .where(and(eq(mailboxes.id, row.id), eq(mailboxes.smtpUrl, row.url!)));
    moved++;
  }
  return plain.length + moved;
}
