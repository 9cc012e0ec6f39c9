import { and, eq } from 'drizzle-orm';
import { AppError } from '../../http/errors.ts';
import type { Db } from '../../platform/db.ts';
import { complaints } from './complaints.table.ts';

// Imported by the tickets module directly (not through the complaints index) to keep the
// module graph free of cycles.

/**
 * A ticket with a complaint closes only with its root cause recorded (DOMAIN.md §6.5). Called by
 * the ticket status change in the caller's transaction.
 */
export async function assertComplaintClosable(db: Db, organizationId: string, ticketId: string) {
  const [row] = await db
    .select({ rootCauseCode: complaints.rootCauseCode })
    .from(complaints)
    .where(and(eq(complaints.organizationId, organizationId), eq(complaints.ticketId, ticketId)));
  if (row && !row.rootCauseCode)
    throw new AppError(
      409,
      'root_cause_required',
      'Give the complaint its root cause before closing the ticket.',
      { fields: ['complaint.rootCauseCode'] },
    );
}
