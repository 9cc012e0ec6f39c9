import { eq } from 'drizzle-orm';
import type { Order } from '@kontakt/contracts';
import type { AppDeps } from '../../http/deps.ts';
import { organizations } from '../organizations/index.ts';
import { formatMoney, renderOrderConfirmation } from './order-confirmation.pdf.ts';
import { CONFIRMATION_LABELS } from './order-confirmation.labels.ts';
import { customerEmails } from './orders.repo.ts';
import { orders } from './orders.table.ts';

const ZONES = { pl: 'Europe/Warsaw', cs: 'Europe/Prague', en: 'Europe/Warsaw' } as const;

async function context(db: AppDeps['db'], organizationId: string, o: Order) {
  const [org] = await db
    .select({ name: organizations.name, settings: organizations.settings })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  const emails = await customerEmails(db, organizationId, o.customerId);
  const zone = typeof org?.settings?.timeZone === 'string' ? org.settings.timeZone : ZONES[o.language];
  return {
    organizationName: org?.name ?? '',
    customerName: o.customerName,
    customerEmail: emails[0] ?? null,
    timeZone: zone,
  };
}

/** The confirmation PDF of an order. */
export async function orderConfirmationPdf(
  db: AppDeps['db'],
  organizationId: string,
  o: Order,
): Promise<Buffer> {
  return renderOrderConfirmation(o, await context(db, organizationId, o));
}

/**
 * E-mails the confirmation with its PDF to the customer's first e-mail address through the outbox
 * (the durable medium) and stores the outbox id on the order. Answers null without an address.
 */
export async function sendOrderConfirmation(
  deps: Pick<AppDeps, 'db' | 'mailer'>,
  o: Order,
  organizationId: string,
): Promise<{ outboxId: string; to: string } | null> {
  const ctx = await context(deps.db, organizationId, o);
  if (!ctx.customerEmail) return null;
  const l = CONFIRMATION_LABELS[o.language];
  const pdf = await renderOrderConfirmation(o, ctx);
  const lines = o.items.map((i) => `- ${i.name} × ${i.quantity}: ${formatMoney(i.lineGross, o.language)}`);
  const text = [
    l.greeting(o.customerName),
    '',
    l.body,
    '',
    `${l.number}: ${o.number}`,
    ...lines,
    `${l.grossTotal}: ${formatMoney(o.grossTotal, o.language)}`,
    '',
    l.closing,
    ctx.organizationName,
  ].join('\n');
  const outboxId = await deps.mailer.queue({
    organizationId,
    purpose: 'order_confirmation',
    to: ctx.customerEmail,
    subject: l.subject(o.number, ctx.organizationName),
    text,
    attachments: [{ filename: `order-${o.number}.pdf`, contentType: 'application/pdf', content: pdf }],
  });
  await deps.db.update(orders).set({ confirmationOutboxId: outboxId }).where(eq(orders.id, o.id));
  return { outboxId, to: ctx.customerEmail };
}
