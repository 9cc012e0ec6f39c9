import { createHmac } from 'node:crypto';
import type { Locale, SurveyKind } from '@kontakt/contracts';
import type { SecretBox } from '../../platform/secret-box.ts';
import { safeEqual } from '../../platform/crypto.ts';
import { AppError } from '../../http/errors.ts';

/** What a survey link carries: the invitation, its ticket, language and expiry. */
export interface SurveyTokenClaims {
  /** survey_requests.id */
  requestId: string;
  kind: SurveyKind;
  ticketId: string;
  language: Locale;
  /** Expiry, epoch milliseconds (kept to the second). */
  expiresAt: number;
}

const PURPOSE = 'survey-links';
const KINDS: SurveyKind[] = ['csat', 'nps', 'ces'];
const LANGS: Locale[] = ['pl', 'cs', 'en'];
/** request id 16 B, ticket id 16 B, kind 1 B, language 1 B, expiry 4 B (seconds). */
const SIZE = 38;
/** base64url lengths of the payload and of the 16-byte signature (no padding). */
const BODY_CHARS = 51;
const SIG_CHARS = 22;

const mac = (secrets: SecretBox, body: string) =>
  createHmac('sha256', secrets.deriveKey(PURPOSE))
    .update(body)
    .digest()
    .subarray(0, 16)
    .toString('base64url');

const uuidBytes = (id: string) => Buffer.from(id.replace(/-/g, ''), 'hex');
const uuidOf = (b: Buffer) => {
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};

/**
 * `<payload><HMAC-SHA256, 128 bits>` in base64url: 73 characters without a dot (so the web app's
 * fallback never takes the link for a file), signed with a key derived from the server secret.
 */
export function signSurveyToken(secrets: SecretBox, claims: SurveyTokenClaims): string {
  const b = Buffer.alloc(SIZE);
  uuidBytes(claims.requestId).copy(b, 0);
  uuidBytes(claims.ticketId).copy(b, 16);
  b.writeUInt8(KINDS.indexOf(claims.kind), 32);
  b.writeUInt8(LANGS.indexOf(claims.language), 33);
  b.writeUInt32BE(Math.floor(claims.expiresAt / 1000), 34);
  const body = b.toString('base64url');
  return body + mac(secrets, body);
}

export const invalidLink = () =>
  new AppError(400, 'survey_link_invalid', 'This survey link is not valid. Check that it was copied whole.');
export const expiredLink = () => new AppError(410, 'survey_link_expired', 'This survey link has expired.');

/** Opens a token: 400 `survey_link_invalid` when altered or malformed, 410 `survey_link_expired` after expiry. */
export function verifySurveyToken(secrets: SecretBox, token: string, now: Date): SurveyTokenClaims {
  if (token.length !== BODY_CHARS + SIG_CHARS || !/^[\w-]+$/.test(token)) throw invalidLink();
  const body = token.slice(0, BODY_CHARS);
  if (!safeEqual(token.slice(BODY_CHARS), mac(secrets, body))) throw invalidLink();
  const b = Buffer.from(body, 'base64url');
  if (b.length !== SIZE) throw invalidLink();
  const kind = KINDS[b.readUInt8(32)];
  const language = LANGS[b.readUInt8(33)];
  if (!kind || !language) throw invalidLink();
  const expiresAt = b.readUInt32BE(34) * 1000;
  if (expiresAt <= now.getTime()) throw expiredLink();
  const requestId = uuidOf(b.subarray(0, 16));
  const ticketId = uuidOf(b.subarray(16, 32));
  return { requestId, kind, ticketId, language, expiresAt };
}
