import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from './errors.ts';

type Body = { error: { code: string; message: string; details?: unknown } };
const body = (code: string, message: string, details?: unknown): Body => ({
  error: details === undefined ? { code, message } : { code, message, details },
});

/** Maps Fastify's own error codes to ours. */
const FASTIFY_CODES: Record<string, [number, string, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'invalid_json', 'The request body is not valid JSON.'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'invalid_json', 'The request body is empty but JSON was declared.'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported_media_type', 'This content type is not accepted.'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'payload_too_large', 'The request body is too large.'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'validation_failed', 'The Content-Length header is wrong.'],
};

/** One error shape for every failure; 5xx details never leave the server. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof AppError) {
      if (err.headers) reply.headers(err.headers);
      return reply.status(err.statusCode).send(body(err.code, err.message, err.details));
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const issues = err.validation.map((v) => ({
        path: [
          ...String(err.validationContext ?? 'body')
            .split('.')
            .filter(Boolean),
          ...(v.instancePath?.split('/').filter(Boolean) ?? []),
        ],
        code: v.keyword,
        message: v.message ?? 'Invalid value',
      }));
      const first = issues[0];
      const where = first && first.path.length > 1 ? ` (${first.path.slice(1).join('.')})` : '';
      return reply
        .status(400)
        .send(body('validation_failed', `The request is not valid${where}: ${first?.message}`, { issues }));
    }
    const mapped = err.code ? FASTIFY_CODES[err.code] : undefined;
    if (mapped) return reply.status(mapped[0]).send(body(mapped[1], mapped[2]));
    if (err.statusCode === 429) {
      return reply.status(429).send(body('rate_limited', 'Too many requests. Wait a moment and try again.'));
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return reply.status(err.statusCode).send(body('validation_failed', err.message));
    }
    req.log.error({ err }, 'request failed');
    return reply.status(500).send(body('internal_error', 'Something went wrong on our side. Try again.'));
  });
}

/** Unknown routes answer 404 in the error shape; with a web app, other GETs get its index.html. */
export function installNotFound(app: FastifyInstance, spa: boolean): void {
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0] ?? '';
    if (spa && req.method === 'GET' && !path.startsWith('/api/') && !/\.[a-z0-9]+$/i.test(path)) {
      return reply.type('text/html').header('cache-control', 'no-cache').sendFile('index.html');
    }
    return reply.status(404).send(body('not_found', `No route for ${req.method} ${path}.`));
  });
}
