import { createHash, createPublicKey, generateKeyPairSync, verify, type KeyObject } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { mailboxes } from './email.table.ts';
import { deliver, eml, messagesOf, setupMailbox, startEmailKontakt, ticketsOf } from './email.test-kit.ts';

/** An SMTP server on loopback that keeps the exact bytes it receives (a signature covers bytes). */
class RawSink {
  readonly received: Buffer[] = [];
  private server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData: (stream, _s, cb) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        this.received.push(Buffer.concat(chunks));
        cb();
      });
    },
  });
  url = '';
  async start() {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', () => r()));
    this.url = `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`;
    return this;
  }
  async next(count: number): Promise<Buffer> {
    for (let i = 0; i < 400 && this.received.length < count; i++) await new Promise((r) => setTimeout(r, 50));
    if (this.received.length < count) throw new Error('nothing received');
    return this.received[count - 1]!;
  }
  close = () => new Promise<void>((r) => this.server.close(() => r()));
}

/**
 * Verifies the first DKIM-Signature of a raw message (RFC 6376 relaxed/relaxed; rsa-sha256 and
 * RFC 8463 ed25519-sha256) against `publicKey`, as a receiving server does after its DNS look-up.
 */
function dkimVerifies(raw: Buffer, publicKey: KeyObject): { ok: boolean; tags: Record<string, string> } {
  const text = raw.toString('latin1');
  const split = text.indexOf('\r\n\r\n');
  const fields = text
    .slice(0, split)
    .split(/\r\n(?![ \t])/)
    .map((f) => ({ name: f.slice(0, f.indexOf(':')).trim().toLowerCase(), raw: f }));
  const canon = (f: string) => {
    const i = f.indexOf(':');
    return `${f.slice(0, i).trim().toLowerCase()}:${f
      .slice(i + 1)
      .replace(/\r\n/g, '')
      .replace(/[ \t]+/g, ' ')
      .trim()}`;
  };
  const sigField = fields.find((f) => f.name === 'dkim-signature')!;
  const tags = Object.fromEntries(
    canon(sigField.raw)
      .slice('dkim-signature:'.length)
      .split(';')
      .map((t) => t.trim())
      .filter(Boolean)
      .map((t) => [t.slice(0, t.indexOf('=')), t.slice(t.indexOf('=') + 1).replace(/\s+/g, '')]),
  );
  const lines = text
    .slice(split + 4)
    .split('\r\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').replace(/ $/, ''));
  while (lines.length && lines.at(-1) === '') lines.pop();
  const body = lines.length ? lines.join('\r\n') + '\r\n' : '';
  if (createHash('sha256').update(body, 'latin1').digest('base64') !== tags.bh) return { ok: false, tags };
  const used = new Map<string, number>();
  const headers = tags.h!.split(':').map((name) => {
    const all = fields.filter((f) => f.name === name.toLowerCase());
    const n = used.get(name) ?? 0;
    used.set(name, n + 1);
    const f = all[all.length - 1 - n];
    return f ? canon(f.raw) + '\r\n' : '';
  });
  const data = headers.join('') + canon(sigField.raw).replace(/b=[^;]*$/, 'b=');
  const sig = Buffer.from(tags.b!, 'base64');
  const ok =
    tags.a === 'ed25519-sha256'
      ? verify(null, createHash('sha256').update(data, 'latin1').digest(), publicKey, sig)
      : verify('sha256', Buffer.from(data, 'latin1'), publicKey, sig);
  return { ok, tags };
}

const sink = await new RawSink().start();
const { k } = await startEmailKontakt();
afterAll(async () => {
  await k.close();
  await sink.close();
});

/** The public key a receiving server builds from the TXT record Kontakt tells the admin to publish. */
function keyFromDnsRecord(value: string): KeyObject {
  const tags = Object.fromEntries(value.split(';').map((t) => t.trim().split('=') as [string, string]));
  const p = Buffer.from(tags.p!, 'base64');
  // Ed25519 records carry the bare key (RFC 8463); wrap it in its SPKI header for Node.
  const der = tags.k === 'ed25519' ? Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), p]) : p;
  return createPublicKey({ key: der, format: 'der', type: 'spki' });
}

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const ed = generateKeyPairSync('ed25519');
const pem = (key: KeyObject) =>
  key.export({ type: key.type === 'public' ? 'spki' : 'pkcs8', format: 'pem' }).toString();

