import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { Amount, Complaint, Locale, StatutoryRuleId } from '@kontakt/contracts';
import { PROTOCOL_LABELS, type ProtocolLabels } from './complaint-protocol.labels.ts';

// DejaVu Sans covers Polish and Czech (ą ę ł ż ź ć ń ó ś, ě š č ř ž ý á í é ů ú ň ť ď); it ships in an npm package.
const FONT = createRequire(import.meta.url).resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT_BOLD = createRequire(import.meta.url).resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

/** The statute behind each rule, in the law's own language. */
const STATUTES: Partial<Record<StatutoryRuleId, string>> = {
  pl_consumer_complaint: 'Ustawa o prawach konsumenta, art. 7a',
  pl_financial_complaint: 'Ustawa o rozpatrywaniu reklamacji przez podmioty rynku finansowego, art. 6–8',
  cz_consumer_complaint: 'Zákon o ochraně spotřebitele, § 19',
};

const INTL: Record<Locale, string> = { pl: 'pl-PL', cs: 'cs-CZ', en: 'en-GB' };

/** Everything the document shows besides the complaint. */
export interface ProtocolContext {
  organizationName: string;
  recordedByName: string | null;
}

function formatters(c: Complaint) {
  const locale = INTL[c.language];
  const zone = c.deadline.timeZone;
  const instant = new Intl.DateTimeFormat(locale, { timeZone: zone, dateStyle: 'long', timeStyle: 'short' });
  const day = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', dateStyle: 'long' });
  return {
    instant: (iso: string) => `${instant.format(new Date(iso))} (${zone})`,
    date: (d: string | null) => (d ? day.format(new Date(`${d}T00:00:00Z`)) : null),
    money: (a: Amount | null) =>
      a
        ? new Intl.NumberFormat(locale, { style: 'currency', currency: a.currency }).format(
            a.amountMinor / 100,
          )
        : null,
  };
}

type Row = [label: string, value: string | null | undefined];

function protocolRows(c: Complaint, ctx: ProtocolContext, l: ProtocolLabels): Row[] {
  const f = formatters(c);
  const v = (key: string | null | undefined) => (key ? (l.values[key] ?? key) : null);
  return [
    [l.number, String(c.number)],
    [l.received, f.instant(c.receivedAt)],
    [l.channel, v(c.channel)],
    [l.recordedBy, ctx.recordedByName],
    [l.consumer, c.consumer.name],
    [l.consumerKind, v(c.consumer.kind)],
    [l.address, c.consumer.address],
    [l.email, c.consumer.email],
    [l.phone, c.consumer.phone],
    [l.product, c.product.name],
    [l.model, c.product.model],
    [l.serialNumber, c.product.serialNumber],
    [l.orderNumber, c.orderNumber],
    [l.purchaseDate, f.date(c.purchaseDate)],
    [l.deliveryDate, f.date(c.deliveryDate)],
    [l.price, f.money(c.price)],
    [l.proofOfPurchase, c.proofOfPurchase],
    [l.description, c.description],
    [l.noticedOn, f.date(c.noticedOn)],
    [l.demand, v(c.demand.kind)],
    [l.demandAmount, f.money(c.demand.amount)],
    [l.condition, c.condition],
    [l.attachments, String(c.attachmentIds.length)],
    [l.refundAccount, c.refundAccount],
    [l.toldDeadline, f.date(c.deadline.dueDate)],
    [l.answerChannel, v(c.answerChannel)],
    [
      l.rule,
      `${STATUTES[c.deadline.ruleId] ?? c.deadline.ruleId} (${c.deadline.ruleId}, ${c.deadline.ruleVersion})`,
    ],
  ];
}

function decisionRows(c: Complaint, l: ProtocolLabels): Row[] {
  const d = c.decision;
  if (!d) return [];
  const f = formatters(c);
  return [
    [l.outcome, l.values[d.outcome]],
    [l.reasons, d.reasons || null],
    [l.remedy, d.remedy ? l.values[d.remedy] : null],
    [l.demandAmount, f.money(d.amount)],
    [l.carriedOutOn, f.date(d.carriedOutOn)],
    [l.answerChannel, l.values[d.answerChannel]],
  ];
}

function writeRows(doc: PDFKit.PDFDocument, rows: Row[], none: string) {
  for (const [label, value] of rows) {
    doc.font('bold').fontSize(9).fillColor('#555555').text(label);
    doc
      .font('regular')
      .fontSize(11)
      .fillColor('#000000')
      .text(value || none, { paragraphGap: 6 });
  }
}

/**
 * The PL complaint protocol / CZ confirmation of the complaint (§19(2)), with the decision when
 * made, as a PDF in the customer's language.
 */
export function renderComplaintProtocol(c: Complaint, ctx: ProtocolContext): Promise<Buffer> {
  const l = PROTOCOL_LABELS[c.language];
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: l.title[c.jurisdiction === 'CZ' ? 'cz' : 'pl'] },
  });
  doc.registerFont('regular', FONT);
  doc.registerFont('bold', FONT_BOLD);
  const chunks: Buffer[] = [];
  doc.on('data', (b: Buffer) => chunks.push(b));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc
    .font('bold')
    .fontSize(16)
    .text(l.title[c.jurisdiction === 'CZ' ? 'cz' : 'pl']);
  doc.font('regular').fontSize(10).fillColor('#555555').text(ctx.organizationName, { paragraphGap: 12 });
  writeRows(doc, protocolRows(c, ctx, l), l.none);
  const decision = decisionRows(c, l);
  if (decision.length) {
    doc.moveDown().font('bold').fontSize(13).fillColor('#000000').text(l.decision, { paragraphGap: 6 });
    writeRows(doc, decision, l.none);
  }
  doc.end();
  return done;
}
