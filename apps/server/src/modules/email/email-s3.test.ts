import { createHash, randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { multipartFile } from '../../../test/multipart.ts';
import { S3Peer } from '../../../test/s3-peer.ts';
import {
  deliver,
  eml,
  messagesOf,
  replyAndReceive,
  setupMailbox,
  startEmailKontakt,
  ticketsOf,
} from './email.test-kit.ts';

// Stopped after Kontakt: after-hooks run in reverse order of registration.
const peer = await new S3Peer().start();
afterAll(() => peer.stop());
// An empty BLOB_DIR counts as unset, so the kit's local folder gives way to the bucket.
const { k, sink } = await startEmailKontakt({ ...peer.env(), BLOB_DIR: '' });

const keyOf = (bytes: Buffer | string) => {
  const sha = createHash('sha256').update(bytes).digest('hex');
  return `${sha.slice(0, 2)}/${sha}`;
};

describe('e-mail with S3 storage', () => {
  it('keeps the raw message in the bucket, mails a reply with an attachment read from it, and 404s a lost source', async () => {
    const { s, mailbox } = await setupMailbox(k);
    const raw = eml({
      from: 'eva@customer.test',
      to: mailbox.address,
      subject: 'Faktura',
      body: 'Dzień dobry',
    });
    await deliver(k, raw, { from: 'eva@customer.test', to: [mailbox.address] });
    const [t] = await ticketsOf(k, s);
    const [inbound] = await messagesOf(k, s, t!.id);
    const source = await k.inject({
      method: 'GET',
      url: `/api/v1/messages/${inbound!.id}/raw`,
      headers: s.headers,
    });
    expect(source.statusCode).toBe(200);
    expect(source.body).toContain('Subject: Faktura');
    expect(await peer.keys()).toContain(keyOf(source.rawPayload));

    const pdf = randomBytes(300_000);
    const { payload, contentType } = multipartFile('faktura.pdf', pdf, 'application/pdf');
    const up = await k.inject({
      method: 'POST',
      url: `/api/v1/tickets/${t!.id}/attachments`,
      headers: { ...s.headers, 'content-type': contentType },
      payload,
    });
    expect(up.statusCode).toBe(201);
    const { mail } = await replyAndReceive(k, sink, s, t!.id, {
      body: { text: 'W załączniku faktura.' },
      attachmentIds: [up.json().id],
    });
    expect(mail.attachments.map((a) => a.filename)).toEqual(['faktura.pdf']);
    expect(mail.attachments[0]!.content.equals(pdf)).toBe(true);

    await peer.remove(keyOf(source.rawPayload));
    const lost = await k.inject({
      method: 'GET',
      url: `/api/v1/messages/${inbound!.id}/raw`,
      headers: s.headers,
    });
    expect(lost.statusCode).toBe(404);
    expect(lost.json().error.code).toBe('not_found');
  });
});
