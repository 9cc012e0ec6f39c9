import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

const SECRET = 'wJalrXUtnFEMI-K7MDENG-bPxRfiCYEXAMPLEKEY';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

describe('S3 configuration', () => {
  it('is off without S3_BUCKET, with defaults and a normalized prefix with it', () => {
    expect(loadConfig({}).s3).toBeNull();
    const s3 = loadConfig({ S3_BUCKET: 'kontakt-files', S3_PREFIX: 'prod/blobs' }).s3!;
    expect(s3).toMatchObject({
      bucket: 'kontakt-files',
      endpoint: undefined,
      region: 'us-east-1',
      forcePathStyle: false,
      prefix: 'prod/blobs/',
    });
    expect(s3.credentials).toBeNull();
    const minio = loadConfig({
      S3_BUCKET: 'kontakt',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_REGION: 'eu-central-1',
      S3_FORCE_PATH_STYLE: 'yes',
      S3_ACCESS_KEY_ID: 'AKIAEXAMPLE',
      S3_SECRET_ACCESS_KEY: SECRET,
    }).s3!;
    expect(minio).toMatchObject({ forcePathStyle: true, region: 'eu-central-1', prefix: '' });
    expect(minio.credentials).toEqual({ accessKeyId: 'AKIAEXAMPLE', secretAccessKey: SECRET });
  });

  it('names each problem on its own line', () => {
    expect(problemsOf({ S3_ENDPOINT: 'http://minio:9000', S3_PREFIX: 'x' })).toEqual([
      'S3_BUCKET: must be set when S3_ENDPOINT, S3_PREFIX is set',
    ]);
    expect(problemsOf({ S3_BUCKET: 'b1b', S3_ACCESS_KEY_ID: 'AKIA', BLOB_DIR: '/srv/blobs' })).toEqual([
      'S3_SECRET_ACCESS_KEY: must be set together with S3_ACCESS_KEY_ID',
      'BLOB_DIR: set either BLOB_DIR (local disk) or S3_BUCKET (S3 storage), not both',
    ]);
    expect(problemsOf({ S3_BUCKET: 'b1b', S3_SECRET_ACCESS_KEY: SECRET })).toEqual([
      'S3_ACCESS_KEY_ID: must be set together with S3_SECRET_ACCESS_KEY',
    ]);
    const bad = problemsOf({
      S3_BUCKET: 'no/slash',
      S3_ENDPOINT: 'ftp://files',
      S3_FORCE_PATH_STYLE: 'maybe',
      S3_PREFIX: '/abs',
    });
    expect(bad.map((p) => p.split(':')[0]).sort()).toEqual([
      'S3_BUCKET',
      'S3_ENDPOINT',
      'S3_FORCE_PATH_STYLE',
      'S3_PREFIX',
    ]);
    expect(bad).toContain('S3_ENDPOINT: must be an http:// or https:// URL');
  });

  it('never shows the secret when the configuration is logged or serialized', () => {
    const config = loadConfig({
      S3_BUCKET: 'kontakt',
      S3_ACCESS_KEY_ID: 'AKIA',
      S3_SECRET_ACCESS_KEY: SECRET,
    });
    expect(config.s3!.credentials!.secretAccessKey).toBe(SECRET);
    expect(JSON.stringify(config)).not.toContain(SECRET);
    expect(inspect(config, { depth: 10 })).not.toContain(SECRET);
    expect(JSON.stringify({ ...config.s3 })).not.toContain(SECRET);
  });
});
