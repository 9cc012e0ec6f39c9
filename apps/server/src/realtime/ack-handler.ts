import type { Logger } from 'pino';
import type { z } from 'zod';

type Failure = {
  ok: false;
  error: { code: 'validation_failed' | 'not_found' | 'internal_error'; message?: string };
};

export const notFoundAck = (): Failure => ({
  ok: false,
  error: { code: 'not_found', message: 'No such ticket.' },
});

/**
 * Wraps a client request handler: validates the payload with its contract schema, answers
 * through the acknowledgement (when the client asked for one) and never lets an error escape
 * into Socket.IO. Unexpected errors are logged and answered with `internal_error`.
 */
export function withAck<S extends z.ZodType, R>(
  schema: S,
  log: Logger,
  fn: (input: z.infer<S>) => Promise<R>,
) {
  return (raw: unknown, ack?: unknown) => {
    const reply = typeof ack === 'function' ? (ack as (r: R | Failure) => void) : () => undefined;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      reply({ ok: false, error: { code: 'validation_failed', message: parsed.error.message } });
      return;
    }
    fn(parsed.data).then(reply, (err: unknown) => {
      log.error({ err }, 'realtime request failed');
      reply({ ok: false, error: { code: 'internal_error' } });
    });
  };
}
