import { describe, expect, it } from 'vitest';
import { startTestKontakt } from '../../../test/harness.ts';
import {
  buildAgent,
  buildQueue,
  buildTeam,
  orgWithAdmin,
  signIn,
  type Session,
} from '../../../test/factories.ts';

const k = await startTestKontakt();

const post = (s: Session, url: string, payload: unknown) =>
  k.inject({ method: 'POST', url, headers: s.headers, payload: payload as object });
const patch = (s: Session, url: string, payload: unknown) =>
  k.inject({ method: 'PATCH', url, headers: s.headers, payload: payload as object });
const get = (s: Session, url: string) => k.inject({ method: 'GET', url, headers: s.headers });

async function setup() {
  const { org, admin, session } = await orgWithAdmin(k);
  return { org, admin, s: session };
}

describe('tickets', () => {
  it('creates a ticket with a customer found by e-mail, a first message and its history', async () => {
    const { s } = await setup();
    const res = await post(s, '/api/v1/tickets', {
      subject: 'Zepsuty żółw',
      channel: 'email',
      customer: { email: 'Jan.Kowalski@Example.pl', name: 'Jan Kowalski' },
      message: {
        author: 'customer',
        body: { html: '<p>Dzień dobry</p><script>alert(1)</script><img src=x onerror=alert(1)>' },
      },
    });
    expect(res.statusCode).toBe(201);
    const t = res.json();
    expect(t).toMatchObject({ number: 1, status: 'new', channel: 'email', version: 2 });
    expect(t.customerId).toBeTruthy();
    const again = await post(s, '/api/v1/tickets', {
      subject: 'Second',
      customer: { email: 'jan.kowalski@example.pl' },
    });
    expect(again.json()).toMatchObject({ number: 2, customerId: t.customerId });
    const timeline = await get(s, `/api/v1/tickets/${t.id}/timeline`);
    const items = timeline.json().items;
    expect(items.map((i: { type: string }) => i.type)).toEqual(['event', 'message']);
    const html = items[1].message.bodyHtml as string;
    expect(html).toContain('Dzień dobry');
    expect(html).not.toMatch(/script|onerror/);
    expect(items[1].message).toMatchObject({
      direction: 'inbound',
      authorType: 'customer',
      bodyText: 'Dzień dobry',
    });
  });

  it('gives 50 parallel creations 50 distinct consecutive numbers', async () => {
    const { s } = await setup();
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => post(s, '/api/v1/tickets', { subject: `Parallel ${i}` })),
    );
    expect(results.every((r) => r.statusCode === 201)).toBe(true);
    const numbers = results.map((r) => r.json().number as number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
  });

  it('answers a stale update with 409 and the current ticket, never overwriting', async () => {
    const { s } = await setup();
    const t = (await post(s, '/api/v1/tickets', { subject: 'Concurrent' })).json();
    const [a, b] = await Promise.all([
      patch(s, `/api/v1/tickets/${t.id}`, { version: t.version, priority: 'high' }),
      patch(s, `/api/v1/tickets/${t.id}`, { version: t.version, priority: 'low' }),
    ]);
    const codes = [a.statusCode, b.statusCode].sort();
    expect(codes).toEqual([200, 409]);
    const lost = a.statusCode === 409 ? a : b;
    const won = a.statusCode === 200 ? a : b;
    expect(lost.json().error.code).toBe('conflict');
    expect(lost.json().error.details.current).toMatchObject({
      priority: won.json().priority,
      version: t.version + 1,
    });
    const now = (await get(s, `/api/v1/tickets/${t.id}`)).json();
    expect(now.priority).toBe(won.json().priority);
  });

  it('records every changed field in the history and refuses unknown transitions', async () => {
    const { org, s } = await setup();
    const agent = await buildAgent(k, org);
    const t = (await post(s, '/api/v1/tickets', { subject: 'History' })).json();
    const res = await patch(s, `/api/v1/tickets/${t.id}`, {
      version: t.version,
      status: 'open',
      assigneeId: agent.id,
      tags: ['VIP', 'vip', 'reklamacja'],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().tags).toEqual(['vip', 'reklamacja']);
    const events = (await get(s, `/api/v1/tickets/${t.id}/timeline`))
      .json()
      .items.filter((i: { type: string }) => i.type === 'event');
    const changed = events
      .filter((e: { event: { kind: string } }) => e.event.kind === 'field_changed')
      .map((e: { event: { field: string; oldValue: unknown; newValue: unknown } }) => [
        e.event.field,
        e.event.oldValue,
        e.event.newValue,
      ]);
    expect(changed).toEqual(
      expect.arrayContaining([
        ['status', 'new', 'open'],
        ['assigneeId', null, agent.id],
      ]),
    );
    const bad = await patch(s, `/api/v1/tickets/${t.id}`, { version: res.json().version, status: 'closed' });
    expect(bad.statusCode).toBe(409);
    expect(bad.json().error.code).toBe('invalid_status_transition');
    // The assignee was notified.
    const agentSession = await signIn(k, agent.email);
    const notes = (await get(agentSession, '/api/v1/notifications')).json().items;
    expect(notes[0]).toMatchObject({ kind: 'assignment', ticketId: t.id });
  });

  it('validates custom fields and what is required to solve', async () => {
    const { s } = await setup();
    const field = await post(s, '/api/v1/ticket-fields', {
      key: 'order_no',
      label: 'Order number',
      type: 'text',
      requiredToSolve: true,
    });
    expect(field.statusCode).toBe(201);
    await post(s, '/api/v1/ticket-fields', {
      key: 'carrier',
      label: 'Carrier',
      type: 'select',
      options: ['dpd', 'inpost'],
    });
    const wrong = await post(s, '/api/v1/tickets', { subject: 'Fields', customFields: { carrier: 'ups' } });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.code).toBe('invalid_custom_field');
    const unknown = await post(s, '/api/v1/tickets', { subject: 'Fields', customFields: { colour: 'red' } });
    expect(unknown.json().error.code).toBe('invalid_custom_field');
    const t = (
      await post(s, '/api/v1/tickets', { subject: 'Fields', customFields: { carrier: 'dpd' } })
    ).json();
    const solve = await patch(s, `/api/v1/tickets/${t.id}`, { version: t.version, status: 'solved' });
    expect(solve.statusCode).toBe(409);
    expect(solve.json().error).toMatchObject({
      code: 'required_to_solve',
      details: { fields: ['customFields.order_no'] },
    });
    const ok = await patch(s, `/api/v1/tickets/${t.id}`, {
      version: t.version,
      status: 'solved',
      customFields: { order_no: 'ZAM-1' },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().customFields).toEqual({ carrier: 'dpd', order_no: 'ZAM-1' });
    expect(ok.json().solvedAt).toBeTruthy();
  });

  it('shows agents only their teams’ queues, leads everything; hidden is 404', async () => {
    const { org, s } = await setup();
    const plAgent = await buildAgent(k, org);
    const lead = await buildAgent(k, org, { role: 'lead' });
    const plTeam = await buildTeam(k, org, [plAgent.id]);
    const czTeam = await buildTeam(k, org);
    const plQueue = (await post(s, '/api/v1/queues', { name: 'PL', teamId: plTeam.id })).json();
    const czQueue = (await post(s, '/api/v1/queues', { name: 'CZ', teamId: czTeam.id })).json();
    const plTicket = (await post(s, '/api/v1/tickets', { subject: 'PL ticket', queueId: plQueue.id })).json();
    const czTicket = (await post(s, '/api/v1/tickets', { subject: 'CZ ticket', queueId: czQueue.id })).json();
    const a = await signIn(k, plAgent.email);
    expect((await get(a, `/api/v1/tickets/${plTicket.id}`)).statusCode).toBe(200);
    const hidden = await get(a, `/api/v1/tickets/${czTicket.id}`);
    expect(hidden.statusCode).toBe(404);
    expect((await get(a, `/api/v1/tickets/${czTicket.id}/timeline`)).statusCode).toBe(404);
    expect(
      (await post(a, `/api/v1/tickets/${czTicket.id}/messages`, { kind: 'note', body: { text: 'x' } }))
        .statusCode,
    ).toBe(404);
    const list = (await get(a, '/api/v1/tickets?view=all_open'))
      .json()
      .items.map((t: { id: string }) => t.id);
    expect(list).toContain(plTicket.id);
    expect(list).not.toContain(czTicket.id);
    const l = await signIn(k, lead.email);
    expect((await get(l, `/api/v1/tickets/${czTicket.id}`)).statusCode).toBe(200);
    // Another organization's admin sees nothing of it.
    const other = await orgWithAdmin(k);
    expect((await get(other.session, `/api/v1/tickets/${plTicket.id}`)).statusCode).toBe(404);
    void org;
  });
});

