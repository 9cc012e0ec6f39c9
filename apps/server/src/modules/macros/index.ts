export * from './macros.table.ts';
export { macrosRoutes } from './macros.routes.ts';
export { applyMacro } from './macros.apply.ts';
