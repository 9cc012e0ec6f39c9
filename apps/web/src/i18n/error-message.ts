import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { ApiError } from '../api/client.ts';

/** Codes whose message says how long to wait, taken from `details.retryAfterSeconds`. */
const WAIT_CODES = new Set(['account_locked', 'rate_limited']);

/** Whole minutes to wait, rounded up so "0 minutes" never shows; null when the server gave no time. */
export function retryAfterMinutes(details: unknown): number | null {
  const seconds = (details as { retryAfterSeconds?: unknown } | null | undefined)?.retryAfterSeconds;
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds <= 0) return null;
  return Math.max(1, Math.ceil(seconds / 60));
}

/**
 * The sentence to show a person for a failed request: translated by error code, with the wait
 * time pluralized where there is one, else the server's own message, else a generic apology.
 */
export function describeError(i18n: I18n, error: unknown): string {
  // Keys are built from server codes at run time, so the typed `t` cannot check them.
  const t = i18n.t as unknown as (key: string, options?: Record<string, unknown>) => string;
  if (!(error instanceof ApiError)) return t('errors.generic');
  const key = `errors.${error.code}`;
  if (!i18n.exists(key)) return error.message || t('errors.generic');
  const minutes = WAIT_CODES.has(error.code) ? retryAfterMinutes(error.details) : null;
  return minutes === null ? t(key) : t(key, { count: minutes });
}

/** `describeError` bound to the current language. */
export function useErrorMessage(): (error: unknown) => string {
  const { i18n } = useTranslation();
  return useCallback((error: unknown) => describeError(i18n, error), [i18n]);
}
