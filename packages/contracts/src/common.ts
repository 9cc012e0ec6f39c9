import { z } from 'zod';

/** A UUID (v7 for Kontakt's own records). */
export const Id = z.uuid();

/** The three languages Kontakt speaks. */
export const Locale = z.enum(['pl', 'cs', 'en']);
export type Locale = z.infer<typeof Locale>;

/** An instant as an ISO 8601 string in UTC. */
export const Instant = z.iso.datetime({ offset: true });

/** Cursor pagination query: `limit` rows after the opaque `cursor`. */
export const PageQuery = z.strictObject({
  /** Opaque cursor returned as `nextCursor` by the previous page. */
  cursor: z.string().max(200).optional(),
  /** Page size, 1–200 (default 50). */
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** A page of results with the cursor for the next page (null at the end). */
export const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

/** An IANA time zone the runtime knows, e.g. 'Europe/Warsaw'. */
export const TimeZone = z
  .string()
  .min(1)
  .max(64)
  .refine((tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, 'an IANA time zone such as Europe/Warsaw');
