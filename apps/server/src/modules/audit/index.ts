export * from './audit.table.ts';
export * from './audit.service.ts';
