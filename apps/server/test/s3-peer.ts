import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeleteObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';

/** The bucket every S3 peer starts with. */
export const S3_TEST_BUCKET = 'kontakt-test';

/**
 * A real S3 protocol peer on loopback (s3rver, in this process) with its own temporary
 * directory and a free port; `env` configures Kontakt to store its blobs there.
 */
export class S3Peer {
  private server: S3rver | null = null;
  private dir = '';
  port = 0;

  async start(): Promise<this> {
    this.dir = await mkdtemp(join(tmpdir(), 'kontakt-s3-'));
    const server = new S3rver({
      address: '127.0.0.1',
      port: 0,
      silent: true,
      directory: this.dir,
      configureBuckets: [{ name: S3_TEST_BUCKET }],
    });
    this.port = (await server.run()).port;
    this.server = server;
    return this;
  }

  get endpoint(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Kontakt's configuration for this peer (s3rver accepts its documented default key pair). */
  env(over: Record<string, string> = {}): Record<string, string> {
    return {
      S3_BUCKET: S3_TEST_BUCKET,
      S3_ENDPOINT: this.endpoint,
      S3_FORCE_PATH_STYLE: 'true',
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      ...over,
    };
  }

  /** A client of the peer, for tests that look into the bucket behind Kontakt's back. */
  private async withClient<T>(fn: (client: S3Client) => Promise<T>): Promise<T> {
    const client = new S3Client({
      region: 'us-east-1',
      endpoint: this.endpoint,
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    });
    try {
      return await fn(client);
    } finally {
      client.destroy();
    }
  }

  /** Keys of every object in the bucket, asked over the S3 protocol. */
  keys(): Promise<string[]> {
    return this.withClient(async (client) => {
      const res = await client.send(new ListObjectsV2Command({ Bucket: S3_TEST_BUCKET }));
      return (res.Contents ?? []).map((o) => o.Key!).sort();
    });
  }

  /** Deletes an object, as an operator or a lifecycle rule might. */
  async remove(key: string): Promise<void> {
    await this.withClient((client) =>
      client.send(new DeleteObjectCommand({ Bucket: S3_TEST_BUCKET, Key: key })),
    );
  }

  async stop(): Promise<void> {
    await this.server?.close();
    this.server = null;
    if (this.dir) await rm(this.dir, { recursive: true, force: true });
  }
}
