export * from './outbox.table.ts';
export * from './outbox.service.ts';
