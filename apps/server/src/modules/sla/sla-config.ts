import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { calendars, slaPolicies, type CalendarRow, type SlaPolicyRow } from './sla.table.ts';
import { queues } from '../tickets/index.ts';

/**
 * What an SLA recomputation reads about an organization: its active policies in order and the
 * calendar of each queue that has one. Kept in memory per organization and server instance,
 * under the organization's configuration version (migration 0190: a trigger gives every change
 * of a policy, calendar or queue calendar a new version from a sequence). The recomputation
 * reads the version in the statement it sends anyway, so every instance sees a change from the
 * next message on, and the in-memory copy never outlives it.
 */
export interface SlaConfig {
  version: string;
  policies: SlaPolicyRow[];
  calendarByQueue: ReadonlyMap<string, CalendarRow>;
}

/** Organizations whose configuration is kept; beyond that the oldest goes first. */
const MAX_ORGANIZATIONS = 2000;
const configs = new Map<string, SlaConfig>();

type Json = Record<string, unknown>;

export const calendarFromJson = (j: Json): CalendarRow => ({
  id: j.id as string,
  organizationId: j.organization_id as string,
  name: j.name as string,
  timeZone: j.time_zone as string,
  weekly: j.weekly as CalendarRow['weekly'],
  holidayCountry: j.holiday_country as string | null,
  closures: j.closures as CalendarRow['closures'],
  extraOpenings: j.extra_openings as CalendarRow['extraOpenings'],
  createdAt: new Date(j.created_at as string),
  updatedAt: new Date(j.updated_at as string),
});

export const policyFromJson = (j: Json): SlaPolicyRow => ({
  id: j.id as string,
  organizationId: j.organization_id as string,
  name: j.name as string,
  position: j.position as number,
  active: j.active as boolean,
  conditions: j.conditions as SlaPolicyRow['conditions'],
  targets: j.targets as SlaPolicyRow['targets'],
  warningShare: Number(j.warning_share),
  createdAt: new Date(j.created_at as string),
  updatedAt: new Date(j.updated_at as string),
});

/** The version as the database has it now ('0': never changed since migration 0190). */
export const versionSql = (organizationId: SQL | string) =>
  sql<string>`COALESCE((SELECT v.version::text FROM sla_config_versions v
    WHERE v.organization_id = ${organizationId}), '0')`;

/** Reads the configuration and its version in one statement (one snapshot: they belong together). */
async function loadConfig(tx: Db, organizationId: string): Promise<SlaConfig> {
  const res = (await tx.execute(sql`SELECT ${versionSql(organizationId)} AS version,
      (SELECT json_agg(p ORDER BY p.position, p.created_at) FROM ${slaPolicies} p
        WHERE p.organization_id = ${organizationId} AND p.active) AS policies,
      (SELECT json_agg(json_build_object('queueId', q.id, 'calendar', row_to_json(cal)))
        FROM ${queues} q JOIN ${calendars} cal ON cal.id = q.calendar_id
        WHERE q.organization_id = ${organizationId}) AS calendars`)) as unknown as {
    rows: Array<{
      version: string;
      policies: Json[] | null;
      calendars: Array<{ queueId: string; calendar: Json }> | null;
    }>;
  };
  const row = res.rows[0]!;
  return {
    version: String(row.version),
    policies: (row.policies ?? []).map(policyFromJson),
    calendarByQueue: new Map((row.calendars ?? []).map((c) => [c.queueId, calendarFromJson(c.calendar)])),
  };
}

/**
 * The organization's configuration at `version` (as the caller's statement read it): from memory
 * when it is that version, otherwise read again (one statement) and kept.
 */
export async function slaConfigAt(tx: Db, organizationId: string, version: string): Promise<SlaConfig> {
  const kept = configs.get(organizationId);
  if (kept?.version === version) return kept;
  const fresh = await loadConfig(tx, organizationId);
  configs.delete(organizationId);
  if (configs.size >= MAX_ORGANIZATIONS) configs.delete(configs.keys().next().value!);
  // Read in the same transaction, so it is `version` or a change this transaction made itself;
  // either way the version it carries names exactly this content.
  configs.set(organizationId, fresh);
  return fresh;
}

/** Forgets every kept configuration (tests, and a bench measuring the cold path). */
export function forgetSlaConfigs(): void {
  configs.clear();
}
