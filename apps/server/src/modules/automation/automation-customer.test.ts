import { describe, expect, it } from 'vitest';
import { startTestKontakt } from '../../../test/harness.ts';
import { buildAgent, buildQueue, buildTeam, orgWithAdmin, signIn } from '../../../test/factories.ts';
import { newId } from '../../platform/crypto.ts';
import { api } from '../sla/sla.test-kit.ts';

const k = await startTestKontakt();
const { send, get } = api(k);
const { org, session: admin } = await orgWithAdmin(k);
const agentRow = await buildAgent(k, org);
const team = await buildTeam(k, org, [agentRow.id]);
const queue = await buildQueue(k, org, { teamId: team.id });
const agent = await signIn(k, agentRow.email);
for (const attr of [
  { key: 'tier', label: 'Tier', type: 'select', options: ['gold', 'silver'] },
  { key: 'b2b', label: 'Business', type: 'boolean' },
  { key: 'orders', label: 'Orders', type: 'number' },
]) {
  const res = await send('POST', admin, '/customer-attributes', attr);
  expect(res.statusCode, res.body).toBe(201);
}

async function customer(flags: string[], attributes: object) {
  const res = await send('POST', admin, '/customers', {
    name: 'Jana',
    flags,
    attributes,
    identities: [{ kind: 'email', value: `jana-${newId()}@example.test` }],
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}
const openTicket = async (customerId: string) => {
  const res = await send('POST', agent, '/tickets', { subject: 'Objednávka', queueId: queue.id, customerId });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
};

describe('rule conditions on the customer', () => {
  it('read admin-defined attributes (select, yes/no, number) and flags', async () => {
    const res = await send('POST', admin, '/automation-rules', {
      name: 'Gold B2B',
      event: 'ticket.created',
      conditions: {
        all: [
          { field: 'customer.attribute.tier', operator: 'is', value: 'gold' },
          { field: 'customer.attribute.b2b', operator: 'is', value: true },
          { field: 'customer.attribute.orders', operator: 'gt', value: 5 },
          { field: 'customer.flags', operator: 'any_of', value: ['vip'] },
        ],
      },
      actions: [{ type: 'add_tags', tags: ['gold-b2b'] }],
    });
    expect(res.statusCode, res.body).toBe(201);
    const fits = await openTicket(await customer(['vip'], { tier: 'gold', b2b: true, orders: 12 }));
    expect(fits.tags).toEqual(['gold-b2b']);
    for (const [flags, attributes] of [
      [[], { tier: 'gold', b2b: true, orders: 12 }],
      [['vip'], { tier: 'silver', b2b: true, orders: 12 }],
      [['vip'], { tier: 'gold', b2b: false, orders: 12 }],
      [['vip'], { tier: 'gold', b2b: true, orders: 3 }],
    ] as const) {
      const other = await openTicket(await customer([...flags], attributes));
      expect(other.tags, JSON.stringify(attributes)).toEqual([]);
    }
    const rule = res.json();
    expect(
      (await send('PATCH', admin, `/automation-rules/${rule.id}`, { version: rule.version, active: false }))
        .statusCode,
    ).toBe(200);
  });

  it('refuses an attribute the organization has not defined', async () => {
    const res = await send('POST', admin, '/automation-rules', {
      name: 'Unknown attribute',
      event: 'ticket.created',
      conditions: { all: [{ field: 'customer.attribute.shoe_size', operator: 'is', value: '42' }] },
      actions: [{ type: 'add_tags', tags: ['x'] }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('unknown_reference');
  });
});

describe('dry run results', () => {
  it('name effects and problems by stable codes with params, for apps to word', async () => {
    const res = await send('POST', admin, '/automation-rules', {
      name: 'Close and tell',
      event: 'ticket.updated',
      active: false,
      actions: [
        { type: 'set_status', status: 'closed' },
        { type: 'notify', recipients: ['team_lead'], text: 'Pilné' },
        { type: 'webhook', url: 'https://hooks.example.test/kontakt?x=1', secret: 'abcdefghijklmnop' },
        { type: 'escalate', priority: 'urgent' },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    const t = await openTicket(await customer([], {}));
    const dry = await send('POST', admin, `/automation-rules/${res.json().id}/dry-run`, { ticketId: t.id });
    expect(dry.statusCode, dry.body).toBe(200);
    const body = dry.json();
    expect(body.errors).toEqual([
      expect.objectContaining({
        action: 0,
        code: 'invalid_status_transition',
        params: { from: 'new', to: 'closed' },
      }),
    ]);
    expect(body.effects.map((e: { type: string; params: unknown }) => [e.type, e.params])).toEqual([
      ['notify', { recipients: ['team_lead'], agentIds: [], text: 'Pilné' }],
      ['webhook', { origin: 'https://hooks.example.test' }],
      ['escalate', { priority: 'urgent' }],
    ]);
    expect((await get(admin, `/tickets/${t.id}`)).json().status).toBe('new');
  });
});
