import type { Complaint, StatutoryDeadline } from '@kontakt/contracts';

/** A CZ statutory deadline moved over Christmas, as `POST /complaints/deadline` answers. */
export function buildDeadline(overrides: Partial<StatutoryDeadline> = {}): StatutoryDeadline {
  return {
    ruleId: 'cz_consumer_complaint',
    ruleVersion: '2014-01-01',
    timeZone: 'Europe/Prague',
    startDate: '2026-11-24',
    nominalDueDate: '2026-12-24',
    dueDate: '2026-12-28',
    deadlineAt: '2026-12-28T23:00:00.000Z',
    shifts: [
      { date: '2026-12-24', reason: 'holiday', name: 'Štědrý den' },
      { date: '2026-12-25', reason: 'holiday', name: '1. svátek vánoční' },
      { date: '2026-12-26', reason: 'saturday', name: null },
      { date: '2026-12-27', reason: 'sunday', name: null },
    ],
    reasons: ['30 days from 2026-11-24 end on 2026-12-24', 'moved over holidays and the weekend'],
    ...overrides,
  };
}

/** A recorded complaint as the REST API presents it (tests only). */
export function buildComplaint(n: number, overrides: Partial<Complaint> = {}): Complaint {
  const id = `0190a000-0000-7000-8000-${String(n).padStart(12, '0')}`;
  return {
    id: `0190a000-0000-7000-9000-${String(n).padStart(12, '0')}`,
    ticketId: id,
    number: n,
    version: 1,
    jurisdiction: 'CZ',
    regime: 'cz_consumer',
    receivedAt: '2026-11-24T09:30:00.000Z',
    channel: 'phone',
    recordedById: null,
    consumer: {
      name: 'Jana Dvořáková',
      address: null,
      email: 'jana@example.cz',
      phone: null,
      kind: 'consumer',
    },
    product: { name: 'Kávovar Espresso 3000', model: null, serialNumber: null, sku: 'KV-3000' },
    orderNumber: null,
    purchaseDate: null,
    deliveryDate: null,
    price: null,
    proofOfPurchase: null,
    description: 'Neteče voda.',
    noticedOn: null,
    demand: { kind: 'repair', amount: null },
    condition: null,
    attachmentIds: [],
    refundAccount: null,
    answerChannel: 'email',
    language: 'cs',
    extended: false,
    deadline: buildDeadline(),
    state: 'running',
    daysLeft: 12,
    mustCarryOutDemand: false,
    extension: null,
    decision: null,
    rootCauseCode: null,
    answerLetter: null,
    refund: null,
    answerSentAt: null,
    answerDeliveredAt: null,
    createdAt: '2026-11-24T09:31:00.000Z',
    updatedAt: '2026-11-24T09:31:00.000Z',
    ...overrides,
  };
}
