import { inArray } from 'drizzle-orm';
import type { MessageDelivery } from '@kontakt/contracts';
import type { Db } from '../../platform/db.ts';
import { emailOutbound } from './email.table.ts';

/** Delivery status of the outbound e-mail of each given message (messages without one are absent). */
export async function emailDeliveryByMessage(
  db: Db,
  messageIds: string[],
): Promise<Map<string, MessageDelivery>> {
  const map = new Map<string, MessageDelivery>();
  if (messageIds.length === 0) return map;
  const rows = await db
    .select({ messageId: emailOutbound.messageId, status: emailOutbound.status, error: emailOutbound.error })
    .from(emailOutbound)
    .where(inArray(emailOutbound.messageId, messageIds));
  for (const r of rows)
    map.set(r.messageId, { status: r.status, error: r.status === 'sent' ? null : r.error });
  return map;
}
