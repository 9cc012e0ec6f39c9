export * from './organizations.table.ts';
export * from './organizations.settings.ts';