/** A customer writes in, an agent answers; the sink’s copy of the answer. */
async function replyThrough(privateKey: string) {
  const dkim = { domainName: 'Shop.test', keySelector: 'kontakt2026', privateKey };
  const { s, mailbox } = await setupMailbox(k, { outboundSmtpUrl: sink.url, dkim });
  await deliver(k, eml({ from: 'Jan Kowalski <jan@klient.test>', to: mailbox.address, subject: 'Faktura' }), {
    from: 'jan@klient.test',
    to: [mailbox.address],
  });
  const [t] = await ticketsOf(k, s);
  const before = sink.received.length;
  const reply = await k.inject({
    method: 'POST',
    url: `/api/v1/tickets/${t!.id}/messages`,
    headers: s.headers,
    payload: { body: { html: '<p>Dzień dobry, faktura   w załączniku.  </p>\n\n' } },
  });
  expect(reply.statusCode).toBe(201);
  const read = await k.inject({ method: 'GET', url: `/api/v1/mailboxes/${mailbox.id}`, headers: s.headers });
  const record = read.json().dkim.dnsRecord as { name: string; value: string };
  expect(record.name).toBe('kontakt2026._domainkey.shop.test');
  return {
    s,
    mailbox,
    raw: await sink.next(before + 1),
    ticketId: t!.id,
    dnsKey: keyFromDnsRecord(record.value),
  };
}

describe('DKIM signing of outbound mail', () => {
  it('signs with an RSA key (nodemailer) so the signature verifies against the public key', async () => {
    const { raw, s, mailbox, dnsKey } = await replyThrough(pem(rsa.privateKey));
    const { ok, tags } = dkimVerifies(raw, dnsKey);
    expect(ok).toBe(true);
    expect(tags).toMatchObject({ a: 'rsa-sha256', d: 'shop.test', s: 'kontakt2026', c: 'relaxed/relaxed' });
    expect(tags.h!.split(':')).toEqual(
      expect.arrayContaining(['from', 'subject', 'message-id', 'in-reply-to']),
    );
    // A changed byte in the body breaks it: the check above could fail.
    const tampered = Buffer.from(raw.toString('latin1').replace('Dzie', 'Dzia'), 'latin1');
    expect(dkimVerifies(tampered, rsa.publicKey).ok).toBe(false);
    expect(dkimVerifies(raw, generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey).ok).toBe(false);
    // The key is never returned, and stored sealed.
    const read = await k.inject({
      method: 'GET',
      url: `/api/v1/mailboxes/${mailbox.id}`,
      headers: s.headers,
    });
    expect(read.json()).toMatchObject({
      dkim: {
        domainName: 'shop.test',
        keySelector: 'kontakt2026',
        dnsRecord: { value: expect.stringMatching(/^v=DKIM1; k=rsa; p=/) },
      },
      dkimKeySet: true,
    });
    expect(read.body).not.toContain('PRIVATE KEY');
    const [row] = await k.deps.db.select().from(mailboxes).where(eq(mailboxes.id, mailbox.id));
    expect(row!.dkimPrivateKey).toMatch(/^enc:v1:/);
  });

  it('signs with an Ed25519 key (RFC 8463), and the stored .eml is the signed message', async () => {
    const { raw, s, ticketId, dnsKey } = await replyThrough(pem(ed.privateKey));
    const { ok, tags } = dkimVerifies(raw, dnsKey);
    expect(ok).toBe(true);
    expect(tags.a).toBe('ed25519-sha256');
    const sent = (await messagesOf(k, s, ticketId)).at(-1)!;
    const eml = await k.inject({ method: 'GET', url: `/api/v1/messages/${sent.id}/raw`, headers: s.headers });
    expect(dkimVerifies(eml.rawPayload, ed.publicKey).ok).toBe(true);
    expect(dnsKey.export({ type: 'spki', format: 'der' })).toEqual(
      ed.publicKey.export({ type: 'spki', format: 'der' }),
    );
  });

  it('refuses keys it cannot sign with, keeps a stored key when none is given, and forgets it on null', async () => {
    const { s, mailbox } = await setupMailbox(k);
    const patch = (dkim: unknown) =>
      k.inject({
        method: 'PATCH',
        url: `/api/v1/mailboxes/${mailbox.id}`,
        headers: s.headers,
        payload: { dkim },
      });
    const at = { domainName: 'shop.test', keySelector: 'sel' };
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
    const small = generateKeyPairSync('rsa', { modulusLength: 512 }).privateKey;
    for (const bad of ['not a key', pem(ec), pem(small), pem(rsa.publicKey)]) {
      const res = await patch({ ...at, privateKey: bad });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('dkim_key_invalid');
      expect(res.body).not.toContain('PRIVATE KEY');
    }
    const missing = await patch(at);
    expect(missing.statusCode).toBe(400);
    expect((await patch({ ...at, privateKey: pem(ed.privateKey) })).json().dkimKeySet).toBe(true);
    const moved = await patch({ domainName: 'mail.shop.test', keySelector: 'sel2' });
    expect(moved.json()).toMatchObject({
      dkim: { domainName: 'mail.shop.test', keySelector: 'sel2' },
      dkimKeySet: true,
    });
    expect((await patch(null)).json()).toMatchObject({ dkim: null, dkimKeySet: false });
  });
});
