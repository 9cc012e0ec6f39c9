export { qualityRoutes } from './quality.routes.ts';
export { qaReviews, qaScorecards } from './quality.table.ts';
