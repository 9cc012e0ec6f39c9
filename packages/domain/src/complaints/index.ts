export * from './clock.ts';
export * from './validate.ts';
