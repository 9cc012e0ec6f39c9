export * from './zoned-time.ts';
export * from './calendar.ts';
export * from './business-time.ts';
export * from './sla-clock.ts';
export * from './sla-evaluate.ts';
