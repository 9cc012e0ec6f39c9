import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open as openFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform, type Readable } from 'node:stream';
import { randomToken } from './crypto.ts';

export class BlobTooLargeError extends Error {}

/** The blob asked for is not stored (a record points at bytes that are gone). */
export class BlobNotFoundError extends Error {
  constructor(readonly sha256: string) {
    super(`blob ${sha256} is not stored`);
  }
}

/**
 * Content-addressed storage of files (attachments, raw e-mails): a blob's name is the SHA-256 of
 * its bytes, so the same file stored twice is kept once and a stored blob never changes.
 */
export interface BlobStore {
  /** Streams `input` into the store, refusing more than `maxBytes` (BlobTooLargeError). */
  put(input: Readable, maxBytes: number): Promise<StoredBlob>;
  exists(sha256: string): Promise<boolean>;
  /** The blob's bytes; rejects with BlobNotFoundError before any byte when it is not stored. */
  open(sha256: string): Promise<Readable>;
  /** Releases connections (a no-op on local disk). */
  close(): void;
}

export interface StoredBlob {
  sha256: string;
  size: number;
}

/** Blob names are hashes we computed; anything else must never become a path or a key. */
export const isSha256 = (name: string): boolean => /^[0-9a-f]{64}$/.test(name);

export function assertSha256(sha256: string): void {
  if (!isSha256(sha256)) throw new BlobNotFoundError(sha256);
}

/** A whole stream in memory (for blobs known to be small enough, such as one e-mail). */
export async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** The blob's bytes, or null when it is not stored (callers answer 404 then). */

export async function openIfStored(store: BlobStore, sha256: string): Promise<Readable | null> {
  try {
    return await store.open(sha256);
  } catch (err) {
    if (err instanceof BlobNotFoundError) return null;
    throw err;
  }
}

/**
 * Writes `input` to the file `path` without holding it in memory, refusing more than `maxBytes`;
 * answers its SHA-256 (hex), MD5 (base64, what S3's Content-MD5 wants) and size. The file is
 * removed when anything fails.
 */
export async function spoolToFile(
  input: Readable,
  path: string,
  maxBytes: number,
): Promise<StoredBlob & { md5: string }> {
  const sha = createHash('sha256');
  const md5 = createHash('md5');
  let size = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      size += chunk.length;
      if (size > maxBytes) return cb(new BlobTooLargeError(`larger than ${maxBytes} bytes`));
      sha.update(chunk);
      md5.update(chunk);
      cb(null, chunk);
    },
  });
  try {
    await pipeline(input, meter, createWriteStream(path));
    return { sha256: sha.digest('hex'), md5: md5.digest('base64'), size };
  } catch (err) {
    await rm(path, { force: true });
    throw err;
  }
}

/** The blob store on local disk (BLOB_DIR, default `$DATA_DIR/blobs`). */
export class LocalBlobStore implements BlobStore {
  constructor(private dir: string) {}

  private path(sha256: string) {
    assertSha256(sha256);
    return join(this.dir, sha256.slice(0, 2), sha256);
  }

  async put(input: Readable, maxBytes: number): Promise<StoredBlob> {
    await mkdir(join(this.dir, 'tmp'), { recursive: true });
    const tmp = join(this.dir, 'tmp', randomToken(12));
    const { sha256, size } = await spoolToFile(input, tmp, maxBytes);
    try {
      await mkdir(join(this.dir, sha256.slice(0, 2)), { recursive: true });
      // Atomic: a concurrent put of the same bytes renames identical content onto the same name.
      await rename(tmp, this.path(sha256));
      return { sha256, size };
    } catch (err) {
      await rm(tmp, { force: true });
      throw err;
    }
  }

  async exists(sha256: string): Promise<boolean> {
    if (!isSha256(sha256)) return false;
    return stat(this.path(sha256)).then(
      () => true,
      () => false,
    );
  }

  async open(sha256: string): Promise<Readable> {
    // Opening first turns a missing file into BlobNotFoundError here, not a stream error later.
    const handle = await openFile(this.path(sha256), 'r').catch((err: NodeJS.ErrnoException) => {
      throw err.code === 'ENOENT' ? new BlobNotFoundError(sha256) : err;
    });
    return handle.createReadStream();
  }

  close(): void {}
}
