/** The PostgreSQL error behind a (possibly wrapped) driver error. */
function pgError(err: unknown): { code?: string; constraint?: string } | null {
  let e: unknown = err;
  for (let i = 0; i < 3 && e && typeof e === 'object'; i++) {
    const o = e as { code?: unknown; constraint?: string; cause?: unknown };
    if (typeof o.code === 'string' && /^[0-9A-Z]{5}$/.test(o.code)) return o as { code: string };
    e = o.cause;
  }
  return null;
}

/** True for a unique-constraint violation, optionally of the named constraint or index. */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  const e = pgError(err);
  if (e?.code !== '23505') return false;
  if (!constraint) return true;
  // PGlite does not always fill in `constraint`; fall back to the message.
  return (
    e.constraint === constraint || String((e as { message?: string }).message ?? '').includes(constraint)
  );
}
