import { pino, type Logger } from 'pino';

/**
 * JSON logs. Secrets and personal data never reach them: credentials, cookies, tokens and the
 * usual personal fields are redacted wherever they appear in a logged object.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'kontakt' },
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
        '*.password',
        '*.currentPassword',
        '*.newPassword',
        '*.token',
        '*.totp',
        '*.secret',
        '*.email',
        '*.phone',
      ],
      censor: '[redacted]',
    },
  });
}
export type { Logger };
