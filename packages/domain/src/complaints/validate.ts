import type {
  Amount,
  AmountCurrency,
  AmountInput,
  CreateComplaintInput,
  ErrorCode,
  Jurisdiction,
} from '@kontakt/contracts';
import { localDateOf } from '../calendars/zoned-time.ts';
import { LEGAL_TIME_ZONES, regimeBelongsTo } from '../statutory/rules.ts';

/** One reason a complaint cannot be saved, with the field it concerns. */
export interface ComplaintIssue {
  code: ErrorCode;
  field: string;
  message: string;
}

/** Fraction digits of each currency (ISO 4217 minor units). */
export const MINOR_DIGITS: Record<AmountCurrency, number> = { PLN: 2, CZK: 2, EUR: 2 };

/** The amount in minor units, or null when it has more fraction digits than the currency allows. */
export function toAmount(input: AmountInput): Amount | null {
  const digits = MINOR_DIGITS[input.currency];
  const [whole, frac = ''] = input.amount.split('.');
  if (frac.length > digits) return null;
  const amountMinor = Number(whole) * 10 ** digits + Number(frac.padEnd(digits, '0') || '0');
  return { amountMinor, amount: formatMinor(amountMinor, digits), currency: input.currency };
}

const formatMinor = (minor: number, digits: number) =>
  digits === 0
    ? String(minor)
    : `${Math.trunc(minor / 10 ** digits)}.${String(minor % 10 ** digits).padStart(digits, '0')}`;

/** The fields the checks read (a full intake, or a stored record merged with a change). */
export type ComplaintFacts = Pick<
  CreateComplaintInput,
  | 'jurisdiction'
  | 'regime'
  | 'receivedAt'
  | 'consumer'
  | 'purchaseDate'
  | 'deliveryDate'
  | 'price'
  | 'description'
  | 'noticedOn'
  | 'demand'
  | 'answerChannel'
>;

const issue = (code: ErrorCode, field: string, message: string): ComplaintIssue => ({ code, field, message });

function lawIssues(c: ComplaintFacts): ComplaintIssue[] {
  const out: ComplaintIssue[] = [];
  if (!regimeBelongsTo(c.regime, c.jurisdiction))
    out.push(
      issue(
        'regime_not_in_jurisdiction',
        'regime',
        `The ${c.regime} regime is not the law of ${c.jurisdiction}.`,
      ),
    );
  if (c.consumer.kind === 'business' && c.regime !== 'pl_financial')
    out.push(
      issue('not_a_consumer', 'consumer.kind', 'Consumer complaint law does not cover a business buyer.'),
    );
  const { email, phone, address } = c.consumer;
  // CZ §19(2): the confirmation needs date lodged, content, demanded remedy and a contact.
  if (c.regime === 'cz_consumer' && !email && !phone && !address)
    out.push(
      issue(
        'complaint_incomplete',
        'consumer',
        'A Czech complaint needs a consumer contact (e-mail, phone or address).',
      ),
    );
  if (c.answerChannel === 'email' && !email)
    out.push(
      issue(
        'complaint_incomplete',
        'consumer.email',
        'An answer by e-mail needs the consumer’s e-mail address.',
      ),
    );
  if (c.answerChannel === 'post' && !address)
    out.push(
      issue('complaint_incomplete', 'consumer.address', 'An answer by post needs the consumer’s address.'),
    );
  if (c.demand.kind === 'price_reduction' && !c.demand.amount)
    out.push(issue('complaint_incomplete', 'demand.amount', 'A price reduction needs its amount.'));
  return out;
}

function dateIssues(c: ComplaintFacts, now: number, zone: string): ComplaintIssue[] {
  const out: ComplaintIssue[] = [];
  const today = localDateOf(zone, now);
  if (Date.parse(c.receivedAt) > now)
    out.push(issue('date_in_future', 'receivedAt', 'The complaint cannot be received in the future.'));
  for (const field of ['purchaseDate', 'deliveryDate', 'noticedOn'] as const) {
    const d = c[field];
    if (d && d > today) out.push(issue('date_in_future', field, `${field} is after today (${today}).`));
  }
  if (c.purchaseDate && c.deliveryDate && c.deliveryDate < c.purchaseDate)
    out.push(
      issue('delivery_before_purchase', 'deliveryDate', 'The delivery date is before the purchase date.'),
    );
  return out;
}

/** Checks an amount's precision and, against the price, its currency and size. */
export function amountIssues(
  field: string,
  amount: AmountInput | null,
  price: AmountInput | null,
): ComplaintIssue[] {
  if (!amount) return [];
  const a = toAmount(amount);
  if (!a)
    return [
      issue(
        'invalid_amount_precision',
        field,
        `${amount.currency} has ${MINOR_DIGITS[amount.currency]} decimal places.`,
      ),
    ];
  const p = price ? toAmount(price) : null;
  if (!p) return [];
  if (p.currency !== a.currency)
    return [issue('currency_mismatch', field, `The amount must be in ${p.currency}, like the price.`)];
  if (a.amountMinor > p.amountMinor)
    return [issue('amount_exceeds_price', field, 'The amount is larger than the price paid.')];
  return [];
}

/**
 * Everything the law or plain sense refuses in a complaint record (DOMAIN.md §1): a regime of
 * another country, a business under consumer law, the CZ confirmation without a contact, an answer
 * channel without its address, dates in the future or delivery before purchase, amounts with the
 * wrong precision, in another currency than the price, or above it. Empty when it may be saved.
 */
export function complaintIssues(c: ComplaintFacts, now: number): ComplaintIssue[] {
  const zone = LEGAL_TIME_ZONES[c.jurisdiction as Jurisdiction];
  const priceIssues = amountIssues('price', c.price, null);
  return [
    ...lawIssues(c),
    ...dateIssues(c, now, zone),
    ...priceIssues,
    ...amountIssues('demand.amount', c.demand.amount, priceIssues.length ? null : c.price),
  ];
}
