import { describe, expect, it } from 'vitest';
import { startTestKontakt } from '../../../test/harness.ts';
import { buildAgent, buildQueue, buildTeam, orgWithAdmin, signIn } from '../../../test/factories.ts';
import { newId } from '../../platform/crypto.ts';
import { api } from '../sla/sla.test-kit.ts';

const k = await startTestKontakt();
const { send, get } = api(k);
const { org } = await orgWithAdmin(k);
const leadRow = await buildAgent(k, org, { role: 'lead' });
const janaRow = await buildAgent(k, org, { name: 'Jana Nowak' });
const petrRow = await buildAgent(k, org, { name: 'Petr Svoboda' });
const team = await buildTeam(k, org, [leadRow.id, janaRow.id, petrRow.id]);
const queue = await buildQueue(k, org, { teamId: team.id });
const lead = await signIn(k, leadRow.email);
const jana = await signIn(k, janaRow.email);
const petr = await signIn(k, petrRow.email);

const REQUEST_PHOTOS = {
  name: 'Request photos',
  description: 'Ask for photos of the damage and wait for the customer.',
  scope: 'organization',
  reply: {
    variants: [
      {
        language: 'pl',
        body: { text: 'Dzień dobry {{customer.first_name}}, prosimy o zdjęcia ({{ticket.number}}).' },
      },
      { language: 'en', body: { text: 'Hello {{customer.first_name}}, please send photos.' } },
    ],
  },
  actions: [
    { type: 'set_status', status: 'pending_customer' },
    { type: 'add_tags', tags: ['needs-photos'] },
  ],
};

