export * from './aggregate.ts';
