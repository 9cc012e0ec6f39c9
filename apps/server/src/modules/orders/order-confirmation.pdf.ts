import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { Amount, Locale, Order } from '@kontakt/contracts';
import { CONFIRMATION_LABELS } from './order-confirmation.labels.ts';

// DejaVu Sans covers Polish and Czech; it ships in an npm package (as for the complaint protocol).
const FONT = createRequire(import.meta.url).resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT_BOLD = createRequire(import.meta.url).resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');
const INTL: Record<Locale, string> = { pl: 'pl-PL', cs: 'cs-CZ', en: 'en-GB' };

export interface ConfirmationContext {
  organizationName: string;
  customerName: string | null;
  customerEmail: string | null;
  timeZone: string;
}

export function formatMoney(a: Amount, language: Locale): string {
  return new Intl.NumberFormat(INTL[language], { style: 'currency', currency: a.currency }).format(
    a.amountMinor / 100,
  );
}

/** The order confirmation as a PDF in the order's language: lines, VAT, totals, delivery, payment. */
export function renderOrderConfirmation(o: Order, ctx: ConfirmationContext): Promise<Buffer> {
  const l = CONFIRMATION_LABELS[o.language];
  const money = (a: Amount) => formatMoney(a, o.language);
  const v = (k: string) => l.values[k] ?? k;
  const doc = new PDFDocument({ size: 'A4', margin: 48, info: { Title: `${l.title} ${o.number}` } });
  doc.registerFont('regular', FONT);
  doc.registerFont('bold', FONT_BOLD);
  const chunks: Buffer[] = [];
  doc.on('data', (b: Buffer) => chunks.push(b));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const when = new Intl.DateTimeFormat(INTL[o.language], {
    timeZone: ctx.timeZone,
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(new Date(o.confirmedAt ?? o.updatedAt));

  doc.font('bold').fontSize(16).text(`${l.title}`);
  doc.font('regular').fontSize(10).fillColor('#555555').text(ctx.organizationName, { paragraphGap: 10 });
  const pair = (label: string, value: string) => {
    doc.font('bold').fontSize(9).fillColor('#555555').text(label);
    doc.font('regular').fontSize(11).fillColor('#000000').text(value, { paragraphGap: 5 });
  };
  pair(l.number, String(o.number));
  pair(l.date, when);
  pair(l.customer, [ctx.customerName, ctx.customerEmail].filter(Boolean).join(', ') || '—');

  doc.moveDown(0.5).font('bold').fontSize(12).text(l.product, { paragraphGap: 4 });
  for (const i of o.items) {
    doc
      .font('bold')
      .fontSize(10)
      .fillColor('#000000')
      .text(`${i.name}${i.sku ? ` (${l.sku}: ${i.sku})` : ''}`);
    doc
      .font('regular')
      .fontSize(9)
      .text(
        `${l.quantity}: ${i.quantity} × ${money(i.unitGross)} · ${l.vat} ${i.vatRate} % · ` +
          `${l.lineNet}: ${money(i.lineNet)} · ${l.lineGross}: ${money(i.lineGross)}`,
        { paragraphGap: 4 },
      );
  }
  doc.moveDown(0.5);
  pair(l.netTotal, money(o.netTotal));
  pair(l.vatTotal, money(o.vatTotal));
  pair(l.grossTotal, money(o.grossTotal));
  const d = o.delivery;
  pair(
    l.delivery,
    [v(d.method), d.name, d.street, [d.postalCode, d.city].filter(Boolean).join(' '), d.country, d.phone]
      .filter(Boolean)
      .join(', '),
  );
  pair(l.payment, `${v(o.payment.method)} – ${v(o.payment.status)}`);
  if (o.note) pair(l.note, o.note);
  doc.end();
  return done;
}
