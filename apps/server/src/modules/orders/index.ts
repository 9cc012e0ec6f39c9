export * from './orders.table.ts';
export { catalogRoutes } from './catalog.routes.ts';
export { ordersRoutes } from './orders.routes.ts';
export { orderHooksRoutes } from './order-hooks.routes.ts';
export { fulfilmentJob } from './order-fulfilment.ts';
export { findOrderForCustomer, listOrdersForCustomer } from './orders.portal.ts';
