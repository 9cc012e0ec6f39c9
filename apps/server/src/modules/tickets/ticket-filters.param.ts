import { z } from 'zod';
import { TicketFilters } from '@kontakt/contracts';

/** Ticket filters as one JSON query parameter (`?filters={"status":["open"]}`), validated. */
export const FiltersParam = z
  .string()
  .max(4000)
  .optional()
  .transform((s, c) => {
    if (!s) return undefined;
    try {
      return TicketFilters.parse(JSON.parse(s));
    } catch {
      c.addIssue({ code: 'custom', message: 'filters must be a JSON object of ticket filters' });
      return z.NEVER;
    }
  });
