import { expect } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import type { TestKontakt } from '../../../test/harness.ts';
import {
  buildAgent,
  buildQueue,
  buildTeam,
  orgWithAdmin,
  signIn,
  type Session,
} from '../../../test/factories.ts';
import { api } from '../sla/sla.test-kit.ts';

/** An organization with an admin, a team agent on a queue, and a ticket of a customer. */
export async function ordersWorld(k: TestKontakt) {
  const { org, session: admin } = await orgWithAdmin(k);
  const agentRow = await buildAgent(k, org);
  const team = await buildTeam(k, org, [agentRow.id]);
  const queue = await buildQueue(k, org, { teamId: team.id });
  const agent = await signIn(k, agentRow.email);
  const http = api(k);
  return { org, admin, agent, agentRow, queue, ...http };
}
export type OrdersWorld = Awaited<ReturnType<typeof ordersWorld>>;

/** A ticket assigned to the world's agent, from a customer with this e-mail. */
export async function ticketOf(w: OrdersWorld, email: string, name?: string) {
  const res = await w.send('POST', w.agent, '/tickets', {
    subject: 'Chcę zamówić',
    queueId: w.queue.id,
    customer: { email, ...(name ? { name } : {}) },
    assigneeId: w.agentRow.id,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; number: number; customerId: string };
}

/** A catalogue product created by the admin. */
export async function product(w: OrdersWorld, over: Record<string, unknown> = {}) {
  const res = await w.send('POST', w.admin, '/catalog/products', {
    sku: `SKU-${Math.random().toString(36).slice(2, 8)}`,
    name: 'Pralka Żuraw 7 kg',
    price: { amount: '1230.00', currency: 'PLN' },
    priceBasis: 'gross',
    vatRate: 23,
    ...over,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; sku: string; version: number; name: string };
}

export const DELIVERY = {
  method: 'courier',
  name: 'Zofia Łukasiewicz',
  street: 'ul. Źródlana 5',
  city: 'Łódź',
  postalCode: '90-001',
  country: 'PL',
  phone: '+48 600 100 200',
};

/** A PDF's text, whitespace (including no-break spaces) folded to single spaces. */
export async function pdfTextOf(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocumentProxy(bytes);
  const { text } = await extractText(pdf, { mergePages: true });
  return text.replace(/\s+/gu, ' ');
}

export type { Session };
