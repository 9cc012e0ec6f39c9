import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { uuidv7 } from 'uuidv7';

/** Time-ordered ids for every record. */
export const newId = (): string => uuidv7();

/** A random secret, URL-safe. */
export const randomToken = (bytes = 32): string => randomBytes(bytes).toString('base64url');

/** Secrets are stored as SHA-256 hashes; the secret itself has enough entropy for that. */
export const sha256 = (value: string): Buffer => createHash('sha256').update(value).digest();

export const safeEqual = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

// argon2id with the OWASP-recommended minimum (19 MiB, 2 passes, 1 lane).
const ARGON = { memoryCost: 19456, timeCost: 2, parallelism: 1 };
export const hashPassword = (password: string): Promise<string> => hash(password, ARGON);
export const verifyPassword = (stored: string, password: string): Promise<boolean> =>
  verify(stored, password).catch(() => false);

/** A hash to verify against when no account exists, so timing does not reveal which e-mails exist. */
let dummyHash: Promise<string> | undefined;
export const dummyPasswordHash = (): Promise<string> => (dummyHash ??= hashPassword(randomToken()));
