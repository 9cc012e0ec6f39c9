import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import {
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import type { Logger } from 'pino';
import {
  assertSha256,
  BlobNotFoundError,
  isSha256,
  spoolToFile,
  type BlobStore,
  type StoredBlob,
} from './blob-store.ts';
import type { S3Config } from './config-s3.ts';
import { randomToken } from './crypto.ts';

/** An S3 call failed; the message names the operation and S3's answer, never a credential. */
export class BlobStoreError extends Error {}

type SdkError = { name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
const statusOf = (err: unknown) => (err as SdkError).$metadata?.httpStatusCode;

/** Our own error instead of the SDK's, whose extra fields (request, response) must not reach logs. */
function s3Error(op: string, err: unknown): BlobStoreError {
  const e = err as SdkError;
  const status = statusOf(err);
  const detail = e.message && e.message !== e.name ? `: ${e.message}` : '';
  return new BlobStoreError(
    `S3 ${op} failed: ${e.name ?? 'error'}${status ? ` (HTTP ${status})` : ''}${detail}`,
  );
}

const CHECK_HINTS: Record<number, string> = {
  301: 'HTTP 301, the bucket is in another region (S3_REGION)',
  400: 'HTTP 400, check S3_REGION and S3_FORCE_PATH_STYLE',
  403: 'HTTP 403, access denied (check S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY and the bucket policy)',
  404: 'HTTP 404, no such bucket (create it first)',
};

/** A PUT whose body is a stream is not retried by the SDK, so we retry with a fresh stream. */
const PUT_ATTEMPTS = 3;

/**
 * Blobs in an S3-compatible bucket under `<prefix><first 2 hex>/<sha256>`. An upload is spooled
 * to a temporary file while it is hashed and measured (so a 25 MB attachment never sits in
 * memory and the size limit holds before anything is sent); then, unless that hash is already
 * stored, one PUT with Content-MD5 sends it. Two concurrent puts of the same bytes may both
 * upload: each PUT replaces the object atomically with identical bytes, so readers always see a
 * whole blob, and no temporary object is ever left in the bucket.
 */
export class S3BlobStore implements BlobStore {
  private client: S3Client;

  constructor(
    private cfg: S3Config,
    log?: Logger,
    private spoolDir = tmpdir(),
  ) {
    this.client = new S3Client({
      region: cfg.region,
      endpoint: cfg.endpoint,
      forcePathStyle: cfg.forcePathStyle,
      credentials: cfg.credentials ?? undefined,
      // Checksums only where S3 requires them: several S3-compatible stores reject the newer
      // default (CRC32 trailers in aws-chunked bodies); Content-MD5 guards our uploads instead.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      requestHandler: { connectionTimeout: 5_000 },
      // The SDK would otherwise print its warnings to the console; errors reach us as rejections.
      logger: {
        debug: () => undefined,
        info: () => undefined,
        warn: (...args: unknown[]) => log?.warn(`S3: ${args.filter((a) => typeof a === 'string').join(' ')}`),
        error: () => undefined,
      },
    });
  }

  private key(sha256: string): string {
    assertSha256(sha256);
    return `${this.cfg.prefix}${sha256.slice(0, 2)}/${sha256}`;
  }

  /** Fails with a clear message when the bucket cannot be reached (wrong endpoint, key, bucket). */
  async check(): Promise<void> {
    await this.client.send(new HeadBucketCommand({ Bucket: this.cfg.bucket })).catch((err: unknown) => {
      const where = this.cfg.endpoint ? ` at ${new URL(this.cfg.endpoint).host}` : '';
      // HEAD answers carry no error body, so the status is all S3 tells.
      const hint = CHECK_HINTS[statusOf(err) ?? 0] ?? s3Error('HeadBucket', err).message;
      throw new BlobStoreError(`S3 bucket "${this.cfg.bucket}"${where} is not usable: ${hint}`);
    });
  }

  async put(input: Readable, maxBytes: number): Promise<StoredBlob> {
    const tmp = join(this.spoolDir, `kontakt-blob-${randomToken(12)}`);
    const { sha256, size, md5 } = await spoolToFile(input, tmp, maxBytes);
    try {
      if (!(await this.exists(sha256))) await this.upload(tmp, { sha256, size, md5 });
      return { sha256, size };
    } finally {
      await rm(tmp, { force: true });
    }
  }

  private async upload(file: string, blob: StoredBlob & { md5: string }): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const body = createReadStream(file);
      try {
        await this.client.send(
          new PutObjectCommand({
            Bucket: this.cfg.bucket,
            Key: this.key(blob.sha256),
            Body: body,
            ContentLength: blob.size,
            ContentMD5: blob.md5,
            ContentType: 'application/octet-stream',
          }),
        );
        return;
      } catch (err) {
        const status = statusOf(err);
        // 4xx means S3 refused this request as such (credentials, bucket, digest): no retry helps.
        if (attempt >= PUT_ATTEMPTS || (status && status < 500)) throw s3Error('PutObject', err);
      } finally {
        body.destroy();
      }
    }
  }

  async exists(sha256: string): Promise<boolean> {
    if (!isSha256(sha256)) return false;
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.cfg.bucket, Key: this.key(sha256) }));
      return true;
    } catch (err) {
      if (statusOf(err) === 404) return false;
      throw s3Error('HeadObject', err);
    }
  }

  async open(sha256: string): Promise<Readable> {
    try {
      const res = await this.client.send(
        new GetObjectCommand({ Bucket: this.cfg.bucket, Key: this.key(sha256) }),
      );
      if (!(res.Body instanceof Readable)) throw new BlobStoreError('S3 GetObject answered without a body');
      return res.Body;
    } catch (err) {
      if (err instanceof BlobNotFoundError || err instanceof BlobStoreError) throw err;
      if ((err as SdkError).name === 'NoSuchKey') throw new BlobNotFoundError(sha256);
      throw s3Error('GetObject', err);
    }
  }

  /** Closes the client's connections. */
  close(): void {
    this.client.destroy();
  }
}
