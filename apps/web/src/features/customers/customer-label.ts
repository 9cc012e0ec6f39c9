import type { Customer } from '@kontakt/contracts';

/** How to call a customer: their name, else their first identity (e-mail, phone, …), else null. */
export function customerLabel(customer: Pick<Customer, 'name' | 'identities'> | undefined): string | null {
  if (!customer) return null;
  return customer.name ?? customer.identities[0]?.value ?? null;
}
