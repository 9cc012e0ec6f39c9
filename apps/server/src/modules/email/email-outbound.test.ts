import { describe, expect, it } from 'vitest';
import type { ParsedMail } from 'mailparser';
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

const { k, sink } = await startEmailKontakt();
const addr = (m: ParsedMail, f: 'to' | 'cc') => {
  const v = m[f];
  return (Array.isArray(v) ? v : v ? [v] : []).flatMap((a) => a.value.map((x) => x.address));
};

async function customerWrites(mailbox: string, over: { cc?: string; replyTo?: string } = {}) {
  const id = `<${uniq()}@customer.test>`;
  const headers: Record<string, string> = {};
  if (over.cc) headers.Cc = over.cc;
  if (over.replyTo) headers['Reply-To'] = over.replyTo;
  await deliver(
    k,
    eml({ from: 'Eva <eva@customer.test>', to: mailbox, subject: 'Re: RE: Faktura', messageId: id, headers }),
    {
      from: 'eva@customer.test',
      to: [mailbox],
    },
  );
  return id;
}

describe('outbound e-mail replies', () => {
  it('mails an agent reply that the customer client threads, and threads the answer back', async () => {
    const { s, mailbox } = await setupMailbox(k, { signatures: { en: 'Shop team' } });
    const first = await customerWrites(mailbox.address, {
      cc: 'boss@customer.test, ' + mailbox.address,
      replyTo: 'eva.work@customer.test',
    });
    const [t] = await ticketsOf(k, s);
    const { reply, mail } = await replyAndReceive(k, sink, s, t!.id, {
      body: { html: '<p>We are <b>on it</b>.</p>' },
    });
    expect(mail.subject).toBe(`Re: Faktura [#${t!.number}]`);
    expect(mail.inReplyTo).toBe(first);
    expect([mail.references].flat()).toContain(first);
    expect(addr(mail, 'to')).toEqual(['eva.work@customer.test']);
    expect(addr(mail, 'cc')).toEqual(['boss@customer.test']);
    expect(mail.messageId).toMatch(/@kontakt\.example>$/);
    expect(mail.text).toContain('We are on it.');
    expect(mail.text).toContain('Shop team');
    expect(mail.html).toContain('<b>on it</b>');
    const delivered = await eventually(async () => {
      const m = (await messagesOf(k, s, t!.id)).find((x) => x.id === reply.json().id);
      return m?.delivery?.status === 'sent' ? m : null;
    });
    expect(delivered.delivery).toEqual({ status: 'sent', error: null });
    // The customer's client answers our message: it threads by In-Reply-To into the same ticket.
    await deliver(
      k,
      eml({
        from: 'eva@customer.test',
        to: mailbox.address,
        subject: mail.subject!,
        body: 'Thanks',
        headers: { 'In-Reply-To': mail.messageId! },
      }),
      { from: 'eva@customer.test', to: [mailbox.address] },
    );
    expect(await ticketsOf(k, s)).toHaveLength(1);
    expect((await messagesOf(k, s, t!.id)).at(-1)!.bodyText).toBe('Thanks');
  });

  it('marks the reply bounced with the reason of a delivery status notification', async () => {
    const { s, mailbox } = await setupMailbox(k);
    await customerWrites(mailbox.address);
    const [t] = await ticketsOf(k, s);
    const { reply, mail: sent } = await replyAndReceive(k, sink, s, t!.id, { body: { text: 'Hi' } });
    const dsn = [
      'From: Mail Delivery System <MAILER-DAEMON@mx.customer.test>',
      `To: ${mailbox.address}`,
      'Subject: Undelivered Mail Returned to Sender',
      `Message-ID: <${uniq()}@mx.customer.test>`,
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
      '',
      '--B',
      'Content-Type: text/plain',
      '',
      'Your message could not be delivered.',
      '--B',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.customer.test',
      '',
      'Final-Recipient: rfc822; eva@customer.test',
      'Action: failed',
      'Status: 5.1.1',
      'Diagnostic-Code: smtp; 550 5.1.1 <eva@customer.test>: Recipient address rejected',
      '--B',
      'Content-Type: text/rfc822-headers',
      '',
      `Message-ID: ${sent.messageId}`,
      `Subject: ${sent.subject}`,
      '--B--',
      '',
    ].join('\r\n');
    await deliver(k, dsn, { from: '', to: [mailbox.address] });
    const m = await eventually(async () => {
      const x = (await messagesOf(k, s, t!.id)).find((y) => y.id === reply.json().id);
      return x?.delivery?.status === 'bounced' ? x : null;
    });
    expect(m.delivery!.error).toContain('5.1.1');
    expect(m.delivery!.error).toContain('Recipient address rejected');
    expect(await ticketsOf(k, s)).toHaveLength(1);
  });
});