describe('messages', () => {
  it('stores a message with the same externalId once', async () => {
    const { s } = await setup();
    const t = (await post(s, '/api/v1/tickets', { subject: 'Chat', channel: 'chat' })).json();
    const body = { author: 'customer', externalId: 'client-42', body: { text: 'Ahoj' } };
    const first = await post(s, `/api/v1/tickets/${t.id}/messages`, body);
    const second = await post(s, `/api/v1/tickets/${t.id}/messages`, body);
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(200);
    expect(second.json().id).toBe(first.json().id);
    expect((await get(s, `/api/v1/tickets/${t.id}/messages`)).json().items).toHaveLength(1);
  });

  it('reopens a solved ticket on a customer reply and records first response', async () => {
    const { s } = await setup();
    const t = (
      await post(s, '/api/v1/tickets', {
        subject: 'Reopen',
        message: { author: 'customer', body: { text: 'Pomocy' } },
      })
    ).json();
    const reply = await post(s, `/api/v1/tickets/${t.id}/messages`, {
      body: { text: 'Już pomagam' },
      status: 'solved',
    });
    expect(reply.statusCode).toBe(201);
    let now = (await get(s, `/api/v1/tickets/${t.id}`)).json();
    expect(now.status).toBe('solved');
    expect(now.firstResponseAt).toBeTruthy();
    await post(s, `/api/v1/tickets/${t.id}/messages`, {
      author: 'customer',
      body: { text: 'Jednak nie działa' },
    });
    now = (await get(s, `/api/v1/tickets/${t.id}`)).json();
    expect(now.status).toBe('open');
  });

  it('notifies agents mentioned in a note, and refuses replies on closed tickets', async () => {
    const { org, s } = await setup();
    const colleague = await buildAgent(k, org);
    const t = (await post(s, '/api/v1/tickets', { subject: 'Mention' })).json();
    const note = await post(s, `/api/v1/tickets/${t.id}/messages`, {
      kind: 'note',
      body: { html: '<p>Zobacz <span data-mention-id="x">@kolega</span></p>' },
      mentionIds: [colleague.id],
    });
    expect(note.statusCode).toBe(201);
    expect(note.json()).toMatchObject({ kind: 'note', direction: 'internal', mentions: [colleague.id] });
    const cs = await signIn(k, colleague.email);
    const notes = (await get(cs, '/api/v1/notifications?unread=true')).json().items;
    expect(notes.find((n: { kind: string }) => n.kind === 'mention')).toMatchObject({
      ticketId: t.id,
      messageId: note.json().id,
    });
    const cur = (await get(s, `/api/v1/tickets/${t.id}`)).json();
    await patch(s, `/api/v1/tickets/${t.id}`, { version: cur.version, status: 'solved' });
    const solved = (await get(s, `/api/v1/tickets/${t.id}`)).json();
    await patch(s, `/api/v1/tickets/${t.id}`, { version: solved.version, status: 'closed' });
    const closed = await post(s, `/api/v1/tickets/${t.id}/messages`, { body: { text: 'late' } });
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error.code).toBe('ticket_closed');
  });
});

