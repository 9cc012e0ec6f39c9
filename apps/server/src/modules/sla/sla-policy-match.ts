import type { Channel, CustomerFlag, Priority, SlaPolicyTarget, TicketType } from '@kontakt/contracts';
import type { SlaTargets } from '@kontakt/domain';
import type { SlaPolicyRow } from './sla.table.ts';

/** What a policy's conditions look at. */
export interface PolicySubject {
  queueId: string;
  priority: Priority;
  type: TicketType;
  channel: Channel;
  customerFlags: readonly CustomerFlag[];
  /** The customer's organization (company); null when the customer has none. */
  companyId: string | null;
}

const anyOf = <T>(allowed: readonly T[], value: T) => allowed.length === 0 || allowed.includes(value);

/** The first active policy (in order) whose every condition matches; empty conditions match anything. */
export function matchPolicy(policies: readonly SlaPolicyRow[], s: PolicySubject): SlaPolicyRow | null {
  return (
    policies.find((p) => {
      const c = p.conditions;
      return (
        p.active &&
        anyOf(c.queueIds, s.queueId) &&
        anyOf(c.priorities, s.priority) &&
        anyOf(c.types, s.type) &&
        anyOf(c.channels, s.channel) &&
        (c.customerFlags.length === 0 || c.customerFlags.some((f) => s.customerFlags.includes(f))) &&
        // Policies stored before organizations were a condition have no list: they match any.
        (!c.companyIds?.length || (s.companyId !== null && c.companyIds.includes(s.companyId)))
      );
    }) ?? null
  );
}

/** The targets a policy sets for one priority. */
export function targetsFor(targets: readonly SlaPolicyTarget[], priority: Priority): SlaTargets {
  const out: SlaTargets = {};
  for (const t of targets)
    if (t.priority === priority) out[t.target] = { minutes: t.minutes, businessHours: t.businessHours };
  return out;
}
