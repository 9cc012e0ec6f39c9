export * from './sla.table.ts';
export { applySla } from './sla-apply.ts';
export { publicHolidays } from './holidays.ts';
export type { StoredSla } from './sla-compute.ts';
export { slaFireJob, sweepSla, watchSlaChanges, scheduleSlaJobs, slaJobId } from './sla-jobs.ts';
export { calendarsRoutes } from './calendars.routes.ts';
export { slaPoliciesRoutes } from './sla-policies.routes.ts';
export { slaRecomputeRoutes } from './sla-recompute.routes.ts';
export { requestSlaRecompute, resumeStalledRecomputes, slaRecomputeJob } from './sla-recompute.ts';
