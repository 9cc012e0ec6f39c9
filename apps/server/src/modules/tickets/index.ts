export * from './tickets.table.ts';
export * from './tickets.policy.ts';
export * from './tickets.repo.ts';
export * from './tickets.presenter.ts';
export * from './tickets.service.ts';
export * from './messages.service.ts';
export * from './ticket-list.ts';
export * from './ticket-events.ts';
