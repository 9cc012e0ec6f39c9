import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform, type Readable } from 'node:stream';
import { randomToken } from './crypto.ts';

export class BlobTooLargeError extends Error {}

/**
 * Content-addressed file storage on local disk: a blob's name is its SHA-256, so the same file
 * attached twice is stored once and a stored blob never changes.
 */
export class LocalBlobStore {
  constructor(private dir: string) {}

  private path(sha256: string) {
    return join(this.dir, sha256.slice(0, 2), sha256);
  }

  /** Streams `input` to disk, refusing more than `maxBytes`; returns its hash and size. */
  async put(input: Readable, maxBytes: number): Promise<{ sha256: string; size: number }> {
    await mkdir(join(this.dir, 'tmp'), { recursive: true });
    const tmp = join(this.dir, 'tmp', randomToken(12));
    const hash = createHash('sha256');
    let size = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _enc, cb) {
        size += chunk.length;
        if (size > maxBytes) return cb(new BlobTooLargeError(`larger than ${maxBytes} bytes`));
        hash.update(chunk);
        cb(null, chunk);
      },
    });
    try {
      await pipeline(input, meter, createWriteStream(tmp));
      const sha256 = hash.digest('hex');
      await mkdir(join(this.dir, sha256.slice(0, 2)), { recursive: true });
      await rename(tmp, this.path(sha256));
      return { sha256, size };
    } catch (err) {
      await rm(tmp, { force: true });
      throw err;
    }
  }

  async exists(sha256: string): Promise<boolean> {
    return stat(this.path(sha256)).then(
      () => true,
      () => false,
    );
  }

  open(sha256: string): Readable {
    return createReadStream(this.path(sha256));
  }
}
