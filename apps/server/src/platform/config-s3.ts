import { z } from 'zod';
import { envBool } from './env-bool.ts';

/** The S3_* variables; validated with the rest of the environment (see config.ts). */
export const S3EnvSchema = z.object({
  S3_BUCKET: z
    .string()
    .regex(
      /^[a-zA-Z0-9][a-zA-Z0-9._-]{1,61}[a-zA-Z0-9]$/,
      'must be a bucket name: 3–63 letters, digits, dots, hyphens or underscores',
    )
    .optional(),
  S3_ENDPOINT: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional(),
  S3_REGION: z
    .string()
    .regex(/^[a-z0-9-]{2,40}$/, 'must be a region name such as us-east-1')
    .default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().max(256).optional(),
  S3_SECRET_ACCESS_KEY: z.string().max(256).optional(),
  S3_FORCE_PATH_STYLE: envBool.optional(),
  S3_PREFIX: z
    .string()
    .max(200)
    .refine((p) => !p.startsWith('/') && !p.split('/').includes('..'), {
      message: 'must not start with / or contain ..',
    })
    .optional(),
});
type S3Env = z.infer<typeof S3EnvSchema> & { BLOB_DIR?: string };

export interface S3Credentials {
  accessKeyId: string;
  secretAccessKey: string;
}

/** Where attachments go when S3_BUCKET is set: any S3-compatible store (AWS, MinIO, Ceph, Garage…). */
export interface S3Config {
  bucket: string;
  /** Unset → AWS S3 of the region. */
  endpoint: string | undefined;
  region: string;
  /** Bucket in the path (`host/bucket/key`), which most self-hosted stores need. */
  forcePathStyle: boolean;
  /** Prepended to every key; empty, or ending with `/`. */
  prefix: string;
  /**
   * Null → the AWS SDK's default chain (AWS_* variables, instance or pod role). Not enumerable,
   * so logging or serializing the config never shows the secret.
   */
  readonly credentials: S3Credentials | null;
}

const OTHER_S3 = [
  'S3_ENDPOINT',
  'S3_ACCESS_KEY_ID',
  'S3_SECRET_ACCESS_KEY',
  'S3_FORCE_PATH_STYLE',
  'S3_PREFIX',
] as const;

/** The problems of S3_* taken together, one line each ("VARIABLE: what is wrong"). */
function problemsOf(e: S3Env): string[] {
  const problems: string[] = [];
  if (!e.S3_BUCKET) {
    const stray = OTHER_S3.filter((k) => e[k] !== undefined);
    if (stray.length) problems.push(`S3_BUCKET: must be set when ${stray.join(', ')} is set`);
    return problems;
  }
  if (e.S3_ACCESS_KEY_ID && !e.S3_SECRET_ACCESS_KEY) {
    problems.push('S3_SECRET_ACCESS_KEY: must be set together with S3_ACCESS_KEY_ID');
  }
  if (e.S3_SECRET_ACCESS_KEY && !e.S3_ACCESS_KEY_ID) {
    problems.push('S3_ACCESS_KEY_ID: must be set together with S3_SECRET_ACCESS_KEY');
  }
  if (e.BLOB_DIR) {
    problems.push('BLOB_DIR: set either BLOB_DIR (local disk) or S3_BUCKET (S3 storage), not both');
  }
  return problems;
}

/** S3 storage from the validated environment: null when S3_BUCKET is unset, or the problems found. */
export function s3FromEnv(e: S3Env): { s3: S3Config | null; problems: string[] } {
  const problems = problemsOf(e);
  if (problems.length || !e.S3_BUCKET) return { s3: null, problems };
  const prefix = e.S3_PREFIX ?? '';
  const s3 = {
    bucket: e.S3_BUCKET,
    endpoint: e.S3_ENDPOINT,
    region: e.S3_REGION,
    forcePathStyle: e.S3_FORCE_PATH_STYLE ?? false,
    prefix: prefix === '' || prefix.endsWith('/') ? prefix : `${prefix}/`,
  } as S3Config;
  const credentials =
    e.S3_ACCESS_KEY_ID && e.S3_SECRET_ACCESS_KEY
      ? { accessKeyId: e.S3_ACCESS_KEY_ID, secretAccessKey: e.S3_SECRET_ACCESS_KEY }
      : null;
  Object.defineProperty(s3, 'credentials', { value: credentials, enumerable: false });
  return { s3, problems };
}
