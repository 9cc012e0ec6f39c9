import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { newId } from '../../platform/crypto.ts';
import { attachments, messages, type AttachmentRow, type MessageRow } from '../tickets/index.ts';
import type { InboundToStore } from './email-ingest.store.ts';

/** Thrown inside the transaction when the Message-ID was stored meanwhile: everything rolls back. */
export class DuplicateEmail extends Error {}

/** A text[] literal built from parameters (the same on PostgreSQL and PGlite; empty works too). */
export const textArray = (values: readonly string[]): SQL =>
  sql`ARRAY[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;

/** `cid:` links of the HTML pointed at the stored attachments (the ids stay on the files too). */
function linkInlineImages(html: string, files: Array<{ id: string; contentId: string | null }>): string {
  let out = html;
  for (const f of files) {
    if (f.contentId) out = out.split(`cid:${f.contentId}`).join(`/api/v1/attachments/${f.id}?inline=1`);
  }
  return out;
}

async function insertFiles(tx: Db, message: MessageRow, m: InboundToStore, ids: string[]) {
  if (!m.files.length) return [];
  return tx
    .insert(attachments)
    .values(
      m.files.map((f, i) => ({
        id: ids[i]!,
        organizationId: m.organizationId,
        ticketId: message.ticketId,
        messageId: message.id,
        filename: f.filename,
        contentType: f.contentType,
        sizeBytes: f.size,
        sha256: f.sha256,
        contentId: f.contentId,
        createdAt: m.now,
      })),
    )
    .returning();
}

/**
 * The message, its e-mail record and its Message-IDs, in one statement: the message's own id is
 * claimed (a row left by an earlier reply, "referenced but unseen", is taken over) and the ids it
 * references are recorded, so a parent arriving later finds this ticket. A message or Message-ID
 * stored already (nothing inserted or claimed) throws DuplicateEmail.
 */
async function insertMessageAndRecord(tx: Db, message: MessageRow, m: InboundToStore) {
  const { mail } = m;
  const org = m.organizationId;
  const ticketId = message.ticketId;
  const refs = [...new Set([...mail.inReplyTo, ...mail.references])].filter((r) => r !== mail.messageId);
  const inserted = tx.insert(messages).values(message).onConflictDoNothing().returning({ id: messages.id });
  const result = await tx.execute(sql`
    WITH msg AS (${inserted.getSQL()}),
    record AS (
      INSERT INTO email_messages (message_id, organization_id, ticket_id, mailbox_id, direction,
        header_message_id, from_address, reply_to, to_addresses, cc_addresses, subject, raw_sha256,
        raw_size, auto_reply, bounce, list, created_at)
      SELECT msg.id, ${org}::uuid, ${ticketId}::uuid, ${m.mailbox.id}::uuid, 'inbound', ${mail.messageId}::text,
        ${mail.from?.address ?? null}::text, ${mail.replyTo}::text, ${textArray(mail.to)}, ${textArray(mail.cc)},
        ${mail.subject}::text, ${m.raw.sha256}::text, ${m.raw.size}::bigint, ${mail.autoReply}::boolean, false,
        ${Boolean(mail.listId)}::boolean, ${m.now}::timestamptz FROM msg
    ), refs AS (
      INSERT INTO email_message_ids (organization_id, header_message_id, ticket_id, message_id, created_at)
      SELECT ${org}::uuid, r, ${ticketId}::uuid, NULL, ${m.now}::timestamptz FROM msg, unnest(${textArray(refs)}) AS r
      ON CONFLICT DO NOTHING
    ), claim AS (
      INSERT INTO email_message_ids (organization_id, header_message_id, ticket_id, message_id, created_at)
      SELECT ${org}::uuid, ${mail.messageId}::text, ${ticketId}::uuid, msg.id, ${m.now}::timestamptz FROM msg
      ON CONFLICT (organization_id, header_message_id) DO UPDATE SET message_id = EXCLUDED.message_id
        WHERE email_message_ids.message_id IS NULL
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM claim)::int AS claimed`);
  const [row] = (result as unknown as { rows: Array<{ claimed: number }> }).rows;
  if (!row?.claimed) throw new DuplicateEmail();
}

/**
 * Stores the inbound message on `ticketId` with its files, its e-mail record and Message-IDs, in the
 * caller's transaction. Throws DuplicateEmail when the message is stored already.
 */
export async function insertInboundMessage(
  tx: Db,
  ticketId: string,
  m: InboundToStore,
): Promise<{ row: MessageRow; files: AttachmentRow[] }> {
  const fileIds = m.files.map(() => newId());
  const row: MessageRow = {
    id: newId(),
    organizationId: m.organizationId,
    ticketId,
    kind: 'reply',
    direction: 'inbound',
    authorType: 'customer',
    authorId: m.customerId,
    channel: 'email',
    bodyHtml: linkInlineImages(
      m.mail.html,
      m.files.map((f, i) => ({ id: fileIds[i]!, contentId: f.contentId })),
    ),
    bodyText: m.mail.text,
    externalId: m.mail.messageId,
    mentions: [],
    createdAt: m.now,
  };
  await insertMessageAndRecord(tx, row, m);
  return { row, files: await insertFiles(tx, row, m, fileIds) };
}