describe('views', () => {
  it('counts the built-in views for the reader and pages through a list', async () => {
    const { org, s, admin } = await setup();
    const other = await buildAgent(k, org);
    for (let i = 0; i < 3; i++)
      await post(s, '/api/v1/tickets', { subject: `Mine ${i}`, assigneeId: admin.id, status: 'open' });
    await post(s, '/api/v1/tickets', { subject: 'Theirs', assigneeId: other.id, status: 'open' });
    await post(s, '/api/v1/tickets', { subject: 'Nobody' });
    const viewList = (await get(s, '/api/v1/views')).json().items;
    const count = (id: string) => viewList.find((v: { id: string }) => v.id === id).count;
    expect(count('mine_open')).toBe(3);
    expect(count('all_open')).toBe(5);
    const page1 = (await get(s, '/api/v1/tickets?view=all_open&limit=2')).json();
    expect(page1.items).toHaveLength(2);
    const page2 = (await get(s, `/api/v1/tickets?view=all_open&limit=2&cursor=${page1.nextCursor}`)).json();
    const page3 = (await get(s, `/api/v1/tickets?view=all_open&limit=2&cursor=${page2.nextCursor}`)).json();
    const ids = [...page1.items, ...page2.items, ...page3.items].map((t: { id: string }) => t.id);
    expect(new Set(ids).size).toBe(5);
    expect(page3.nextCursor).toBeNull();
    const saved = await post(s, '/api/v1/views', { name: 'Unassigned', filters: { assignees: ['none'] } });
    expect(saved.statusCode).toBe(201);
    const mine = (await get(s, `/api/v1/tickets?view=${saved.json().id}`)).json().items;
    expect(mine.map((t: { subject: string }) => t.subject)).toEqual(['Nobody']);
    void org;
  });
});

