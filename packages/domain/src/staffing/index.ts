export * from './erlang-c.ts';
export * from './erlang-a.ts';
export * from './forecast.ts';
