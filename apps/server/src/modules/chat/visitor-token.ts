import { createHmac, timingSafeEqual } from 'node:crypto';
import type { SecretBox } from '../../platform/secret-box.ts';

/** What a visitor token vouches for: one chat session of one channel. */
export interface VisitorClaims {
  /** Session id. */
  s: string;
  /** Organization id. */
  o: string;
  /** Channel id. */
  c: string;
}

const PREFIX = 'vt1';

const sign = (key: Buffer, body: string) => createHmac('sha256', key).update(body).digest();

const keyOf = (secrets: SecretBox) => secrets.deriveKey('chat-visitor-token');

/**
 * A visitor token: `vt1.<claims, base64url JSON>.<HMAC-SHA256, base64url>` under a key derived
 * from the server's secret key. Not a secret of its own: it names the session and proves the
 * server issued it.
 */
export function issueVisitorToken(secrets: SecretBox, claims: VisitorClaims): string {
  const body = `${PREFIX}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
  return `${body}.${sign(keyOf(secrets), body).toString('base64url')}`;
}

/** The claims of a token this server issued, or null (malformed, altered, foreign key). */
export function verifyVisitorToken(secrets: SecretBox, token: unknown): VisitorClaims | null {
  if (typeof token !== 'string' || token.length > 1000) return null;
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== PREFIX) return null;
  const body = `${parts[0]}.${parts[1]}`;
  const expected = sign(keyOf(secrets), body);
  const given = Buffer.from(parts[2]!, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const claims = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')) as Partial<VisitorClaims>;
    if (typeof claims.s !== 'string' || typeof claims.o !== 'string' || typeof claims.c !== 'string')
      return null;
    return { s: claims.s, o: claims.o, c: claims.c };
  } catch {
    return null;
  }
}