describe('unassigned in my queues', () => {
  it('lists the unassigned open tickets of the reader’s team queues, oldest first, for any role', async () => {
    const { org, s } = await setup();
    const lead = await buildAgent(k, org, { role: 'lead' });
    const loner = await buildAgent(k, org);
    const teamA = await buildTeam(k, org, [lead.id]);
    const teamB = await buildTeam(k, org, [lead.id]);
    const [qa, qb, qc] = [
      await buildQueue(k, org, { teamId: teamA.id }),
      await buildQueue(k, org, { teamId: teamB.id }),
      await buildQueue(k, org),
    ];
    const make = async (subject: string, queueId: string, extra: object = {}) => {
      k.clock.advance(1000);
      return (await post(s, '/api/v1/tickets', { subject, queueId, ...extra })).json();
    };
    await make('A first', qa!.id);
    await make('B second', qb!.id);
    await make('C elsewhere', qc!.id);
    await make('A assigned', qa!.id, { assigneeId: lead.id });
    await make('A pending', qa!.id, { status: 'pending_customer' });
    const subjects = async (who: Session) =>
      (await get(who, '/api/v1/tickets?view=unassigned_my_queues'))
        .json()
        .items.map((t: { subject: string }) => t.subject);
    const leadSession = await signIn(k, lead.email);
    expect(await subjects(leadSession)).toEqual(['A first', 'B second']);
    const views = (await get(leadSession, '/api/v1/views')).json().items;
    expect(views.find((v: { id: string }) => v.id === 'unassigned_my_queues').count).toBe(2);
    // Someone in no team has no queues of their own: the view is empty, not everything.
    expect(await subjects(await signIn(k, loner.email))).toEqual([]);
  });
});

describe('organization settings', () => {
  it('opens every queue to agents when the organization says so', async () => {
    const { org, s } = await setup();
    const agent = await buildAgent(k, org);
    const team = await buildTeam(k, org);
    const queue = (await post(s, '/api/v1/queues', { name: 'Closed team', teamId: team.id })).json();
    const t = (await post(s, '/api/v1/tickets', { subject: 'Hidden at first', queueId: queue.id })).json();
    const a = await signIn(k, agent.email);
    expect((await get(a, `/api/v1/tickets/${t.id}`)).statusCode).toBe(404);
    const denied = await patch(a, '/api/v1/organization', { settings: { ticketsVisibleToAll: true } });
    expect(denied.statusCode).toBe(403);
    const bad = await patch(s, '/api/v1/organization', { settings: { timeZone: 'Mars/Olympus' } });
    expect(bad.statusCode).toBe(400);
    const ok = await patch(s, '/api/v1/organization', { settings: { ticketsVisibleToAll: true } });
    expect(ok.json().settings).toMatchObject({ ticketsVisibleToAll: true, timeZone: 'Europe/Warsaw' });
    expect((await get(a, `/api/v1/tickets/${t.id}`)).statusCode).toBe(200);
  });
});
