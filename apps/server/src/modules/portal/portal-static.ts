import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fastifyStatic from '@fastify/static';

const PORTAL_DIST = fileURLToPath(new URL('../../../../portal/dist/', import.meta.url));

/**
 * The built customer portal at `/portal/`: its files, and index.html for its client-side routes
 * (`/portal/{orgSlug}/…`). Nothing is served when the portal was not built.
 */
export async function servePortal(app: FastifyInstance, root: string = PORTAL_DIST) {
  const indexFile = `${root}/index.html`;
  if (!existsSync(indexFile)) return;
  const index = readFileSync(indexFile);
  await app.register(fastifyStatic, {
    root,
    prefix: '/portal/',
    wildcard: false,
    index: false,
    decorateReply: false,
    cacheControl: false,
    setHeaders: (res, path) => {
      res.setHeader(
        'cache-control',
        path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  const sendIndex = (_req: unknown, reply: FastifyReply) =>
    reply.type('text/html').header('cache-control', 'no-cache').send(index);
  app.get('/portal', { schema: { hide: true } }, (_req, reply) => reply.redirect('/portal/'));
  app.get('/portal/', { schema: { hide: true } }, sendIndex);
  app.get('/portal/*', { schema: { hide: true } }, (req, reply) => {
    const path = req.url.split('?')[0] ?? '';
    // A missing file (an old hashed bundle) is a 404, not the app's page.
    if (/\.[a-z0-9]+$/i.test(path))
      return reply.status(404).send({ error: { code: 'not_found', message: `No file at ${path}.` } });
    return sendIndex(req, reply);
  });
}
