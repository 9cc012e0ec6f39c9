import { expect } from 'vitest';
import type { TestKontakt } from '../../../test/harness.ts';
import { api, eventually } from '../sla/sla.test-kit.ts';
import { complaintsWorld } from '../complaints/complaints.test-kit.ts';
import type { Session } from '../../../test/factories.ts';

/** An organization with a team (agent + lead) owning a queue, signed in, and request helpers. */
export async function surveysWorld(k: TestKontakt) {
  const w = await complaintsWorld(k);
  const { send, get } = api(k);

  /** A ticket with a customer who has (or lacks) an e-mail, assigned to the agent. */
  async function ticket(
    customer: object = { email: `klient-${Math.random().toString(36).slice(2)}@example.test` },
  ) {
    const res = await send('POST', self.agent, '/tickets', {
      subject: 'Zwrot pralki',
      queueId: w.queue.id,
      customer,
      assigneeId: w.agentRow.id,
      language: 'pl',
      message: { author: 'customer', body: { text: 'Proszę o pomoc.' } },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; number: number; version: number };
  }

  async function setStatus(s: Session, id: string, status: string) {
    const cur = (await get(s, `/tickets/${id}`)).json() as { version: number };
    const res = await send('PATCH', s, `/tickets/${id}`, { version: cur.version, status });
    expect(res.statusCode, res.body).toBe(200);
  }

  async function settings(over: object = {}) {
    const res = await send('PUT', self.admin, '/surveys/settings', {
      csatEnabled: true,
      csatDelayMinutes: 30,
      resendWindowDays: 30,
      tokenTtlDays: 14,
      lowCsat: 2,
      lowNps: 6,
      lowCes: 3,
      queues: [],
      ...over,
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }

  const requests = (ticketId: string) =>
    k.database.query<{ id: string; status: string; skip_reason: string | null; send_at: Date }>(
      `SELECT id, status, skip_reason, send_at FROM survey_requests WHERE ticket_id = $1 ORDER BY created_at`,
      [ticketId],
    );
  /** Waits until the solve's invitation is recorded (the watcher runs after commit). */
  const scheduled = (ticketId: string, n = 1) =>
    eventually(async () => {
      const rows = await requests(ticketId);
      expect(rows).toHaveLength(n);
      return rows;
    });
  const mails = (purpose: string) =>
    k.database.query<{ to_address: string; subject: string; body_text: string }>(
      `SELECT to_address, subject, body_text FROM mail_outbox WHERE purpose = $1 AND organization_id = $2 ORDER BY created_at`,
      [purpose, w.org.id],
    );
  const tokenIn = (body: string) => /\/survey\/([\w-]+)/.exec(body)![1]!;
  const publicGet = (token: string) => k.inject({ method: 'GET', url: `/api/v1/public/surveys/${token}` });
  const answer = (token: string, payload: object) =>
    k.inject({ method: 'PUT', url: `/api/v1/public/surveys/${token}/answer`, payload });

  // Sessions are read from here, so a test that signs in again (after moving the clock) is followed.
  const self = {
    ...w,
    send,
    get,
    ticket,
    setStatus,
    settings,
    requests,
    scheduled,
    mails,
    tokenIn,
    publicGet,
    answer,
  };
  return self;
}
