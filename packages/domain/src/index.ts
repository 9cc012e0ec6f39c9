export * from './tickets/status.ts';
export * from './tickets/custom-fields.ts';
export * from './identity/index.ts';
