export * from './sla.table.ts';
export { applySla } from './sla-apply.ts';
export type { StoredSla } from './sla-compute.ts';
export { slaFireJob, sweepSla, watchSlaChanges, scheduleSlaJobs, slaJobId } from './sla-jobs.ts';
export { calendarsRoutes } from './calendars.routes.ts';
export { slaPoliciesRoutes } from './sla-policies.routes.ts';
