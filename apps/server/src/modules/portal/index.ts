export * from './portal.table.ts';
export { portalRoutes } from './portal.routes.ts';
export { servePortal } from './portal-static.ts';
