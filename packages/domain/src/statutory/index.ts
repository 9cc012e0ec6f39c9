export * from './rules.ts';
export * from './deadline.ts';
