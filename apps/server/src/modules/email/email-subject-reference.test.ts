import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestKontakt } from '../../../test/harness.ts';
import type { SmtpSink } from '../../../test/smtp-sink.ts';
import type { Session } from '../../../test/factories.ts';
import { baseSubject, replySubject, ticketNumberInSubject, withTicketReference } from './email-subject.ts';
import {
  deliver,
  eml,
  eventually,
  messagesOf,
  replyAndReceive,
  setupMailbox,
  startEmailKontakt,
  ticketsOf,
  uniq,
} from './email.test-kit.ts';

let k: TestKontakt;
let sink: SmtpSink;
beforeAll(async () => {
  ({ k, sink } = await startEmailKontakt());
});
afterAll(async () => {
  await k.close();
  await sink.stop();
});

const patchPrefix = (s: Session, ticketReferencePrefix: unknown) =>
  k.inject({
    method: 'PATCH',
    url: '/api/v1/organization',
    headers: s.headers,
    payload: { settings: { ticketReferencePrefix } },
  });

/** The customer writes from `from`; In-Reply-To only when given (a reply from another device has none). */
async function customerWrites(to: string, from: string, subject: string, body: string) {
  await deliver(k, eml({ from, to, subject, body, messageId: `<${uniq()}@customer.test>` }), {
    from,
    to: [to],
  });
}

describe('ticket references in subjects', () => {
  it('finds, strips and writes references with a custom prefix and the default one', () => {
    expect(ticketNumberInSubject('Odp: Zwrot [ZGŁ#12]', 'Zgł#')).toBe(12);
    expect(ticketNumberInSubject('Re: Zwrot [#12]', 'Zgł#')).toBe(12);
    expect(ticketNumberInSubject('Re: Zwrot [Ticket#12]', 'Zgł#')).toBeNull();
    expect(ticketNumberInSubject('Re: [ACME.12] box', 'ACME.')).toBe(12);
    expect(ticketNumberInSubject('Re: [ACMEx12] box', 'ACME.')).toBeNull();
    expect(baseSubject('RE: Odp: Zwrot [#3] [Zgł#3]', 'Zgł#')).toBe('Zwrot');
    expect(replySubject('AW: Rückgabe [Ticket#7]', 7, 'Ticket#')).toBe('Re: Rückgabe [Ticket#7]');
    expect(withTicketReference('Mamy to [Zgł#3]', 3, 'Zgł#')).toBe('Mamy to [Zgł#3]');
    expect(withTicketReference('Mamy to', 3, 'Zgł#')).toBe('Mamy to [Zgł#3]');
  });

  it('is an organization setting, validated so it cannot become a pattern', async () => {
    const { s } = await setupMailbox(k);
    const initial = await k.inject({ method: 'GET', url: '/api/v1/organization', headers: s.headers });
    expect(initial.json().settings.ticketReferencePrefix).toBe('#');
    for (const bad of ['', '12', 'T1', 'a b', '(.*)', '[#', 'x'.repeat(17), 5]) {
      const res = await patchPrefix(s, bad);
      expect(res.statusCode, String(bad)).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
    }
    const ok = await patchPrefix(s, 'Zgł#');
    expect(ok.statusCode).toBe(200);
    expect(ok.json().settings.ticketReferencePrefix).toBe('Zgł#');
  });

  it("puts the custom reference into replies and threads the customer's answer by it", async () => {
    const { s, mailbox } = await setupMailbox(k);
    expect((await patchPrefix(s, 'Zgł#')).statusCode).toBe(200);
    const jan = `jan-${uniq()}@customer.test`;
    await customerWrites(mailbox.address, `Jan <${jan}>`, 'Zwrot pieniędzy', 'Proszę o zwrot.');
    const [t] = await ticketsOf(k, s);
    const { mail: sent } = await replyAndReceive(k, sink, s, t!.id, {
      body: { html: '<p>Zwrot przyjęty.</p>' },
    });
    expect(sent.subject).toBe(`Re: Zwrot pieniędzy [Zgł#${t!.number}]`);

    // From another device: no In-Reply-To or References, only the subject names the ticket.
    await customerWrites(mailbox.address, jan, `Odp: ${sent.subject}`, 'Dziękuję, czekam.');
    // An older reply with the default reference still threads too.
    await customerWrites(mailbox.address, jan, `Re: Zwrot [#${t!.number}]`, 'Jeszcze jedno pytanie.');
    expect(await ticketsOf(k, s)).toHaveLength(1);
    const texts = (await messagesOf(k, s, t!.id)).map((m) => m.bodyText);
    expect(texts).toEqual([
      'Proszę o zwrot.',
      'Zwrot przyjęty.',
      'Dziękuję, czekam.',
      'Jeszcze jedno pytanie.',
    ]);

    // Another customer quoting the reference opens a ticket of their own.
    await customerWrites(mailbox.address, `eva-${uniq()}@customer.test`, `Re: [Zgł#${t!.number}]`, 'A ja?');
    expect(await ticketsOf(k, s)).toHaveLength(2);
  });

  it('acknowledges a new ticket with the custom reference', async () => {
    const { s, mailbox } = await setupMailbox(k, {
      autoAck: true,
      autoAckTemplates: {
        pl: { subject: 'Mamy to: {{ticket.subject}}', body: 'Zgłoszenie {{ticket.number}}.' },
      },
    });
    expect((await patchPrefix(s, 'Ticket#')).statusCode).toBe(200);
    const sender = `ack-${uniq()}@customer.test`;
    const before = sink.received.length;
    await customerWrites(mailbox.address, sender, 'Reklamacja', 'Buty się rozkleiły.');
    const ack = await eventually(async () =>
      sink.received.slice(before).find((m) => m.to && JSON.stringify(m.to).includes(sender)),
    );
    const [t] = await ticketsOf(k, s);
    expect(ack.subject).toBe(`Mamy to: Reklamacja [Ticket#${t!.number}]`);
  });
});
