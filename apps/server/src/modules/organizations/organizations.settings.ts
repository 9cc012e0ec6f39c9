import type { OrganizationSettings } from '@kontakt/contracts';
import type { OrganizationRow } from './organizations.table.ts';

const DEFAULTS: OrganizationSettings = {
  ticketsVisibleToAll: false,
  contactReasonRequiredToSolve: false,
  timeZone: 'Europe/Warsaw',
  defaultLocale: 'pl',
  defaultCountry: 'PL',
};

/** Settings with defaults for what was never set. */
export const settingsOf = (o: OrganizationRow): OrganizationSettings => ({
  ...DEFAULTS,
  ...(o.settings as Partial<OrganizationSettings>),
});
