import { MAX_STAFFING_LOAD, type ErlangInput, type ErlangResult } from '@kontakt/contracts';
import {
  erlangAOutcome,
  erlangARequiredAgents,
  erlangCOutcome,
  erlangCRequiredAgents,
  offeredLoad,
  scheduledStaff,
  type ErlangAOutcome,
  type StaffingOutcome,
  type Traffic,
} from '@kontakt/domain';
import { AppError } from '../../http/errors.ts';

type Parsed = {
  contacts: number;
  intervalSeconds: number;
  ahtSeconds: number;
  agents?: number | undefined;
  serviceLevelTarget?: number | undefined;
  thresholdSeconds: number;
  patienceSeconds?: number | undefined;
  shrinkage: number;
};
/** Points either side of the answer on the service-level curve. */
const CURVE_SPAN = 12;

/** Erlang C, or Erlang A with a patience: figures for given agents, or agents for a target. */
export function computeErlang(input: Parsed | ErlangInput): ErlangResult {
  const p = input as Parsed;
  const traffic: Traffic = {
    contacts: p.contacts,
    intervalSeconds: p.intervalSeconds,
    ahtSeconds: p.ahtSeconds,
  };
  const load = offeredLoad(traffic);
  if (load > MAX_STAFFING_LOAD)
    throw new AppError(
      400,
      'validation_failed',
      `The offered load is ${load.toFixed(0)} Erlangs; at most ${MAX_STAFFING_LOAD} are computed.`,
      { field: 'contacts' },
    );
  const patience = p.patienceSeconds;
  const outcome = (n: number): StaffingOutcome | ErlangAOutcome =>
    patience === undefined
      ? erlangCOutcome(traffic, n, p.thresholdSeconds)
      : erlangAOutcome(traffic, n, p.thresholdSeconds, patience);

  let agents: number;
  let required: number | null = null;
  if (p.serviceLevelTarget !== undefined) {
    required =
      patience === undefined
        ? erlangCRequiredAgents(traffic, p.serviceLevelTarget, p.thresholdSeconds)
        : erlangARequiredAgents(traffic, p.serviceLevelTarget, p.thresholdSeconds, patience);
    agents = required ?? Math.ceil(load);
  } else {
    agents = p.agents ?? 0;
  }
  const o = outcome(agents);
  const from = Math.max(0, Math.min(agents, Math.floor(load)) - CURVE_SPAN / 2);
  const to = Math.max(agents, Math.ceil(load)) + CURVE_SPAN;
  const curve = [];
  for (let n = from; n <= to; n++) curve.push({ agents: n, serviceLevel: outcome(n).serviceLevel });
  const staffed = p.serviceLevelTarget !== undefined ? required : agents;
  return {
    model: patience === undefined ? 'erlang_c' : 'erlang_a',
    load,
    agents,
    agentsRequired: required,
    scheduledStaff: staffed === null ? null : scheduledStaff(staffed, p.shrinkage),
    serviceLevel: o.serviceLevel,
    thresholdSeconds: p.thresholdSeconds,
    asaSeconds: o.asaSeconds,
    occupancy: o.occupancy,
    probabilityOfWaiting: o.probabilityOfWaiting,
    probabilityOfAbandon: 'probabilityOfAbandon' in o ? o.probabilityOfAbandon : null,
    stable: o.stable,
    curve,
  };
}
