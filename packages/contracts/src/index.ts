export * from './common.ts';
export * from './errors.ts';
export * from './agents.ts';
export * from './auth.ts';
export * from './tickets.ts';
export * from './customers.ts';
export * from './realtime.ts';
export * from './email.ts';
