import type { Customer } from '@kontakt/contracts';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { LOCALE_NAMES, isLocale } from '../../i18n/index.ts';
import { ConflictAlert } from '../ticket/ConflictNotice.tsx';
import type { CustomerConflict } from './use-customer-update.ts';

/** One field's value as a person reads it ('—' for nothing). */
function show(t: TFunction, field: string, value: unknown, current: Customer): string {
  if (value === null || value === undefined || value === '') return '—';
  if (field === 'language' && typeof value === 'string' && isLocale(value)) return LOCALE_NAMES[value];
  if (field === 'preferredChannel') return t(`ticket.channel.${value as 'email'}`);
  if (field === 'flags' && Array.isArray(value)) {
    return value.length ? value.map((f) => t(`customer.flags.${f as 'vip'}`)).join(', ') : '—';
  }
  if (field === 'companyId') return current.company?.id === value ? current.company.name : String(value);
  return String(value);
}

/** Tells the agent their edit lost a race, shows the colleague's values, and offers to reload. */
export function CustomerConflictNotice({
  conflict,
  onReload,
}: {
  conflict: CustomerConflict;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const { current, attempted } = conflict;
  const rows = Object.entries(attempted).flatMap(([field, mine]) => {
    if (field === 'attributes' && mine && typeof mine === 'object') {
      return Object.entries(mine as Record<string, unknown>).map(([key, value]) => ({
        label: key,
        now: show(t, key, current.attributes[key], current),
        yours: show(t, key, value, current),
      }));
    }
    return [
      {
        label: t(`customers.field.${field as 'name'}`, { defaultValue: field }),
        now: show(t, field, (current as unknown as Record<string, unknown>)[field], current),
        yours: show(t, field, mine, current),
      },
    ];
  });
  return (
    <ConflictAlert
      title={t('customers.conflictTitle')}
      text={t('customers.conflictText')}
      rows={rows}
      onReload={onReload}
    />
  );
}