async function openTicket() {
  const res = await send('POST', jana, '/tickets', {
    subject: 'Rozbity wazon',
    queueId: queue.id,
    language: 'pl',
    customer: { email: `jan-${newId()}@example.test`, name: 'Jan Kowalski' },
    message: { author: 'customer', body: { text: 'Wazon przyszedł rozbity.' } },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; number: number; version: number; status: string };
}
const messagesOf = async (id: string) =>
  (await get(jana, `/tickets/${id}/messages`)).json().items as Array<{
    kind: string;
    authorType: string;
    direction: string;
    bodyText: string;
  }>;

describe('macros', () => {
  it('are checked when saved: placeholders, references, scope and names', async () => {
    const bad = { ...REQUEST_PHOTOS, scope: 'personal', name: 'Bad' };
    const placeholder = await send('POST', jana, '/macros', {
      ...bad,
      reply: { variants: [{ language: 'pl', body: { text: 'Hej {{customer.shoe_size}}' } }] },
    });
    expect(placeholder.statusCode).toBe(400);
    expect(placeholder.json().error).toMatchObject({
      code: 'unknown_placeholder',
      details: { field: 'reply.variants.0.body' },
    });
    const reference = await send('POST', jana, '/macros', {
      ...bad,
      actions: [{ type: 'assign_queue', queueId: newId() }],
    });
    expect(reference.statusCode).toBe(400);
    expect(reference.json().error.code).toBe('unknown_reference');
    const note = await send('POST', jana, '/macros', {
      ...bad,
      actions: [{ type: 'add_note', text: 'Sprawdź {{order.number}}' }],
    });
    expect(note.json().error.code).toBe('unknown_placeholder');
    const webhook = await send('POST', jana, '/macros', {
      ...bad,
      actions: [{ type: 'webhook', url: 'https://example.test/h', secret: 'x'.repeat(20) }],
    });
    expect(webhook.statusCode).toBe(400);
    expect((await send('POST', jana, '/macros', { name: 'Empty' })).statusCode).toBe(400);
    expect((await send('POST', jana, '/macros', REQUEST_PHOTOS)).statusCode).toBe(403); // shared: leads and admins
  });

  it('personal macros are their owner’s; shared ones are seen by all and managed by leads', async () => {
    const shared = await send('POST', lead, '/macros', { ...REQUEST_PHOTOS, name: 'Shared one' });
    expect(shared.statusCode, shared.body).toBe(201);
    const mine = await send('POST', jana, '/macros', { ...REQUEST_PHOTOS, scope: 'personal', name: 'Mine' });
    expect(mine.statusCode, mine.body).toBe(201);
    expect(mine.json()).toMatchObject({ ownerId: janaRow.id, abilities: { update: true, delete: true } });
    expect(mine.json().reply.variants[0].bodyText).toContain('{{customer.first_name}}');
    const seenByPetr = (await get(petr, '/macros')).json().items.map((m: { name: string }) => m.name);
    expect(seenByPetr).toContain('Shared one');
    expect(seenByPetr).not.toContain('Mine');
    expect((await get(petr, `/macros/${mine.json().id}`)).statusCode).toBe(404);
    expect((await send('PATCH', petr, `/macros/${shared.json().id}`, { name: 'Renamed' })).statusCode).toBe(
      403,
    );
    expect((await send('POST', lead, '/macros', { ...REQUEST_PHOTOS, name: 'shared ONE' })).statusCode).toBe(
      409,
    );
    const renamed = await send('PATCH', lead, `/macros/${shared.json().id}`, {
      name: 'Shared two',
      active: false,
    });
    expect(renamed.json()).toMatchObject({ name: 'Shared two', active: false });
    expect(
      (await get(petr, '/macros?active=true')).json().items.map((m: { name: string }) => m.name),
    ).not.toContain('Shared two');
    const stranger = await orgWithAdmin(k);
    expect((await get(stranger.session, `/macros/${shared.json().id}`)).statusCode).toBe(404);
    expect((await send('DELETE', jana, `/macros/${mine.json().id}`)).statusCode).toBe(204);
    expect((await get(jana, `/macros/${mine.json().id}`)).statusCode).toBe(404);
  });

  it('applies the reply and the actions in one go; the history names the macro', async () => {
    const macro = (await send('POST', lead, '/macros', REQUEST_PHOTOS)).json();
    const t = await openTicket();
    const res = await send('POST', jana, `/tickets/${t.id}/macros/${macro.id}/apply`, { version: t.version });
    expect(res.statusCode, res.body).toBe(200);
    const { ticket, message, changes } = res.json();
    expect(ticket.status).toBe('pending_customer');
    expect(ticket.tags).toEqual(['needs-photos']);
    expect(changes.map((c: { field: string }) => c.field).sort()).toEqual(['status', 'tags']);
    expect(message).toMatchObject({ kind: 'reply', authorType: 'agent', direction: 'outbound' });
    expect(message.bodyText).toBe(`Dzień dobry Jan, prosimy o zdjęcia (${t.number}).`);
    // A public reply like any other: the first response is met.
    const sla = await get(jana, `/tickets/${t.id}`);
    expect(sla.json().firstResponseAt).not.toBeNull();
    const history = await k.database.query<{ kind: string; field: string | null; new_value: unknown }>(
      `SELECT kind, field, new_value FROM ticket_events WHERE ticket_id = $1 ORDER BY created_at, kind`,
      [t.id],
    );
    expect(history.find((h) => h.kind === 'macro_applied')?.new_value).toMatchObject({
      macroId: macro.id,
      macroName: 'Request photos',
    });
    expect(history.filter((h) => h.kind === 'field_changed').map((h) => h.field)).toEqual(
      expect.arrayContaining(['status', 'tags']),
    );
    expect((await get(jana, `/macros/${macro.id}`)).json().usageCount).toBe(1);
  });

  it('a stale version or an action that cannot run changes nothing', async () => {
    const macro = (
      await send('POST', lead, '/macros', {
        ...REQUEST_PHOTOS,
        name: 'Close it',
        actions: [{ type: 'set_status', status: 'closed' }],
      })
    ).json();
    const photos = (await get(lead, '/macros'))
      .json()
      .items.find((m: { name: string }) => m.name === 'Request photos');
    const t = await openTicket();
    const stale = await send('POST', jana, `/tickets/${t.id}/macros/${photos.id}/apply`, {
      version: t.version + 5,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.current.id).toBe(t.id);
    const failed = await send('POST', jana, `/tickets/${t.id}/macros/${macro.id}/apply`, {});
    expect(failed.statusCode, failed.body).toBe(409);
    expect(failed.json().error).toMatchObject({
      code: 'macro_action_failed',
      details: { errors: [{ action: 0 }] },
    });
    const after = (await get(jana, `/tickets/${t.id}`)).json();
    expect(after).toMatchObject({ status: t.status, version: t.version, tags: [] });
    expect((await messagesOf(t.id)).filter((m) => m.authorType === 'agent')).toEqual([]);
    const hidden = await orgWithAdmin(k);
    expect(
      (await send('POST', hidden.session, `/tickets/${t.id}/macros/${photos.id}/apply`, {})).statusCode,
    ).toBe(404);
  });
});
