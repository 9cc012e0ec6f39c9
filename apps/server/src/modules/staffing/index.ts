export * from './staffing.table.ts';
export { staffingRoutes } from './staffing.routes.ts';
export { computeErlang } from './staffing.erlang.ts';
