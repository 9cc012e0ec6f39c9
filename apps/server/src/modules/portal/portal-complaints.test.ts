import { describe, expect, it } from 'vitest';
import { startTestKontakt } from '../../../test/harness.ts';
import {
  buildAgent,
  buildCustomer,
  buildQueue,
  buildTeam,
  orgWithAdmin,
  signIn,
} from '../../../test/factories.ts';
import { api } from '../sla/sla.test-kit.ts';
import {
  complaintForm,
  orgSlug,
  portalApi,
  portalComplaint,
  portalSignIn,
  portalUrl,
  someIp,
} from './portal.test-kit.ts';

// The harness clock: Monday 2026-11-02 09:00 UTC (10:00 in Warsaw).
const k = await startTestKontakt();
const { org } = await orgWithAdmin(k);
const slug = await orgSlug(k, org.id);
const leadRow = await buildAgent(k, org, { role: 'lead' });
const team = await buildTeam(k, org, [leadRow.id]);
const queue = await buildQueue(k, org, { teamId: team.id });
await k.database.query(`UPDATE queues SET is_default = true WHERE id = $1`, [queue.id]);
const lead = await signIn(k, leadRow.email);
await k.database.query(
  `INSERT INTO complaint_causes (id, organization_id, code, name, created_at, updated_at)
   VALUES (gen_random_uuid(), $1, 'misuse', 'Misuse', now(), now())`,
  [org.id],
);
await buildCustomer(k, org, { name: 'Zofia', identities: [{ kind: 'email', value: 'zofia@example.test' }] });
await buildCustomer(k, org, { identities: [{ kind: 'email', value: 'jan@example.test' }] });
const { send, get } = api(k);
const portal = portalApi(k);
const zofia = await portalSignIn(k, slug, 'zofia@example.test');
const jan = await portalSignIn(k, slug, 'jan@example.test');

async function file(body: object, files: Array<{ name: string; type: string; body: Buffer }> = []) {
  const form = complaintForm(body, files);
  return k.inject({
    method: 'POST',
    url: portalUrl(slug, '/complaints'),
    headers: { cookie: zofia.cookie, 'x-csrf-token': zofia.csrf, 'content-type': form.contentType },
    payload: form.payload,
  });
}

