import { describe, expect, it } from 'vitest';
import { startTestKontakt } from '../../../test/harness.ts';
import { buildAgent, buildQueue, buildTeam, orgWithAdmin, signIn } from '../../../test/factories.ts';
import { api, POLICY } from './sla.test-kit.ts';

const k = await startTestKontakt();
const { send, get } = api(k);
const { org, session: admin } = await orgWithAdmin(k);
const agentRow = await buildAgent(k, org);
const team = await buildTeam(k, org, [agentRow.id]);
const queue = await buildQueue(k, org, { teamId: team.id });
const agent = await signIn(k, agentRow.email);
expect((await send('POST', admin, '/sla-policies', POLICY)).statusCode).toBe(201);

async function openTicket(subject: string, at: string, over: object = {}) {
  k.clock.set(new Date(at));
  const res = await send('POST', agent, '/tickets', {
    subject,
    queueId: queue.id,
    customer: { email: `${subject.toLowerCase().replace(/\s/g, '-')}@example.test` },
    message: { author: 'customer', body: { text: subject } },
    ...over,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

/** Every page of the list in `sort`, one ticket a page, following the cursors. */
async function subjects(sort: string): Promise<string[]> {
  const out: string[] = [];
  let cursor: string | null = '';
  for (let pages = 0; cursor !== null && pages < 10; pages++) {
    const res = await get(agent, `/tickets?sort=${sort}&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json() as { items: Array<{ subject: string }>; nextCursor: string | null };
    out.push(...page.items.map((t) => t.subject));
    cursor = page.nextCursor;
  }
  return out;
}

describe('views sorted by SLA due time', () => {
  it('put the ticket due first on top, tickets without a running target last, across pages', async () => {
    // Around the clock (no calendar): normal first response 4 h, urgent 1 h.
    await openTicket('Later', '2026-11-02T09:00:00Z'); // due 13:00
    await openTicket('Urgent', '2026-11-02T10:00:00Z', { priority: 'urgent' }); // due 11:00
    await openTicket('Earlier', '2026-11-02T08:00:00Z'); // due 12:00
    // Answered and waiting for the customer: first response met, resolution paused, nothing running.
    for (const [subject, at] of [
      ['Waiting', '2026-11-02T08:30:00Z'],
      ['Also waiting', '2026-11-02T08:50:00Z'],
    ] as const) {
      const t = await openTicket(subject, at);
      const res = await send('POST', agent, `/tickets/${t.id}/messages`, {
        body: { text: 'Proszę o zdjęcia.' },
        status: 'pending_customer',
      });
      expect(res.statusCode, res.body).toBe(201);
      expect((await get(agent, `/tickets/${t.id}`)).json().firstResponseDueAt).toBeNull();
    }

    expect((await subjects('due_asc')).slice(0, 3)).toEqual(['Urgent', 'Earlier', 'Later']);
    expect((await subjects('due_asc')).slice(3).sort()).toEqual(['Also waiting', 'Waiting']);
    const desc = await subjects('due_desc');
    expect(desc.slice(0, 2).sort()).toEqual(['Also waiting', 'Waiting']);
    expect(desc.slice(2)).toEqual(['Later', 'Earlier', 'Urgent']);
  });
});
