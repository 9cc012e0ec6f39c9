export * from './presence.table.ts';
export { presenceRoutes } from './presence.routes.ts';
export { setAgentState, listAgentPresence, presenceOf } from './presence.service.ts';
