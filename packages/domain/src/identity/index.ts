export * from './tax-ids.ts';
export * from './identities.ts';
export * from './attributes.ts';
