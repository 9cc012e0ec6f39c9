export * from './complaints.table.ts';
export { complaintsRoutes } from './complaints.routes.ts';
export { deadlinesRoutes } from './deadlines.routes.ts';
export { sweepComplaints } from './complaints.jobs.ts';
