import type { Locale } from '@kontakt/contracts';

/**
 * The language variant to send: the first language of `preferred` that the reply has (customer's
 * language, then the ticket's, then the organization's), else the reply's first variant.
 */
export function pickVariant<T extends { language: Locale }>(
  variants: readonly T[],
  preferred: ReadonlyArray<Locale | null | undefined>,
): T | null {
  for (const language of preferred) {
    const found = language && variants.find((v) => v.language === language);
    if (found) return found;
  }
  return variants[0] ?? null;
}
