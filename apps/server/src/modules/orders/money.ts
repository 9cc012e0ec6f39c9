import type { Amount, AmountCurrency, AmountInput } from '@kontakt/contracts';
import { MINOR_DIGITS, toAmount } from '@kontakt/domain';
import { AppError } from '../../http/errors.ts';

/** An amount in minor units as presented (negative amounts keep their sign). */
export function amountOf(minor: number, currency: AmountCurrency): Amount {
  const digits = MINOR_DIGITS[currency];
  const abs = Math.abs(minor);
  const whole = Math.trunc(abs / 10 ** digits);
  const frac = String(abs % 10 ** digits).padStart(digits, '0');
  const text = digits === 0 ? String(whole) : `${whole}.${frac}`;
  return { amountMinor: minor, amount: minor < 0 ? `-${text}` : text, currency };
}

/** An entered amount in minor units; 400 `invalid_amount_precision` when it has too many decimals. */
export function minorOf(input: AmountInput, field: string): number {
  const a = toAmount(input);
  if (!a)
    throw new AppError(
      400,
      'invalid_amount_precision',
      `${input.currency} has ${MINOR_DIGITS[input.currency]} decimal places.`,
      { field },
    );
  return a.amountMinor;
}

/** A VAT rate in percent as basis points (23 → 2300). */
export const basisPoints = (percent: number): number => Math.round(percent * 100);
export const percentOf = (bp: number): number => bp / 100;
