import { and, asc, eq } from 'drizzle-orm';
import type {
  ComplaintCause,
  CreateComplaintCauseInput,
  CreateRejectionTemplateInput,
  RejectionTemplate,
  UpdateComplaintCauseInput,
  UpdateRejectionTemplateInput,
} from '@kontakt/contracts';
import type { ServiceCtx } from '../../http/actor.ts';
import { AppError, notFound } from '../../http/errors.ts';
import type { Db } from '../../platform/db.ts';
import { newId } from '../../platform/crypto.ts';
import { isUniqueViolation } from '../../platform/db-errors.ts';
import { recordAudit } from '../audit/index.ts';
import {
  complaintCauses,
  rejectionTemplates,
  type ComplaintCauseRow,
  type RejectionTemplateRow,
} from './complaints.table.ts';

/** Root-cause codes go three levels deep (cause › sub-cause › detail). */
const MAX_DEPTH = 3;

export const presentCause = (r: ComplaintCauseRow): ComplaintCause => ({
  id: r.id,
  parentId: r.parentId,
  code: r.code,
  name: r.name,
  active: r.active,
  position: r.position,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

export const presentTemplate = (r: RejectionTemplateRow): RejectionTemplate => ({
  id: r.id,
  name: r.name,
  language: r.language,
  body: r.body,
  active: r.active,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

export async function listCauses(db: Db, organizationId: string) {
  return db
    .select()
    .from(complaintCauses)
    .where(eq(complaintCauses.organizationId, organizationId))
    .orderBy(asc(complaintCauses.code));
}

/** The cause with this code, when it exists and is active (the decision form may choose it). */
export async function assertActiveCause(db: Db, organizationId: string, code: string) {
  const [row] = await db
    .select()
    .from(complaintCauses)
    .where(and(eq(complaintCauses.organizationId, organizationId), eq(complaintCauses.code, code)));
  if (!row || !row.active)
    throw new AppError(400, 'unknown_root_cause', `"${code}" is not an active complaint cause.`, {
      field: 'rootCauseCode',
    });
  return row;
}

const audit = (
  ctx: ServiceCtx,
  db: Db,
  action: 'complaint_cause.created' | 'complaint_cause.updated',
  subjectId: string,
  details: Record<string, unknown>,
) =>
  recordAudit(db, {
    organizationId: ctx.actor.organizationId,
    actor: ctx.actor,
    action,
    subjectType: 'complaint_cause',
    subjectId,
    meta: ctx.meta,
    details,
    at: ctx.now,
  });

/** Adds a cause under its parent; the code is the parent's code plus the segment. */
export async function createCause(ctx: ServiceCtx, input: CreateComplaintCauseInput) {
  const org = ctx.actor.organizationId;
  return ctx.db.transaction(async (tx) => {
    let code = input.segment;
    if (input.parentId) {
      const [parent] = await tx
        .select()
        .from(complaintCauses)
        .where(and(eq(complaintCauses.organizationId, org), eq(complaintCauses.id, input.parentId)));
      if (!parent) throw notFound('Parent cause');
      if (parent.code.split('.').length >= MAX_DEPTH)
        throw new AppError(400, 'validation_failed', `Causes go ${MAX_DEPTH} levels deep.`, {
          field: 'parentId',
        });
      code = `${parent.code}.${input.segment}`;
    }
    try {
      const [row] = await tx
        .insert(complaintCauses)
        .values({
          id: newId(),
          organizationId: org,
          parentId: input.parentId,
          code,
          name: input.name,
          active: true,
          position: input.position,
          createdAt: ctx.now,
          updatedAt: ctx.now,
        })
        .returning();
      await audit(ctx, tx, 'complaint_cause.created', row!.id, { code });
      return presentCause(row!);
    } catch (err) {
      if (isUniqueViolation(err))
        throw new AppError(409, 'cause_code_taken', `The code "${code}" is already used.`, {
          field: 'segment',
        });
      throw err;
    }
  });
}

export async function updateCause(ctx: ServiceCtx, id: string, input: UpdateComplaintCauseInput) {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(complaintCauses)
      .set({ ...input, updatedAt: ctx.now })
      .where(and(eq(complaintCauses.organizationId, ctx.actor.organizationId), eq(complaintCauses.id, id)))
      .returning();
    if (!row) throw notFound('Complaint cause');
    await audit(ctx, tx, 'complaint_cause.updated', row.id, input);
    return presentCause(row);
  });
}

export async function listTemplates(db: Db, organizationId: string) {
  return db
    .select()
    .from(rejectionTemplates)
    .where(eq(rejectionTemplates.organizationId, organizationId))
    .orderBy(asc(rejectionTemplates.language), asc(rejectionTemplates.name));
}

/** An active template of the organization (404 otherwise). */
export async function activeTemplate(db: Db, organizationId: string, id: string) {
  const [row] = await db
    .select()
    .from(rejectionTemplates)
    .where(and(eq(rejectionTemplates.organizationId, organizationId), eq(rejectionTemplates.id, id)));
  if (!row || !row.active)
    throw new AppError(404, 'not_found', 'The rejection template was not found.', {
      field: 'rejectionTemplateId',
    });
  return row;
}

export async function createTemplate(ctx: ServiceCtx, input: CreateRejectionTemplateInput) {
  const [row] = await ctx.db
    .insert(rejectionTemplates)
    .values({
      id: newId(),
      organizationId: ctx.actor.organizationId,
      ...input,
      active: true,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning();
  return presentTemplate(row!);
}

export async function updateTemplate(ctx: ServiceCtx, id: string, input: UpdateRejectionTemplateInput) {
  const [row] = await ctx.db
    .update(rejectionTemplates)
    .set({ ...input, updatedAt: ctx.now })
    .where(
      and(eq(rejectionTemplates.organizationId, ctx.actor.organizationId), eq(rejectionTemplates.id, id)),
    )
    .returning();
  if (!row) throw notFound('Rejection template');
  return presentTemplate(row);
}
