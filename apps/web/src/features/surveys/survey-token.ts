import type { Locale } from '@kontakt/contracts';

const LANGS: Locale[] = ['pl', 'cs', 'en'];

/**
 * The language a survey link was made for (byte 33 of the signed payload; see the server's
 * survey-token.ts), so even an expired link's page speaks the customer's language. Null when the
 * token cannot be read.
 */
export function tokenLanguage(token: string): Locale | null {
  try {
    // The payload is the first 51 characters (38 bytes); the signature follows.
    const body = token.slice(0, 51);
    const bin = atob(body.replace(/-/g, '+').replace(/_/g, '/'));
    return bin.length === 38 ? (LANGS[bin.charCodeAt(33)] ?? null) : null;
  } catch {
    return null;
  }
}
