import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { Amount, Complaint } from '@kontakt/contracts';
import { PROTOCOL_LABELS } from './complaint-protocol.labels.ts';
import { LETTER_LABELS } from './complaint-letter.labels.ts';

// DejaVu Sans (see NOTICE.md) covers Polish and Czech letters.
const FONT = createRequire(import.meta.url).resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT_BOLD = createRequire(import.meta.url).resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');
const INTL = { pl: 'pl-PL', cs: 'cs-CZ', en: 'en-GB' } as const;

export interface LetterContext {
  organizationName: string;
  /** When the letter is issued. */
  issuedAt: Date;
}

/**
 * The decision letter (PL answer to the complaint / CZ confirmation of settlement §19(5)) in the
 * customer's language: decision, reasons, remedy, amounts, dates and the statutory references.
 */
export function renderDecisionLetter(c: Complaint, ctx: LetterContext): Promise<Buffer> {
  const d = c.decision;
  if (!d) throw new Error('renderDecisionLetter needs a decided complaint');
  const lang = c.language;
  const l = LETTER_LABELS[lang];
  const p = PROTOCOL_LABELS[lang];
  const zone = c.deadline.timeZone;
  const instant = new Intl.DateTimeFormat(INTL[lang], { timeZone: zone, dateStyle: 'long' });
  const day = new Intl.DateTimeFormat(INTL[lang], { timeZone: 'UTC', dateStyle: 'long' });
  const date = (s: string) => day.format(new Date(`${s}T00:00:00Z`));
  const money = (a: Amount | null) =>
    a
      ? new Intl.NumberFormat(INTL[lang], { style: 'currency', currency: a.currency }).format(
          a.amountMinor / 100,
        )
      : null;

  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: l.title } });
  doc.registerFont('regular', FONT);
  doc.registerFont('bold', FONT_BOLD);
  const chunks: Buffer[] = [];
  doc.on('data', (b: Buffer) => chunks.push(b));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const row = (label: string, value: string | null | undefined) => {
    if (!value) return;
    doc.font('bold').fontSize(9).fillColor('#555555').text(label);
    doc.font('regular').fontSize(11).fillColor('#000000').text(value, { paragraphGap: 6 });
  };

  doc.font('bold').fontSize(16).text(l.title);
  doc.font('regular').fontSize(10).fillColor('#555555').text(ctx.organizationName, { paragraphGap: 4 });
  doc.text(`${l.date}: ${instant.format(ctx.issuedAt)}`, { paragraphGap: 12 });
  doc.fillColor('#000000').fontSize(11);
  for (const line of [c.consumer.name, c.consumer.address, c.consumer.email]) if (line) doc.text(line);
  doc.moveDown();
  doc.text(l.dear(c.consumer.name));
  doc.text(l.intro(c.number, instant.format(new Date(c.receivedAt))), { paragraphGap: 10 });
  row(p.product, [c.product.name, c.product.model, c.product.serialNumber].filter(Boolean).join(', '));
  row(p.orderNumber, c.orderNumber);
  row(p.demand, `${p.values[c.demand.kind]}${c.demand.amount ? ` (${money(c.demand.amount)})` : ''}`);
  doc.moveDown(0.5).font('bold').fontSize(13).text(p.decision, { paragraphGap: 6 });
  doc
    .font('regular')
    .fontSize(11)
    .text(d.outcome === 'accepted' ? l.accepted : l.rejected, {
      paragraphGap: 6,
    });
  row(p.reasons, d.reasons || null);
  row(p.remedy, d.remedy ? p.values[d.remedy] : null);
  row(p.demandAmount, money(d.amount));
  row(p.carriedOutOn, d.carriedOutOn ? date(d.carriedOutOn) : null);
  if (c.refund) {
    row(
      l.refundDue,
      `${date(c.refund.deadline.dueDate)}${c.refund.amount ? ` — ${money(c.refund.amount)}` : ''}`,
    );
    row(p.refundAccount, c.refundAccount);
  }
  if (c.regime === 'cz_consumer') doc.fontSize(9).fillColor('#555555').text(l.czSettlement);
  doc.moveDown(0.5);
  row(
    l.statutes,
    [
      l.law[c.regime],
      `${c.deadline.ruleId} (${c.deadline.ruleVersion})`,
      ...(d.remedy ? [l.remedyLaw[c.jurisdiction]] : []),
    ].join('\n'),
  );
  doc.end();
  return done;
}
