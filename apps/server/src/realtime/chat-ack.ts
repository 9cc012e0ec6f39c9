import type { Logger } from 'pino';
import type { z } from 'zod';
import type { ChatErrorCode } from '@kontakt/contracts';
import { AppError } from '../http/errors.ts';

type Failure = { ok: false; error: { code: ChatErrorCode; message?: string; details?: unknown } };

const KNOWN = new Set<string>([
  'validation_failed',
  'not_found',
  'rate_limited',
  'chat_ended',
  'attachment_rejected',
  'offer_gone',
  'forbidden',
]);

/** An error as a chat acknowledgement: service errors keep their code, anything else is internal. */
export function chatFailure(err: unknown, log: Logger): Failure {
  if (err instanceof AppError && KNOWN.has(err.code)) {
    return {
      ok: false,
      error: { code: err.code as ChatErrorCode, message: err.message, details: err.details },
    };
  }
  if (err instanceof AppError && err.statusCode < 500) {
    return { ok: false, error: { code: 'validation_failed', message: err.message, details: err.details } };
  }
  log.error({ err }, 'chat request failed');
  return { ok: false, error: { code: 'internal_error' } };
}

/**
 * Wraps a chat request handler (both namespaces): validates the payload with its contract,
 * answers through the acknowledgement when there is one, and turns service errors into
 * `{ ok: false, error: { code } }` (never letting one escape into Socket.IO).
 */
export function chatHandler<S extends z.ZodType, R>(
  schema: S,
  log: Logger,
  fn: (input: z.infer<S>) => Promise<R>,
) {
  return (raw: unknown, ack?: unknown) => {
    const reply = typeof ack === 'function' ? (ack as (r: R | Failure) => void) : () => undefined;
    const parsed = schema.safeParse(raw ?? {});
    if (!parsed.success) {
      reply({ ok: false, error: { code: 'validation_failed', message: parsed.error.message } });
      return;
    }
    fn(parsed.data).then(reply, (err: unknown) => reply(chatFailure(err, log)));
  };
}
