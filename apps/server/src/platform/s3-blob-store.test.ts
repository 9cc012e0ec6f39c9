import { Readable, Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { S3Peer } from '../../test/s3-peer.ts';
import { createBlobStore } from './blob-storage.ts';
import { loadConfig } from './config.ts';
import { S3BlobStore } from './s3-blob-store.ts';

const SECRET = 'not-the-S3RVER-secret-0123456789';

let peer: S3Peer;
beforeAll(async () => {
  peer = await new S3Peer().start();
});
afterAll(() => peer?.stop());

/** A logger whose JSON lines are kept in memory, to look for what must not be there. */
function capturedLogger() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      lines.push(chunk.toString());
      cb();
    },
  });
  return { log: pino({ level: 'trace' }, sink), text: () => lines.join('') };
}

describe('S3BlobStore on an S3 peer', () => {
  it('keeps blobs under S3_PREFIX, sharded by the first two hex digits', async () => {
    const store = new S3BlobStore(loadConfig(peer.env({ S3_PREFIX: 'tenant-a/blobs' })).s3!);
    try {
      const { sha256 } = await store.put(Readable.from([Buffer.from('faktura')]), 100);
      expect(await peer.keys()).toContain(`tenant-a/blobs/${sha256.slice(0, 2)}/${sha256}`);
    } finally {
      store.close();
    }
  });

  it('is checked at start: a wrong key stops it with one clear line that holds no secret', async () => {
    const { log, text } = capturedLogger();
    const config = loadConfig(peer.env({ S3_ACCESS_KEY_ID: 'AKIAWRONG', S3_SECRET_ACCESS_KEY: SECRET }));
    const err = (await createBlobStore(config, log).catch((e: unknown) => e)) as Error;
    expect(err).toBeInstanceOf(Error);
    expect(err.message).toMatch(
      /^S3 bucket "kontakt-test" at 127\.0\.0\.1:\d+ is not usable: HTTP 403, access denied \(check S3_ACCESS_KEY_ID/,
    );
    expect(`${err.message} ${JSON.stringify(err)} ${err.stack}`).not.toContain(SECRET);
    expect(text()).not.toContain(SECRET);
  });

  it('is checked at start: a bucket that does not exist is named', async () => {
    const { log } = capturedLogger();
    const config = loadConfig(peer.env({ S3_BUCKET: 'no-such-bucket' }));
    await expect(createBlobStore(config, log)).rejects.toThrow(/"no-such-bucket".*HTTP 404/);
  });

  it('says where blobs go when it starts, without credentials', async () => {
    const { log, text } = capturedLogger();
    const config = loadConfig(peer.env({ S3_SECRET_ACCESS_KEY: 'S3RVER' }));
    const store = await createBlobStore(config, log);
    store.close();
    expect(store).toBeInstanceOf(S3BlobStore);
    expect(text()).toContain('attachments are stored in S3');
    expect(text()).toContain('kontakt-test');
    expect(text()).not.toContain('S3RVER');
  });
});
