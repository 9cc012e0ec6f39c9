import { ApiError } from './client.ts';

/**
 * The current record a 409 `conflict` carries in `details.current` (tickets, customers): the
 * colleague's version that won the race. Null for any other error.
 */
export function conflictCurrent<T extends { version: number }>(error: unknown): T | null {
  if (!(error instanceof ApiError) || error.code !== 'conflict') return null;
  const current = (error.details as { current?: unknown } | undefined)?.current;
  return current && typeof current === 'object' && 'version' in current ? (current as T) : null;
}
