import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import nodemailer from 'nodemailer';
import { startTestKontakt, type TestKontakt } from '../../../test/harness.ts';
import { SmtpSink } from '../../../test/smtp-sink.ts';
import { buildQueue, orgWithAdmin, type Session } from '../../../test/factories.ts';

/** A Kontakt with its SMTP listener on loopback and a sink for outbound mail. */
export async function startEmailKontakt(env: Record<string, string> = {}) {
  const sink = await new SmtpSink().start();
  const k = await startTestKontakt({
    env: {
      INBOUND_SMTP_PORT: '0',
      INBOUND_SMTP_HOST: '127.0.0.1',
      SMTP_URL: sink.url,
      PUBLIC_URL: 'https://kontakt.example',
      EMAIL_RETRY_DELAY_SECONDS: '1',
      BLOB_DIR: mkdtempSync(join(tmpdir(), 'kontakt-email-')),
      ...env,
    },
  });
  return { k, sink };
}

export const uniq = () => randomBytes(4).toString('hex');

/** An agent's public reply posted on a ticket (must answer 201), and the e-mail it became at the sink. */
export async function replyAndReceive(
  k: TestKontakt,
  sink: SmtpSink,
  s: Session,
  ticketId: string,
  payload: Record<string, unknown>,
) {
  const before = sink.received.length;
  const reply = await k.inject({
    method: 'POST',
    url: `/api/v1/tickets/${ticketId}/messages`,
    headers: s.headers,
    payload,
  });
  if (reply.statusCode !== 201) throw new Error(`reply: ${reply.statusCode} ${reply.body}`);
  const mail = (await sink.waitFor(before + 1))[before]!;
  return { reply, mail };
}

/** An organization with an admin and a mailbox (auto-acknowledgement off unless asked). */
export async function setupMailbox(k: TestKontakt, over: Record<string, unknown> = {}) {
  const { org, admin, session } = await orgWithAdmin(k);
  const queue = await buildQueue(k, org);
  const address = `help-${uniq()}@shop.test`;
  const res = await k.inject({
    method: 'POST',
    url: '/api/v1/mailboxes',
    headers: session.headers,
    payload: { address, displayName: 'Shop Help', queueId: queue.id, ...over },
  });
  if (res.statusCode !== 201) throw new Error(`mailbox: ${res.statusCode} ${res.body}`);
  return { org, admin, s: session, queue, mailbox: res.json() as { id: string; address: string } };
}

/** Delivers a raw message to Kontakt's listener over real SMTP. */
export async function deliver(
  k: TestKontakt,
  raw: string | Buffer,
  envelope: { from: string; to: string[] },
) {
  const t = nodemailer.createTransport({
    host: '127.0.0.1',
    port: k.smtp!.port,
    secure: false,
    ignoreTLS: true,
  });
  try {
    return await t.sendMail({ envelope, raw });
  } finally {
    t.close();
  }
}

/** A minimal RFC 5322 message. */
export function eml(h: {
  from: string;
  to: string;
  subject: string;
  body?: string;
  messageId?: string | null;
  headers?: Record<string, string>;
}): string {
  const lines = [
    `From: ${h.from}`,
    `To: ${h.to}`,
    `Subject: ${h.subject}`,
    `Date: Mon, 02 Nov 2026 10:00:00 +0100`,
    ...(h.messageId === null ? [] : [`Message-ID: ${h.messageId ?? `<${uniq()}@customer.test>`}`]),
    ...Object.entries(h.headers ?? {}).map(([k, v]) => `${k}: ${v}`),
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    h.body ?? 'Hello',
    '',
  ];
  return lines.join('\r\n');
}

/** Tickets of the organization, newest first. */
export async function ticketsOf(k: TestKontakt, s: Session) {
  const res = await k.inject({ method: 'GET', url: '/api/v1/tickets?limit=200', headers: s.headers });
  return res.json().items as Array<{
    id: string;
    number: number;
    subject: string;
    status: string;
    tags: string[];
    customerId: string | null;
  }>;
}

export async function messagesOf(k: TestKontakt, s: Session, ticketId: string) {
  const res = await k.inject({
    method: 'GET',
    url: `/api/v1/tickets/${ticketId}/messages`,
    headers: s.headers,
  });
  return res.json().items as Array<{
    id: string;
    bodyText: string;
    bodyHtml: string;
    direction: string;
    authorType: string;
    attachments: Array<{ id: string; filename: string; contentType: string }>;
    delivery?: { status: string; error: string | null } | null;
  }>;
}

/** Polls until `check` returns a value (tests never assert timings). */
export async function eventually<T>(
  check: () => Promise<T | null | undefined | false>,
  ms = 20_000,
): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > until) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}
