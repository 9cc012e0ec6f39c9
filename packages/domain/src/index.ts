export * from './tickets/status.ts';
export * from './tickets/custom-fields.ts';
export * from './identity/index.ts';
export * from './canned-replies/index.ts';
export * from './email/index.ts';
export * from './calendars/index.ts';
