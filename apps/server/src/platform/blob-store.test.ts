import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { S3Peer } from '../../test/s3-peer.ts';
import { BlobNotFoundError, BlobTooLargeError, LocalBlobStore, type BlobStore } from './blob-store.ts';
import { loadConfig } from './config.ts';
import { S3BlobStore } from './s3-blob-store.ts';

/** One store under test, how to list what it keeps, and the folder its uploads pass through. */
interface Fixture {
  store: BlobStore;
  /** Names of the stored objects (files on disk, keys in the bucket). */
  stored(): Promise<string[]>;
  /** Where an upload is spooled before it is stored; must be empty between puts. */
  spoolDir: string;
  close(): Promise<void>;
}

const listFiles = async (dir: string) =>
  (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);

const stores: Array<{ name: string; make: () => Promise<Fixture> }> = [
  {
    name: 'LocalBlobStore',
    async make() {
      const dir = await mkdtemp(join(tmpdir(), 'kontakt-blobs-'));
      const store = new LocalBlobStore(dir);
      return {
        store,
        spoolDir: join(dir, 'tmp'),
        stored: async () => (await listFiles(dir)).filter((f) => /^[0-9a-f]{64}$/.test(f)),
        close: () => rm(dir, { recursive: true, force: true }),
      };
    },
  },
  {
    name: 'S3BlobStore',
    async make() {
      const peer = await new S3Peer().start();
      const spoolDir = await mkdtemp(join(tmpdir(), 'kontakt-spool-'));
      const store = new S3BlobStore(loadConfig(peer.env()).s3!, undefined, spoolDir);
      return {
        store,
        spoolDir,
        stored: () => peer.keys(),
        async close() {
          store.close();
          await peer.stop();
          await rm(spoolDir, { recursive: true, force: true });
        },
      };
    },
  },
];

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** A stream of `bytes` in 64 KiB chunks, like an upload arriving over the network. */
const chunked = (bytes: Buffer) =>
  Readable.from(
    (function* () {
      for (let i = 0; i < bytes.length; i += 65_536) yield bytes.subarray(i, i + 65_536);
    })(),
  );

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

describe.each(stores)('$name (the blob store contract)', ({ make }) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await make();
  });
  afterAll(() => f?.close());

  it('stores a stream under its SHA-256 and gives the same bytes back', async () => {
    const bytes = randomBytes(3 * 1024 * 1024 + 17);
    const stored = await f.store.put(chunked(bytes), 10 * 1024 * 1024);
    expect(stored).toEqual({ sha256: sha256(bytes), size: bytes.length });
    expect(await f.store.exists(stored.sha256)).toBe(true);
    expect((await readAll(await f.store.open(stored.sha256))).equals(bytes)).toBe(true);
    expect(await listFiles(f.spoolDir).catch(() => [])).toEqual([]);
  });

  it('keeps the same bytes once, and different bytes apart', async () => {
    const before = await f.stored();
    const bytes = randomBytes(50_000);
    const first = await f.store.put(Readable.from([bytes]), 1_000_000);
    const [again, other] = await Promise.all([
      f.store.put(chunked(bytes), 1_000_000),
      f.store.put(Readable.from([Buffer.concat([bytes, Buffer.from('!')])]), 1_000_000),
    ]);
    expect(again.sha256).toBe(first.sha256);
    expect(other.sha256).not.toBe(first.sha256);
    const added = (await f.stored()).filter((k) => !before.includes(k));
    expect(added).toHaveLength(2);
    expect(added.some((k) => k.endsWith(first.sha256))).toBe(true);
  });

  it('refuses a stream over the limit while it streams, storing nothing; the limit itself fits', async () => {
    const before = await f.stored();
    const tooBig = randomBytes(200_001);
    await expect(f.store.put(chunked(tooBig), 200_000)).rejects.toBeInstanceOf(BlobTooLargeError);
    expect(await f.store.exists(sha256(tooBig))).toBe(false);
    expect(await f.stored()).toEqual(before);
    expect(await listFiles(f.spoolDir).catch(() => [])).toEqual([]);
    const exact = await f.store.put(chunked(tooBig.subarray(0, 200_000)), 200_000);
    expect(exact.size).toBe(200_000);
  });

  it('answers a missing blob with BlobNotFoundError, and never takes a name for a path', async () => {
    const missing = sha256(Buffer.from('never stored'));
    expect(await f.store.exists(missing)).toBe(false);
    await expect(f.store.open(missing)).rejects.toBeInstanceOf(BlobNotFoundError);
    await expect(f.store.open('../../etc/passwd')).rejects.toBeInstanceOf(BlobNotFoundError);
    expect(await f.store.exists('../tmp')).toBe(false);
  });

  it('stores an empty file', async () => {
    const stored = await f.store.put(Readable.from([]), 10);
    expect(stored).toEqual({ sha256: sha256(Buffer.alloc(0)), size: 0 });
    expect((await readAll(await f.store.open(stored.sha256))).length).toBe(0);
  });
});
