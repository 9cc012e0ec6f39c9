import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import type { ParsedMail } from 'mailparser';
import {
  deliver,
  eml,
  eventually,
  messagesOf,
  setupMailbox,
  startEmailKontakt,
  ticketsOf,
  uniq,
} from './email.test-kit.ts';

const { k, sink } = await startEmailKontakt();

/** An SMTP server that refuses one recipient for good (550), as a receiving MX does. */
const refusing = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onRcptTo: (address, _s, cb) =>
    cb(Object.assign(new Error('5.1.1 <nobody@klient.test>: mailbox unavailable'), { responseCode: 550 })),
  onData: (stream, _s, cb) => stream.on('end', () => cb()).resume(),
});
await new Promise<void>((r) => refusing.listen(0, '127.0.0.1', () => r()));
afterAll(() => new Promise<void>((r) => refusing.close(() => r())));

const to = (m: ParsedMail) => [m.to].flat().flatMap((a) => a?.value.map((x) => x.address) ?? []);

/** Texts in the three languages, with every placeholder. */
const mailboxTexts = {
  autoAck: true,
  autoAckTemplates: {
    pl: {
      subject: 'Przyjęliśmy: {{ticket.subject}}',
      body: 'Dzień dobry {{customer.name}}, numer {{ticket.number}}.',
    },
    cs: {
      subject: 'Přijali jsme: {{ticket.subject}}',
      body: 'Dobrý den {{customer.name}}, číslo {{ticket.number}}.',
    },
    en: {
      subject: 'Received: {{ticket.subject}}',
      body: 'Hello {{customer.name}}, number {{ticket.number}}.',
    },
  },
  signatures: { pl: 'Zespół obsługi', cs: 'Zákaznická podpora', en: 'Customer care' },
};

async function upload(
  s: { headers: Record<string, string> },
  ticketId: string,
  name: string,
  content: string,
) {
  const boundary = `----kontakt${uniq()}`;
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const res = await k.inject({
    method: 'POST',
    url: `/api/v1/tickets/${ticketId}/attachments`,
    headers: { ...s.headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: body,
  });
  expect(res.statusCode).toBe(201);
  return res.json().id as string;
}

describe('acknowledgements and replies in the customer’s language', () => {
  it.each([
    [
      'cs',
      'Dobrý den, objednávka číslo 123 ještě nedorazila, prosím o řešení.',
      'Přijali jsme',
      'Zákaznická podpora',
    ],
    ['pl', 'Dzień dobry, zamówienie nr 123 nie dotarło, proszę o pomoc.', 'Przyjęliśmy', 'Zespół obsługi'],
    [
      'en',
      'Hello, my order has not arrived yet, please have a look. Thank you.',
      'Received',
      'Customer care',
    ],
  ])(
    'answers a %s mail with its language’s template and signature, and mails files',
    async (_lang, text, ackWord, sig) => {
      const { s, mailbox } = await setupMailbox(k, mailboxTexts);
      const sender = `klient-${uniq()}@klient.test`;
      const before = sink.received.length;
      await deliver(
        k,
        eml({ from: `Věra Nováková <${sender}>`, to: mailbox.address, subject: 'Objednávka', body: text }),
        {
          from: sender,
          to: [mailbox.address],
        },
      );
      const [t] = await ticketsOf(k, s);
      const ack = (await sink.waitFor(before + 1))[before]!;
      expect(ack.subject).toBe(`${ackWord}: Objednávka [#${t!.number}]`);
      expect(ack.text).toContain(`Věra Nováková`);
      expect(ack.text).toContain(String(t!.number));
      const fileId = await upload(s, t!.id, 'faktura žluťoučká.pdf', '%PDF-1.4 faktura');
      const reply = await k.inject({
        method: 'POST',
        url: `/api/v1/tickets/${t!.id}/messages`,
        headers: s.headers,
        payload: { body: { html: '<p>Posíláme fakturu.</p>' }, attachmentIds: [fileId] },
      });
      expect(reply.statusCode).toBe(201);
      const mail = (await sink.waitFor(before + 2))[before + 1]!;
      expect(to(mail)).toEqual([sender]);
      expect(mail.text).toContain(sig);
      expect(mail.html).toContain(sig);
      expect(mail.attachments.map((a) => [a.filename, a.content.toString()])).toEqual([
        ['faktura žluťoučká.pdf', '%PDF-1.4 faktura'],
      ]);
    },
  );
});

describe('outbox status', () => {
  it('marks a reply the receiving server refuses for good as failed, with its answer', async () => {
    const port = (refusing.server.address() as AddressInfo).port;
    const { s, mailbox } = await setupMailbox(k, { outboundSmtpUrl: `smtp://127.0.0.1:${port}` });
    await deliver(k, eml({ from: 'nobody@klient.test', to: mailbox.address, subject: 'Zwrot' }), {
      from: 'nobody@klient.test',
      to: [mailbox.address],
    });
    const [t] = await ticketsOf(k, s);
    const reply = await k.inject({
      method: 'POST',
      url: `/api/v1/tickets/${t!.id}/messages`,
      headers: s.headers,
      payload: { body: { text: 'Dzień dobry' } },
    });
    const failed = await eventually(async () => {
      const m = (await messagesOf(k, s, t!.id)).find((x) => x.id === reply.json().id);
      return m?.delivery?.status === 'failed' ? m : null;
    });
    expect(failed.delivery!.error).toContain('550');
    expect(failed.delivery!.error).toContain('mailbox unavailable');
  });
});
