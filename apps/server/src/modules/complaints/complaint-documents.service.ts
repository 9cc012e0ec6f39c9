import { and, eq } from 'drizzle-orm';
import type { ServiceCtx } from '../../http/actor.ts';
import { agents } from '../agents/index.ts';
import { organizations } from '../organizations/index.ts';
import { renderComplaintProtocol } from './complaint-protocol.pdf.ts';
import { getComplaint } from './complaints.service.ts';

/** The protocol / confirmation PDF of a ticket's complaint, in the customer's language (opening it is audited). */
export async function complaintProtocolPdf(ctx: ServiceCtx, ticketId: string): Promise<Buffer> {
  const complaint = await getComplaint(ctx, ticketId);
  const orgId = ctx.actor.organizationId;
  const [org] = await ctx.db
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, orgId));
  const [recorder] = complaint.recordedById
    ? await ctx.db
        .select({ name: agents.name })
        .from(agents)
        .where(and(eq(agents.organizationId, orgId), eq(agents.id, complaint.recordedById)))
    : [];
  return renderComplaintProtocol(complaint, {
    organizationName: org?.name ?? '',
    recordedByName: recorder?.name ?? null,
  });
}
