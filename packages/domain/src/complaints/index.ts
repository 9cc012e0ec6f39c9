export * from './clock.ts';
export * from './validate.ts';
export * from './refund.ts';
