import { PassThrough, type Writable } from 'node:stream';
import { once } from 'node:events';
import ExcelJS from 'exceljs';
import type { ReportExportFormat, ReportTicketRow } from '@kontakt/contracts';

/** The export columns: one row per ticket, the metric columns of ReportTicketRow. */
export const EXPORT_COLUMNS: ReadonlyArray<{ key: keyof ReportTicketRow; header: string; width: number }> = [
  { key: 'number', header: 'number', width: 10 },
  { key: 'subject', header: 'subject', width: 40 },
  { key: 'status', header: 'status', width: 14 },
  { key: 'type', header: 'type', width: 12 },
  { key: 'channel', header: 'channel', width: 10 },
  { key: 'queueName', header: 'queue', width: 20 },
  { key: 'assigneeName', header: 'assignee', width: 20 },
  { key: 'contactReasonName', header: 'contact_reason', width: 20 },
  { key: 'createdAt', header: 'created_at', width: 22 },
  { key: 'firstResponseAt', header: 'first_response_at', width: 22 },
  { key: 'firstSolvedAt', header: 'first_solved_at', width: 22 },
  { key: 'lastSolvedAt', header: 'last_solved_at', width: 22 },
  { key: 'firstResponseSeconds', header: 'first_response_seconds', width: 12 },
  { key: 'firstResponseBusinessSeconds', header: 'first_response_business_seconds', width: 12 },
  { key: 'resolutionSeconds', header: 'resolution_seconds', width: 12 },
  { key: 'resolutionBusinessSeconds', header: 'resolution_business_seconds', width: 12 },
  { key: 'reopenCount', header: 'reopen_count', width: 8 },
  { key: 'slaFirstResponse', header: 'sla_first_response', width: 10 },
  { key: 'slaResolution', header: 'sla_resolution', width: 10 },
  { key: 'repeatContact', header: 'repeat_contact', width: 8 },
  { key: 'csatRating', header: 'csat', width: 6 },
  { key: 'ticketId', header: 'ticket_id', width: 38 },
];

const csvCell = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  const s = String(v);
  // Quote when needed; a leading = + - @ would be read as a formula by spreadsheets.
  const safe = /^[=+\-@]/.test(s) && typeof v === 'string' ? `'${s}` : s;
  return /[",\r\n]/.test(safe) || safe !== s ? `"${safe.replaceAll('"', '""')}"` : safe;
};

async function write(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

/** Writes CSV (UTF-8 with BOM for spreadsheet programs) batch by batch; memory stays one batch. */
async function writeCsv(
  out: Writable,
  batches: AsyncIterable<ReportTicketRow[]>,
  onRows: (n: number) => void,
) {
  await write(out, `\uFEFF${EXPORT_COLUMNS.map((c) => c.header).join(',')}\r\n`);
  let n = 0;
  for await (const rows of batches) {
    await write(
      out,
      rows.map((r) => EXPORT_COLUMNS.map((c) => csvCell(r[c.key])).join(',')).join('\r\n') + '\r\n',
    );
    n += rows.length;
    onRows(n);
  }
  out.end();
}

/** Writes XLSX with exceljs's streaming writer: each row is committed (flushed) as it is added. */
async function writeXlsx(
  out: Writable,
  batches: AsyncIterable<ReportTicketRow[]>,
  onRows: (n: number) => void,
) {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: false,
    useSharedStrings: false,
  });
  const ws = wb.addWorksheet('tickets');
  ws.columns = EXPORT_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  let n = 0;
  for await (const rows of batches) {
    for (const r of rows) ws.addRow(EXPORT_COLUMNS.map((c) => r[c.key] ?? null)).commit();
    n += rows.length;
    onRows(n);
  }
  ws.commit();
  await wb.commit();
}

/** Streams the rows as CSV or XLSX into `out` (ended when done). */
export function writeExport(
  format: ReportExportFormat,
  out: Writable,
  batches: AsyncIterable<ReportTicketRow[]>,
  onRows: (n: number) => void = () => undefined,
): Promise<void> {
  return format === 'csv' ? writeCsv(out, batches, onRows) : writeXlsx(out, batches, onRows);
}

/** A readable of the export, for an HTTP reply or a blob store; errors destroy the stream. */
export function exportStream(
  format: ReportExportFormat,
  batches: AsyncIterable<ReportTicketRow[]>,
  onRows?: (n: number) => void,
): PassThrough {
  const pass = new PassThrough();
  writeExport(format, pass, batches, onRows).catch((err: unknown) => pass.destroy(err as Error));
  return pass;
}

export const EXPORT_CONTENT_TYPES: Record<ReportExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
