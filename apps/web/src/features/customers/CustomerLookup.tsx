import type { Customer } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { searchCustomers } from '../../api/directory.ts';
import { SearchSelect } from '../workspace/SearchSelect.tsx';
import { customerLabel } from './customer-label.ts';
import { identityText } from './IdentityList.tsx';

/** A customer as one line of a look-up: name and the first few identities. */
export const lookupLabel = (c: Customer): string =>
  [customerLabel(c), ...c.identities.slice(0, 2).map(identityText)]
    .filter((part, i, all) => part && all.indexOf(part) === i)
    .join(' · ');

/**
 * The fuzzy customer look-up (name, e-mail, phone; case and diacritics folded) as a searchable
 * select. `excludeId` leaves one customer out (the one being merged into).
 */
export function CustomerLookup({
  label,
  excludeId,
  onPick,
}: {
  label: string;
  excludeId?: string;
  onPick: (customer: Customer) => void;
}) {
  const { t } = useTranslation();
  return (
    <SearchSelect
      label={label}
      placeholder={t('customers.search.placeholder')}
      queryKey={(q) => ['customer-lookup', q]}
      search={(q) => searchCustomers(q, 10)}
      exclude={(c) => c.id === excludeId}
      toOption={(c) => ({ value: c.id, label: lookupLabel(c) })}
      nothingFound={(q) => t('customers.search.nothing', { q })}
      onPick={onPick}
    />
  );
}
