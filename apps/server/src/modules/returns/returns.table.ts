import { boolean, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Amount, Jurisdiction, ReturnShipmentStatus, StatutoryDeadline } from '@kontakt/contracts';

const ts = (name: string) => timestamp(name, { withTimezone: true });

export const returns = pgTable('returns', {
  id: uuid('id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  ticketId: uuid('ticket_id').notNull(),
  version: integer('version').notNull(),
  jurisdiction: text('jurisdiction').$type<Jurisdiction>().notNull(),
  contractKind: text('contract_kind').$type<'goods' | 'services'>().notNull(),
  orderId: uuid('order_id'),
  orderNumber: text('order_number'),
  items: text('items').notNull(),
  startAt: ts('start_at').notNull(),
  informed: boolean('informed').notNull(),
  noticeAt: ts('notice_at'),
  price: jsonb('price').$type<Amount>(),
  refundAmount: jsonb('refund_amount').$type<Amount>(),
  trackingNumber: text('tracking_number'),
  withdrawalDeadline: jsonb('withdrawal_deadline').$type<StatutoryDeadline>().notNull(),
  withdrawalDeadlineAt: ts('withdrawal_deadline_at').notNull(),
  refundDeadline: jsonb('refund_deadline').$type<StatutoryDeadline>(),
  refundDeadlineAt: ts('refund_deadline_at'),
  refundedAt: ts('refunded_at'),
  shipmentStatus: text('shipment_status').$type<ReturnShipmentStatus>().notNull(),
  shipmentHistory: jsonb('shipment_history')
    .$type<Array<{ status: ReturnShipmentStatus; at: string }>>()
    .notNull(),
  createdById: uuid('created_by_id'),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});
export type ReturnRow = typeof returns.$inferSelect;
