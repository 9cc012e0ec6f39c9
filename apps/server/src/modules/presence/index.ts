export * from './presence.table.ts';
export { presenceRoutes } from './presence.routes.ts';
export { setAgentState, listAgentPresence } from './presence.service.ts';
