export * from './common.ts';
export * from './errors.ts';
export * from './agents.ts';
export * from './auth.ts';
