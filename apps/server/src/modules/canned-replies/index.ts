export * from './canned-replies.table.ts';
export { cannedRepliesRoutes } from './canned-replies.routes.ts';
export { prepareVariants } from './canned-replies.variants.ts';
export { contextFor, renderVariant } from './canned-replies.render.ts';
