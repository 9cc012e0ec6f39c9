import { describe, expect, it } from 'vitest';
import {
  deliver,
  eml,
  eventually,
  messagesOf,
  setupMailbox,
  startEmailKontakt,
  uniq,
} from '../email/email.test-kit.ts';
import { api, PL_OFFICE, POLICY } from './sla.test-kit.ts';

const { k } = await startEmailKontakt();
const { send, get } = api(k);

describe('SLA of e-mail tickets', () => {
  it('an inbound e-mail starts the clocks; the auto-acknowledgement is no first response', async () => {
    const { s, queue, mailbox } = await setupMailbox(k, {
      autoAck: true,
      autoAckTemplates: { en: { subject: 'Got it', body: 'Ticket {{ticket.number}}.' } },
    });
    const calendar = (await send('POST', s, '/calendars', PL_OFFICE)).json();
    await send('PUT', s, `/queues/${queue.id}/calendar`, { calendarId: calendar.id });
    expect((await send('POST', s, '/sla-policies', POLICY)).statusCode).toBe(201);
    const messageId = `<${uniq()}@customer.test>`;
    const mail = {
      from: 'jan@customer.test',
      to: mailbox.address,
      subject: 'Zwrot',
      body: 'Dzień dobry',
      messageId,
    };
    await deliver(k, eml(mail), { from: 'jan@customer.test', to: [mailbox.address] });
    const ticket = await eventually(async () => (await get(s, '/tickets?limit=10')).json().items[0]);
    await eventually(async () => (await messagesOf(k, s, ticket.id)).some((m) => m.authorType === 'system'));
    const t = (await get(s, `/tickets/${ticket.id}`)).json();
    // Monday 10:00 in Warsaw + 4 business hours
    expect(t.firstResponseDueAt).toBe('2026-11-02T13:00:00.000Z');
    expect(t.sla.targets.find((x: { target: string }) => x.target === 'first_response').metAt).toBeNull();
    k.clock.set(new Date('2026-11-02T10:00:00Z'));
    await send('POST', s, `/tickets/${t.id}/messages`, { body: { text: 'Odpowiadamy.' } });
    k.clock.set(new Date('2026-11-02T11:00:00Z'));
    const reply = {
      ...mail,
      subject: 'Re: Zwrot',
      messageId: `<${uniq()}@customer.test>`,
      headers: { 'In-Reply-To': messageId },
    };
    await deliver(k, eml(reply), { from: 'jan@customer.test', to: [mailbox.address] });
    await eventually(async () => (await get(s, `/tickets/${t.id}`)).json().nextResponseDueAt);
    expect((await get(s, `/tickets/${t.id}`)).json().nextResponseDueAt).toBe('2026-11-02T13:00:00.000Z'); // 12:00 local + 2 h
  });
});