describe('filing a complaint in the portal', () => {
  it('creates a complaint ticket with its clock, files and protocol, and tells the team', async () => {
    const photo = Buffer.from('\x89PNG\r\n\x1a\nphoto of the drum');
    const res = await file(portalComplaint(), [{ name: 'beben.png', type: 'image/png', body: photo }]);
    expect(res.statusCode, res.body).toBe(201);
    const c = res.json();
    expect(c).toMatchObject({
      state: 'running',
      regime: 'pl_consumer',
      receivedAt: '2026-11-02T09:00:00.000Z',
      // 14 days from Monday 2 November (Warsaw): Monday 16 November, until the local midnight.
      dueDate: '2026-11-16',
      deadlineAt: '2026-11-16T23:00:00.000Z',
      timeZone: 'Europe/Warsaw',
      decision: null,
      documents: [{ kind: 'protocol' }],
    });
    expect(c.number).toBeGreaterThan(0);

    const ticket = (await get(lead, `/tickets/${c.ticketId}`)).json();
    expect(ticket).toMatchObject({ type: 'complaint', channel: 'web', queueId: queue.id });
    const record = (await get(lead, `/tickets/${c.ticketId}/complaint`)).json();
    expect(record).toMatchObject({
      channel: 'portal',
      recordedById: null,
      consumer: { name: 'Zofia Łukasiewicz', email: 'zofia@example.test' },
    });
    expect(record.attachmentIds).toHaveLength(1);
    const messages = (await get(lead, `/tickets/${c.ticketId}/messages`)).json().items;
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ direction: 'inbound', authorType: 'customer' });
    expect(messages[0].attachments[0]).toMatchObject({ filename: 'beben.png', size: photo.length });

    const notes = (await get(lead, '/notifications')).json().items;
    expect(notes.find((n: { kind: string }) => n.kind === 'complaint_filed')).toMatchObject({
      ticketId: c.ticketId,
    });

    const pdf = await portal.get(zofia, `/complaints/${c.ticketId}/protocol.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const file0 = await portal.get(zofia, `/attachments/${messages[0].attachments[0].id}`);
    expect(file0.statusCode).toBe(200);
    expect(file0.rawPayload.equals(photo)).toBe(true);
  });

  it('refuses what the agent form refuses, and saves nothing', async () => {
    const before = await k.database.query(`SELECT count(*)::int AS n FROM tickets`);
    const missing = await file(portalComplaint({ description: undefined }));
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.code).toBe('validation_failed');
    const future = await file(portalComplaint({ purchaseDate: '2026-12-01', deliveryDate: null }));
    expect(future.statusCode).toBe(400);
    expect(future.json().error.code).toBe('date_in_future');
    const json = await portal.send('POST', zofia, '/complaints', portalComplaint({ regime: 'cz_consumer' }));
    expect(json.statusCode).toBe(400);
    expect(json.json().error.code).toBe('regime_not_in_jurisdiction');
    expect(await k.database.query(`SELECT count(*)::int AS n FROM tickets`)).toEqual(before);
  });

  it('shows a complaint to its customer only; the decision when made', async () => {
    const c = (await portal.send('POST', zofia, '/complaints', portalComplaint())).json();
    expect((await portal.get(jan, `/complaints/${c.ticketId}`)).statusCode).toBe(404);
    expect((await portal.get(jan, `/complaints/${c.ticketId}/protocol.pdf`)).statusCode).toBe(404);
    expect((await portal.get(jan, '/complaints')).json().items).toEqual([]);
    expect(
      (await portal.get(zofia, '/complaints')).json().items.map((i: { ticketId: string }) => i.ticketId),
    ).toContain(c.ticketId);

    const record = (await get(lead, `/tickets/${c.ticketId}/complaint`)).json();
    const decided = await send('POST', lead, `/tickets/${c.ticketId}/complaint/decision`, {
      version: record.version,
      outcome: 'rejected',
      reasons: 'Uszkodzenie mechaniczne z winy użytkownika.',
      answerChannel: 'portal',
      rootCauseCode: 'misuse',
    });
    expect(decided.statusCode, decided.body).toBe(200);
    const seen = (await portal.get(zofia, `/complaints/${c.ticketId}`)).json();
    expect(seen.decision).toMatchObject({
      outcome: 'rejected',
      reasons: 'Uszkodzenie mechaniczne z winy użytkownika.',
    });
  });

  it('serves the decision letter once sent; opening it records the answer as delivered', async () => {
    const c = (await portal.send('POST', zofia, '/complaints', portalComplaint())).json();
    const record = (await get(lead, `/tickets/${c.ticketId}/complaint`)).json();
    await send('POST', lead, `/tickets/${c.ticketId}/complaint/decision`, {
      version: record.version,
      outcome: 'accepted',
      remedy: 'repair',
      answerChannel: 'email',
      rootCauseCode: 'misuse',
    });
    expect((await portal.get(zofia, `/complaints/${c.ticketId}/decision.pdf`)).statusCode).toBe(404);
    const letter = await send('POST', lead, `/tickets/${c.ticketId}/complaint/letter`, {});
    expect(letter.statusCode, letter.body).toBe(200);
    expect((await get(lead, `/tickets/${c.ticketId}/complaint`)).json().answerDeliveredAt).toBeNull();

    k.clock.advance(3_600_000);
    const pdf = await portal.get(zofia, `/complaints/${c.ticketId}/decision.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await portal.get(jan, `/complaints/${c.ticketId}/decision.pdf`)).statusCode).toBe(404);
    const after = (await get(lead, `/tickets/${c.ticketId}/complaint`)).json();
    expect(after.answerDeliveredAt).toBe(k.clock.now().toISOString());
    const seen = (await portal.get(zofia, `/complaints/${c.ticketId}`)).json();
    expect(seen.documents.map((d: { kind: string }) => d.kind)).toEqual(['protocol', 'decision']);
    expect(seen.answerDeliveredAt).toBe(after.answerDeliveredAt);
  });
});

describe('looking a complaint up without an account', () => {
  it('answers the state and deadline for the right number and address, the same 404 otherwise', async () => {
    const c = (await portal.send('POST', zofia, '/complaints', portalComplaint())).json();
    const ip = someIp();
    const lookup = (payload: object) =>
      k.inject({ method: 'POST', url: portalUrl(slug, '/complaint-lookup'), payload, remoteAddress: ip });
    const ok = await lookup({ number: c.number, email: 'ZOFIA@example.test' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toEqual({
      number: c.number,
      state: 'running',
      receivedAt: c.receivedAt,
      dueDate: c.dueDate,
      deadlineAt: c.deadlineAt,
      timeZone: 'Europe/Warsaw',
      outcome: null,
    });
    const wrongMail = await lookup({ number: c.number, email: 'jan@example.test' });
    const wrongNumber = await lookup({ number: c.number + 1000, email: 'zofia@example.test' });
    expect(wrongMail.statusCode).toBe(404);
    expect(wrongNumber.statusCode).toBe(404);
    expect(wrongMail.body).toBe(wrongNumber.body);
  });

  it('is rate-limited per caller', async () => {
    const ip = someIp();
    const codes: number[] = [];
    for (let i = 0; i < 11; i++) {
      const res = await k.inject({
        method: 'POST',
        url: portalUrl(slug, '/complaint-lookup'),
        payload: { number: 999_999, email: 'x@example.test' },
        remoteAddress: ip,
      });
      codes.push(res.statusCode);
    }
    expect(codes.slice(0, 10).every((c) => c === 404)).toBe(true);
    expect(codes[10]).toBe(429);
  });
});
