import { createRequire } from 'node:module';
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import type { AppliedReportFilters, Locale, ReportKpis } from '@kontakt/contracts';
import { SUMMARY_LABELS, type SummaryLabels } from './report-summary.labels.ts';

// DejaVu Sans covers Polish and Czech; the same font as the complaint documents.
const FONT = createRequire(import.meta.url).resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT_BOLD = createRequire(import.meta.url).resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');
const INTL: Record<Locale, string> = { pl: 'pl-PL', cs: 'cs-CZ', en: 'en-GB' };

type Line = [label: string, value: string];

/** The summary lines of a report, formatted for people in their language (null → "n/a"). */
export function summaryLines(k: ReportKpis, locale: Locale): Line[] {
  const l = SUMMARY_LABELS[locale];
  const nf = new Intl.NumberFormat(INTL[locale], { maximumFractionDigits: 1 });
  const pct = (v: number | null) => (v === null ? l.na : `${nf.format(v * 100)} %`);
  const secs = (v: number | null) => (v === null ? l.na : formatDuration(v));
  const numOr = (v: number | null) => (v === null ? l.na : nf.format(v));
  return [
    [l.created, nf.format(k.volume.created)],
    [l.solved, nf.format(k.volume.solved)],
    [l.firstResponseMedian, secs(k.times.firstResponse.calendar.median)],
    [l.firstResponseMedianBusiness, secs(k.times.firstResponse.business.median)],
    [l.resolutionMedian, secs(k.times.resolutionFirst.calendar.median)],
    [l.slaCompliance, pct(k.sla.overall.value)],
    [l.backlog, nf.format(k.backlog.total)],
    [l.reopenRate, pct(k.reopen.value)],
    [`${l.fcr} (${k.fcr.windowDays} d)`, pct(k.fcr.value)],
    [l.ahtChat, secs(k.aht.chat.value)],
    [
      `${l.serviceLevel} (${k.chat.serviceLevel.thresholdSeconds} s, ${k.chat.serviceLevel.variant})`,
      pct(k.chat.serviceLevel.value),
    ],
    [`${l.abandonment} (${k.chat.abandonment.variant})`, pct(k.chat.abandonment.value)],
    [l.occupancy, pct(k.presence.occupancy)],
    [l.utilization, pct(k.presence.utilization)],
    [l.csat, pct(k.satisfaction.csat.value)],
    [l.nps, numOr(k.satisfaction.nps.value)],
    [l.ces, numOr(k.satisfaction.ces.mean)],
  ];
}

/** 3725 s → "1:02:05" (h:mm:ss). */
export function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return `${h}:${String(m).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

export const periodText = (f: AppliedReportFilters) => `${f.from} – ${f.to}`;

/** The summary as an XLSX workbook (summary, by channel, by queue). */
export async function summaryXlsx(
  k: ReportKpis,
  f: AppliedReportFilters,
  locale: Locale,
  name: string,
): Promise<Buffer> {
  const l = SUMMARY_LABELS[locale];
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet(l.title.slice(0, 31));
  sheet.columns = [{ width: 55 }, { width: 20 }];
  sheet.addRow([name]).font = { bold: true };
  sheet.addRow([l.period, periodText(f)]);
  sheet.addRow([l.timeZone, f.timeZone]);
  sheet.addRow([]);
  sheet.addRow([l.metric, l.value]).font = { bold: true };
  for (const line of summaryLines(k, locale)) sheet.addRow(line);
  const breakdown = (title: string, rows: ReportKpis['volume']['byChannel']) => {
    const ws = wb.addWorksheet(title.slice(0, 31));
    ws.columns = [{ width: 40 }, { width: 12 }];
    ws.addRow([title, l.count]).font = { bold: true };
    for (const r of rows) ws.addRow([r.label ?? r.value ?? l.na, r.count]);
  };
  breakdown(l.byChannel, k.volume.byChannel);
  breakdown(l.byQueue, k.volume.byQueue);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The summary as a one-page PDF. */
export function summaryPdf(
  k: ReportKpis,
  f: AppliedReportFilters,
  locale: Locale,
  name: string,
): Promise<Buffer> {
  const l: SummaryLabels = SUMMARY_LABELS[locale];
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: `${l.title}: ${name}` } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('body', FONT).registerFont('bold', FONT_BOLD);
  doc.font('bold').fontSize(16).text(l.title);
  doc.font('body').fontSize(11).text(name).moveDown(0.5);
  doc
    .fontSize(9)
    .text(`${l.period}: ${periodText(f)}   ${l.timeZone}: ${f.timeZone}`)
    .moveDown();
  const table = (rows: Line[]) => {
    for (const [label, value] of rows) {
      const y = doc.y;
      doc.font('body').fontSize(10).text(label, 50, y, { width: 340 });
      const after = doc.y;
      doc.font('bold').text(value, 400, y, { width: 145, align: 'right' });
      doc.y = Math.max(after, doc.y) + 2;
    }
  };
  table(summaryLines(k, locale));
  doc.moveDown().font('bold').fontSize(11).text(l.byChannel, 50);
  table(k.volume.byChannel.map((r) => [r.label ?? r.value ?? l.na, String(r.count)]));
  doc.moveDown().font('bold').fontSize(11).text(l.byQueue, 50);
  table(k.volume.byQueue.slice(0, 15).map((r) => [r.label ?? r.value ?? l.na, String(r.count)]));
  doc.end();
  return done;
}
