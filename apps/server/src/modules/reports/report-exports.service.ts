import { sql } from 'drizzle-orm';
import type { Readable } from 'node:stream';
import type { CreateReportExportInput, ReportExport, ReportExportFormat } from '@kontakt/contracts';
import type { ServiceCtx } from '../../http/actor.ts';
import type { AppDeps } from '../../http/deps.ts';
import { conflict, notFound } from '../../http/errors.ts';
import { newId } from '../../platform/crypto.ts';
import { queryRows, type Db } from '../../platform/db.ts';
import { findOrganizationSettings } from '../organizations/index.ts';
import { reportScope } from './report-filters.ts';
import { allReportRows, countReportRows } from './report-rows.ts';
import { exportStream } from './report-export.ts';
import { scopeFor } from './reports.service.ts';

/** Exports larger than this are refused by the blob store (bytes). */
const MAX_EXPORT_BYTES = 2 * 1024 * 1024 * 1024;

interface ExportRow {
  id: string;
  organization_id: string;
  requested_by: string;
  format: ReportExportFormat;
  query: CreateReportExportInput;
  status: ReportExport['status'];
  rows_done: number;
  rows_total: number | null;
  error: string | null;
  blob_key: string | null;
  created_at: string;
  finished_at: string | null;
}

const present = (r: ExportRow): ReportExport => ({
  id: r.id,
  format: r.format,
  status: r.status,
  rowsDone: r.rows_done,
  rowsTotal: r.rows_total,
  error: r.error,
  downloadUrl: r.status === 'done' ? `/api/v1/reports/exports/${r.id}/download` : null,
  createdAt: new Date(r.created_at).toISOString(),
  finishedAt: r.finished_at ? new Date(r.finished_at).toISOString() : null,
});

async function findExport(db: Db, id: string): Promise<ExportRow | null> {
  const [r] = await queryRows<ExportRow>(
    db,
    sql`SELECT id, organization_id, requested_by, format, query, status, rows_done, rows_total, error, blob_key,
        created_at::text AS created_at, finished_at::text AS finished_at FROM report_exports WHERE id = ${id}`,
  );
  return r ?? null;
}

/** The actor's own export (others' are "not found"). */
async function ownExport(ctx: ServiceCtx, id: string): Promise<ExportRow> {
  const r = await findExport(ctx.db, id);
  if (!r || r.organization_id !== ctx.actor.organizationId || r.requested_by !== ctx.actor.agentId)
    throw notFound('Export');
  return r;
}

/** `POST /reports/exports`: checks the query now (bad buckets are 400 here), then queues the job. */
export async function createExport(
  ctx: ServiceCtx,
  deps: Pick<AppDeps, 'jobs'>,
  input: CreateReportExportInput,
): Promise<ReportExport> {
  const s = await scopeFor(ctx, input.filters);
  const total = await countReportRows(ctx.db, s, input.metric, input.bucket);
  const id = newId();
  await ctx.db
    .execute(sql`INSERT INTO report_exports (id, organization_id, requested_by, format, query, status, rows_total, created_at)
    VALUES (${id}, ${ctx.actor.organizationId}, ${ctx.actor.agentId}, ${input.format}, ${JSON.stringify(input)}::jsonb,
      'queued', ${total}, ${ctx.now.toISOString()})`);
  await deps.jobs.send('reports.export', { exportId: id }, { singletonKey: id });
  return present((await findExport(ctx.db, id))!);
}

export const getExport = async (ctx: ServiceCtx, id: string) => present(await ownExport(ctx, id));

/** The finished file of an export. */
export async function openExportFile(
  ctx: ServiceCtx,
  deps: Pick<AppDeps, 'blobs'>,
  id: string,
): Promise<{ format: ReportExportFormat; stream: Readable; createdAt: string }> {
  const r = await ownExport(ctx, id);
  if (r.status !== 'done' || !r.blob_key)
    throw conflict('The export is not finished yet.', { status: r.status });
  return { format: r.format, stream: await deps.blobs.open(r.blob_key), createdAt: r.created_at };
}

/** The `reports.export` job: writes the file into the blob store with progress; idempotent once done. */
export function reportExportJob(deps: Pick<AppDeps, 'db' | 'blobs' | 'clock'>) {
  return async ({ exportId }: { exportId: string }) => {
    const r = await findExport(deps.db, exportId);
    if (!r || r.status === 'done') return;
    await deps.db.execute(
      sql`UPDATE report_exports SET status = 'running', rows_done = 0 WHERE id = ${exportId}`,
    );
    try {
      const settings = await findOrganizationSettings(deps.db, r.organization_id);
      const s = reportScope(r.organization_id, settings.timeZone, r.query.filters, new Date(r.created_at));
      let last = 0;
      const progress = (n: number) => {
        if (n - last < 5000) return;
        last = n;
        void deps.db
          .execute(sql`UPDATE report_exports SET rows_done = ${n} WHERE id = ${exportId}`)
          .catch(() => undefined);
      };
      let written = 0;
      const stream = exportStream(
        r.format,
        allReportRows(deps.db, s, r.query.metric, r.query.bucket),
        (n) => {
          written = n;
          progress(n);
        },
      );
      const blob = await deps.blobs.put(stream, MAX_EXPORT_BYTES);
      await deps.db
        .execute(sql`UPDATE report_exports SET status = 'done', rows_done = ${written}, blob_key = ${blob.sha256},
        finished_at = ${deps.clock.now().toISOString()} WHERE id = ${exportId}`);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      await deps.db.execute(sql`UPDATE report_exports SET status = 'failed', error = ${message.slice(0, 500)},
        finished_at = ${deps.clock.now().toISOString()} WHERE id = ${exportId}`);
    }
  };
}
