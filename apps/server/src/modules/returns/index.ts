export * from './returns.table.ts';
export { returnsRoutes } from './returns.routes.ts';
export { getReturnForPortal, listReturnsForTickets } from './returns.service.ts';