describe('auto-replies and acknowledgements', () => {
  const templates = {
    en: { subject: 'Got it: {{ticket.subject}}', body: 'Hello {{customer.name}}, ticket {{ticket.number}}.' },
  };

  it('acknowledges a new ticket once, threaded, and at most N times per sender per hour', async () => {
    const { s, mailbox } = await setupMailbox(k, { autoAck: true, autoAckTemplates: templates });
    const sender = `ack-${uniq()}@customer.test`;
    const before = sink.received.length;
    for (let i = 0; i < 4; i++) {
      await deliver(k, eml({ from: `Ola <${sender}>`, to: mailbox.address, subject: `Question ${i}` }), {
        from: sender,
        to: [mailbox.address],
      });
    }
    const acks = await eventually(async () => {
      const got = sink.received.slice(before).filter((m) => addr(m, 'to').includes(sender));
      return got.length >= 3 ? got : null;
    });
    await new Promise((r) => setTimeout(r, 1500));
    expect(sink.received.slice(before).filter((m) => addr(m, 'to').includes(sender))).toHaveLength(3);
    const tickets = await ticketsOf(k, s);
    const t0 = tickets.find((t) => t.subject === 'Question 0')!;
    const ack = acks.find((m) => m.subject?.includes(`[#${t0.number}]`))!;
    expect(ack.subject).toBe(`Got it: Question 0 [#${t0.number}]`);
    expect(ack.text).toContain(`Hello Ola, ticket ${t0.number}.`);
    expect(ack.headers.get('auto-submitted')).toBe('auto-replied');
  });

  it('stores an auto-reply without reopening the solved ticket and without acknowledging it', async () => {
    const { s, mailbox } = await setupMailbox(k, { autoAck: true, autoAckTemplates: templates });
    const vacationSender = `vac-${uniq()}@customer.test`;
    const first = `<${uniq()}@customer.test>`;
    await deliver(k, eml({ from: vacationSender, to: mailbox.address, subject: 'Order', messageId: first }), {
      from: vacationSender,
      to: [mailbox.address],
    });
    const [t] = await ticketsOf(k, s);
    await eventually(async () => sink.received.some((m) => addr(m, 'to').includes(vacationSender)));
    const current = (
      await k.inject({ method: 'GET', url: `/api/v1/tickets/${t!.id}`, headers: s.headers })
    ).json();
    const solved = await k.inject({
      method: 'PATCH',
      url: `/api/v1/tickets/${t!.id}`,
      headers: s.headers,
      payload: { version: current.version, status: 'solved' },
    });
    expect(solved.statusCode).toBe(200);
    const before = sink.received.length;
    await deliver(
      k,
      eml({
        from: vacationSender,
        to: mailbox.address,
        subject: 'Automatische Antwort: Order',
        headers: { 'In-Reply-To': first, 'Auto-Submitted': 'auto-replied' },
      }),
      { from: vacationSender, to: [mailbox.address] },
    );
    await deliver(
      k,
      eml({
        from: vacationSender,
        to: mailbox.address,
        subject: 'Odpowiedź automatyczna: jestem na urlopie',
      }),
      { from: vacationSender, to: [mailbox.address] },
    );
    const tickets = await ticketsOf(k, s);
    expect(tickets).toHaveLength(2);
    expect(tickets.find((x) => x.id === t!.id)!.status).toBe('solved');
    expect(await messagesOf(k, s, t!.id)).toHaveLength(3); // question, its acknowledgement, the auto-reply
    await new Promise((r) => setTimeout(r, 1500));
    expect(sink.received.slice(before)).toHaveLength(0);
  });
});
