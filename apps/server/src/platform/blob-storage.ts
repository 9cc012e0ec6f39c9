import type { Logger } from 'pino';
import { LocalBlobStore, type BlobStore } from './blob-store.ts';
import type { Config } from './config.ts';
import { S3BlobStore } from './s3-blob-store.ts';

/**
 * The blob store the configuration asks for: S3-compatible storage when S3_BUCKET is set (its
 * bucket checked now, so a wrong endpoint or key stops the start with one clear message), else
 * local disk.
 */
export async function createBlobStore(config: Config, log: Logger): Promise<BlobStore> {
  if (!config.s3) return new LocalBlobStore(config.blobDir);
  const store = new S3BlobStore(config.s3, log);
  try {
    await store.check();
  } catch (err) {
    store.close();
    throw err;
  }
  const { bucket, endpoint, prefix } = config.s3;
  const at = endpoint ? new URL(endpoint).host : 'AWS';
  log.info({ bucket, endpoint: at, prefix }, 'attachments are stored in S3');
  return store;
}
