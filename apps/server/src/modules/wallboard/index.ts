export { wallboardRoutes } from './wallboard.routes.ts';
export { chatServiceLevel } from './wallboard.service.ts';
