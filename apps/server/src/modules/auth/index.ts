export * from './auth.table.ts';
export * from './sessions.service.ts';
export * from './login.service.ts';
export * from './password.service.ts';
export * from './totp.service.ts';
export * from './api-tokens.service.ts';
