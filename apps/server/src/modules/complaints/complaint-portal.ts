import type { Complaint } from '@kontakt/contracts';
import type { AppDeps } from '../../http/deps.ts';
import type { Db } from '../../platform/db.ts';
import { and, eq } from 'drizzle-orm';
import { tickets } from '../tickets/index.ts';
import { decisionLetterPdf } from './complaint-letter.service.ts';
import { presentComplaint } from './complaints.presenter.ts';
import { complaints } from './complaints.table.ts';

/**
 * The complaint of a ticket for the customer portal (the caller has checked the ticket is the
 * signed-in customer's); null when the ticket has no complaint.
 */
export async function getComplaintForPortal(
  db: Db,
  organizationId: string,
  ticketId: string,
  now: Date,
): Promise<Complaint | null> {
  const [hit] = await db
    .select({ complaint: complaints, number: tickets.number })
    .from(complaints)
    .innerJoin(tickets, eq(tickets.id, complaints.ticketId))
    .where(and(eq(complaints.organizationId, organizationId), eq(complaints.ticketId, ticketId)));
  return hit ? presentComplaint(hit.complaint, hit.number, now) : null;
}

/** The stored decision letter PDF for the portal (null until generated). */
export function decisionLetterPdfForPortal(
  deps: Pick<AppDeps, 'db' | 'blobs'>,
  organizationId: string,
  ticketId: string,
): Promise<Buffer | null> {
  return decisionLetterPdf(deps.db, deps.blobs, organizationId, ticketId);
}
