import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Marks a sealed value (and its format version). */
export const SEALED_PREFIX = 'enc:v1:';

/** The stored secret was not sealed with this key (SECRET_KEY changed, or the value was altered). */
export class SecretUnreadable extends Error {}

/**
 * Seals secrets kept in the database (IMAP passwords and tokens) with AES-256-GCM. A sealed value
 * is `enc:v1:<iv>.<tag>.<ciphertext>` (base64url), so a database dump alone reveals nothing, and
 * a changed value fails to open instead of decrypting to garbage.
 */
export class SecretBox {
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('the secret key must be 32 bytes');
  }

  /** A key for one purpose (e.g. signing chat visitor tokens), derived from the secret key. */
  deriveKey(purpose: string): Buffer {
    return createHmac('sha256', this.key).update(`kontakt:${purpose}`).digest();
  }

  seal(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    const parts = [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url'));
    return SEALED_PREFIX + parts.join('.');
  }

  /** Throws SecretUnreadable when the value is not sealed or was sealed with another key. */
  open(sealed: string): string {
    if (!sealed.startsWith(SEALED_PREFIX)) throw new SecretUnreadable('the value is not sealed');
    const [iv, tag, body] = sealed
      .slice(SEALED_PREFIX.length)
      .split('.')
      .map((p) => Buffer.from(p, 'base64url'));
    if (!iv || !tag || !body) throw new SecretUnreadable('the sealed value is malformed');
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, iv);
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
    } catch {
      throw new SecretUnreadable('the secret was sealed with another SECRET_KEY');
    }
  }
}

/**
 * The key from SECRET_KEY, else the one in `<dataDir>/secret.key` (created once, mode 0600). The
 * file is made by linking a complete temp file into place, so two processes starting at once agree
 * on one key. `memory://` (tests) gets a key that lives as long as the process.
 */
export function loadSecretBox(opts: { secretKey: Buffer | undefined; dataDir: string }): SecretBox {
  if (opts.secretKey) return new SecretBox(opts.secretKey);
  if (opts.dataDir === 'memory://') return new SecretBox(randomBytes(32));
  const dir = resolve(opts.dataDir);
  const file = join(dir, 'secret.key');
  try {
    return new SecretBox(readKeyFile(file));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  mkdirSync(dir, { recursive: true });
  const temp = join(dir, `.secret.key.${process.pid}.${randomBytes(4).toString('hex')}`);
  writeFileSync(temp, randomBytes(32).toString('hex') + '\n', { mode: 0o600 });
  try {
    linkSync(temp, file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  } finally {
    unlinkSync(temp);
  }
  return new SecretBox(readKeyFile(file));
}

function readKeyFile(file: string): Buffer {
  const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
  if (key.length !== 32) throw new Error(`${file} does not hold a 32-byte hex key`);
  return key;
}
