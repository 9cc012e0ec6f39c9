import { eq } from 'drizzle-orm';
import type { OrganizationSettings } from '@kontakt/contracts';
import type { Db } from '../../platform/db.ts';
import { organizations, type OrganizationRow } from './organizations.table.ts';

const DEFAULTS: OrganizationSettings = {
  ticketsVisibleToAll: false,
  contactReasonRequiredToSolve: false,
  timeZone: 'Europe/Warsaw',
  defaultLocale: 'pl',
  defaultCountry: 'PL',
  ticketReferencePrefix: '#',
  slaBreachEmail: false,
};

/** Settings with defaults for what was never set. */
export const settingsOf = (o: OrganizationRow): OrganizationSettings => ({
  ...DEFAULTS,
  ...(o.settings as Partial<OrganizationSettings>),
});

/** An organization's settings with defaults; the defaults alone when it does not exist. */
export async function findOrganizationSettings(
  db: Db,
  organizationId: string,
): Promise<OrganizationSettings> {
  const [o] = await db.select().from(organizations).where(eq(organizations.id, organizationId));
  return o ? settingsOf(o) : { ...DEFAULTS };
}
