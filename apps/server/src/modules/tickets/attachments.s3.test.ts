import { createHash, randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { startTestKontakt } from '../../../test/harness.ts';
import { orgWithAdmin, type Session } from '../../../test/factories.ts';
import { multipartFile } from '../../../test/multipart.ts';
import { S3Peer } from '../../../test/s3-peer.ts';
import { S3BlobStore } from '../../platform/s3-blob-store.ts';

// Stopped after Kontakt: after-hooks run in reverse order of registration.
const peer = await new S3Peer().start();
afterAll(() => peer.stop());
const k = await startTestKontakt({ env: peer.env({ S3_PREFIX: 'kontakt' }) });

async function upload(s: Session, ticketId: string, name: string, content: Buffer) {
  const { payload, contentType } = multipartFile(name, content);
  return k.inject({
    method: 'POST',
    url: `/api/v1/tickets/${ticketId}/attachments`,
    headers: { ...s.headers, 'content-type': contentType },
    payload,
  });
}

async function newTicket(s: Session) {
  const res = await k.inject({
    method: 'POST',
    url: '/api/v1/tickets',
    headers: s.headers,
    payload: { subject: 'Reklamacja – zdjęcia' },
  });
  return res.json() as { id: string };
}

describe('attachments with S3 storage (S3_BUCKET set)', () => {
  it('uploads a file into the bucket once and downloads it byte for byte; a lost object is 404', async () => {
    expect(k.deps.blobs).toBeInstanceOf(S3BlobStore);
    const { session: s } = await orgWithAdmin(k);
    const t = await newTicket(s);
    const bytes = randomBytes(2 * 1024 * 1024 + 3);
    const sha = createHash('sha256').update(bytes).digest('hex');

    const up = await upload(s, t.id, 'zdjęcie.jpg', bytes);
    expect(up.statusCode).toBe(201);
    const again = await upload(s, t.id, 'to samo.jpg', bytes);
    expect(again.statusCode).toBe(201);
    expect(await peer.keys()).toEqual([`kontakt/${sha.slice(0, 2)}/${sha}`]);

    const dl = await k.inject({ method: 'GET', url: up.json().url, headers: s.headers });
    expect(dl.statusCode).toBe(200);
    expect(dl.headers['content-length']).toBe(String(bytes.length));
    expect(dl.rawPayload.equals(bytes)).toBe(true);

    await peer.remove(`kontakt/${sha.slice(0, 2)}/${sha}`);
    const lost = await k.inject({ method: 'GET', url: again.json().url, headers: s.headers });
    expect(lost.statusCode).toBe(404);
    expect(lost.json().error.code).toBe('not_found');
  });

  it('refuses a file over ATTACHMENT_MAX_MB with 413 and stores nothing of it', async () => {
    const { session: s } = await orgWithAdmin(k);
    const t = await newTicket(s);
    const before = await peer.keys();
    const big = await upload(s, t.id, 'big.bin', Buffer.alloc(25 * 1024 * 1024 + 1, 7));
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('attachment_too_large');
    expect(await peer.keys()).toEqual(before);
  });
});
