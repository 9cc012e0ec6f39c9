export * from './conditions.ts';
export * from './actions.ts';
export * from './chain.ts';
export * from './time-trigger.ts';
