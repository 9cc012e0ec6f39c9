export * from './agents.table.ts';
export * from './agents.repo.ts';
export * from './agents.presenter.ts';
export * from './agents.service.ts';
