export * from './time-tracking.table.ts';
export { timeTrackingRoutes } from './time-tracking.routes.ts';
