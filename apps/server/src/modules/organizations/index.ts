export * from './organizations.table.ts';
