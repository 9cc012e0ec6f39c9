import { expect } from 'vitest';
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

/** An organization with a team (an agent and a lead) owning a queue, all signed in. */
export async function complaintsWorld(k: TestKontakt) {
  const { org, session: admin } = await orgWithAdmin(k);
  const leadRow = await buildAgent(k, org, { role: 'lead' });
  const agentRow = await buildAgent(k, org);
  const team = await buildTeam(k, org, [leadRow.id, agentRow.id]);
  const queue = await buildQueue(k, org, { teamId: team.id });
  const agent = await signIn(k, agentRow.email);
  const causes = await seedCauses(k, admin);
  return { org, admin, agent, agentRow, leadRow, queue, causes, ...api(k) };
}

/** The root-cause taxonomy the tests decide with: quality › motor, usage › overload / misuse. */
async function seedCauses(k: TestKontakt, admin: Session) {
  const ids: Record<string, string> = {};
  for (const [code, name] of [
    ['quality', 'Jakość'],
    ['quality.motor', 'Silnik'],
    ['usage', 'Użytkowanie'],
    ['usage.overload', 'Przeciążenie'],
    ['usage.misuse', 'Niewłaściwe użycie'],
  ] as const) {
    const parent = code.includes('.') ? ids[code.split('.')[0]!]! : null;
    const res = await api(k).send('POST', admin, '/complaint-causes', {
      parentId: parent,
      segment: code.split('.').at(-1),
      name,
    });
    expect(res.statusCode, res.body).toBe(201);
    ids[code] = res.json().id;
  }
  return ids;
}

/** A ticket assigned to `assigneeId` in the queue, through the API. */
export async function openTicket(k: TestKontakt, s: Session, queueId: string, assigneeId: string) {
  const res = await api(k).send('POST', s, '/tickets', {
    subject: 'Reklamacja pralki',
    queueId,
    customer: { email: `klient-${Math.random().toString(36).slice(2)}@example.test` },
    assigneeId,
    message: { author: 'customer', body: { text: 'Pralka nie wiruje.' } },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; number: number; version: number };
}

/** A complete PL consumer complaint received at `receivedAt`. */
export const plComplaint = (receivedAt: string, over: object = {}) => ({
  jurisdiction: 'PL',
  regime: 'pl_consumer',
  receivedAt,
  channel: 'phone',
  consumer: {
    name: 'Zofia Łukasiewicz',
    email: 'zofia@example.test',
    phone: '+48 600 100 200',
    kind: 'consumer',
  },
  product: { name: 'Pralka Żuraw 7 kg', model: 'ZW-700', serialNumber: 'SN-1', sku: 'PR-700' },
  orderNumber: 'ZAM-2026-77',
  purchaseDate: '2026-09-01',
  deliveryDate: '2026-09-03',
  price: { amount: '1899.00', currency: 'PLN' },
  description: 'Pralka nie wiruje, bęben stoi.',
  noticedOn: '2026-10-30',
  demand: { kind: 'repair' },
  condition: 'Kompletna, bez śladów użytkowania.',
  language: 'pl',
  ...over,
});

/** A complete CZ complaint lodged at `receivedAt`. */
export const czComplaint = (receivedAt: string, over: object = {}) => ({
  ...plComplaint(receivedAt),
  jurisdiction: 'CZ',
  regime: 'cz_consumer',
  consumer: { name: 'Jiří Dvořák', email: 'jiri@example.test', kind: 'consumer' },
  product: { name: 'Pračka Čáp', sku: 'PC-1' },
  price: { amount: '12990.00', currency: 'CZK' },
  description: 'Pračka neždímá.',
  language: 'cs',
  ...over,
});
