import { parsePhoneNumberFromString, isSupportedCountry, type CountryCode } from 'libphonenumber-js';

/** The ways a customer can be recognized on a channel. */
export type IdentityKind = 'email' | 'phone' | 'visitor' | 'whatsapp' | 'messenger' | 'telegram' | 'other';

export interface RawIdentity {
  kind: IdentityKind;
  value: string;
}

export type IdentityProblem = 'invalid_email' | 'invalid_phone' | 'invalid_identity';

export type NormalizedIdentity =
  { ok: true; identity: RawIdentity } | { ok: false; problem: IdentityProblem; message: string };

// Deliberately loose: one @, no spaces, a dot in the domain. Deliverability is the mail
// server's call; this only keeps obvious typos out of the identity table.
const EMAIL = /^[^\s@]+@[^\s@.][^\s@]*\.[^\s@.]+$/;

/** The lower-cased address, or null when it cannot be an e-mail address. */
export function normalizeEmail(input: string): string | null {
  const e = input.trim().toLowerCase();
  return e.length <= 254 && EMAIL.test(e) ? e : null;
}

/**
 * The number in E.164 (`+48601234567`), or null. National formats (`601 234 567`,
 * `(22) 123 45 67`) are read as numbers of `defaultCountry`; `+…` and `00…` as international.
 */
export function normalizePhone(input: string, defaultCountry: string): string | null {
  const country: CountryCode | undefined = isSupportedCountry(defaultCountry) ? defaultCountry : undefined;
  const parsed = parsePhoneNumberFromString(input.trim(), country);
  return parsed?.isValid() ? parsed.number : null;
}

/**
 * A stored (E.164) number as people read it, in international format (`+48601234567` →
 * `+48 601 234 567`); anything that does not parse is shown as it is.
 */
export function formatPhone(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}

/** The normalized form of any identity: what is stored and compared for equality. */
export function normalizeIdentity(input: RawIdentity, defaultCountry: string): NormalizedIdentity {
  if (input.kind === 'email') {
    const value = normalizeEmail(input.value);
    if (value) return { ok: true, identity: { kind: 'email', value } };
    return { ok: false, problem: 'invalid_email', message: `"${input.value}" is not an e-mail address.` };
  }
  if (input.kind === 'phone') {
    const value = normalizePhone(input.value, defaultCountry);
    if (value) return { ok: true, identity: { kind: 'phone', value } };
    return { ok: false, problem: 'invalid_phone', message: `"${input.value}" is not a valid phone number.` };
  }
  // Visitor ids and messaging handles are opaque ids issued by the channel: kept as sent.
  const value = input.value.trim();
  if (value.length > 0 && value.length <= 320) return { ok: true, identity: { kind: input.kind, value } };
  return { ok: false, problem: 'invalid_identity', message: `A ${input.kind} identity needs a value.` };
}
