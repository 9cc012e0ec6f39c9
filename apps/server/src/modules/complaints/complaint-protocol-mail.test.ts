import { describe, expect, it } from 'vitest';
import { startTestKontakt } from '../../../test/harness.ts';
import { onAnswerEmailSent } from './complaint-letter.service.ts';
import { complaintsWorld, czComplaint, openTicket, plComplaint } from './complaints.test-kit.ts';

const k = await startTestKontakt();
const w = await complaintsWorld(k);
const agent = w.agent;

async function complaintOn(body: object) {
  const t = await openTicket(k, agent, w.queue.id, w.agentRow.id);
  const res = await w.send('POST', agent, `/tickets/${t.id}/complaint`, body);
  expect(res.statusCode, res.body).toBe(201);
  return { ticketId: t.id, number: t.number };
}
const outbound = (messageId: string) =>
  k.database.query<{ recipient: string; subject: string; status: string }>(
    `SELECT recipient, subject, status FROM email_outbound WHERE message_id = $1`,
    [messageId],
  );

describe('the protocol sent to the consumer at intake', () => {
  it('PL: e-mails the protocol PDF as a system message on the ticket, which never counts as the answer', async () => {
    const { ticketId, number } = await complaintOn(plComplaint('2026-11-02T08:00:00Z'));
    const res = await w.send('POST', agent, `/tickets/${ticketId}/complaint/protocol/send`, {});
    expect(res.statusCode, res.body).toBe(202);
    const { messageId, recipient } = res.json();
    expect(recipient).toBe('zofia@example.test');
    expect(await outbound(messageId)).toEqual([
      {
        recipient: 'zofia@example.test',
        subject: `Protokół przyjęcia reklamacji [#${number}]`,
        status: 'queued',
      },
    ]);
    const messages = (await w.get(agent, `/tickets/${ticketId}/messages`)).json().items as Array<{
      id: string;
      authorType: string;
      attachments: Array<{ filename: string; contentType: string }>;
    }>;
    const sent = messages.find((m) => m.id === messageId)!;
    expect(sent.authorType).toBe('system');
    expect(sent.attachments).toMatchObject([
      { filename: `protokol-reklamacji-${number}.pdf`, contentType: 'application/pdf' },
    ]);
    // Decided afterwards: the protocol's mail going out is not the answer.
    const decided = await w.send('POST', agent, `/tickets/${ticketId}/complaint/decision`, {
      version: 1,
      answerChannel: 'email',
      outcome: 'rejected',
      reasons: 'Uszkodzenie mechaniczne z winy użytkownika.',
    });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(await onAnswerEmailSent(k.deps.db, { messageId, ticketId, at: k.clock.now() })).toBe(false);
    expect((await w.get(agent, `/tickets/${ticketId}/complaint`)).json().answerSentAt).toBeNull();
  });

  it('CZ: the confirmation in Czech to the given address; an invalid address is refused', async () => {
    const { ticketId, number } = await complaintOn(czComplaint('2026-11-02T08:00:00Z'));
    const res = await w.send('POST', agent, `/tickets/${ticketId}/complaint/protocol/send`, {
      to: 'jiny@example.test',
    });
    expect(res.statusCode, res.body).toBe(202);
    expect(await outbound(res.json().messageId)).toMatchObject([
      { recipient: 'jiny@example.test', subject: `Potvrzení o uplatnění reklamace [#${number}]` },
    ]);
    const bad = await w.send('POST', agent, `/tickets/${ticketId}/complaint/protocol/send`, { to: 'nope' });
    expect(bad.statusCode).toBe(400);
  });
});
