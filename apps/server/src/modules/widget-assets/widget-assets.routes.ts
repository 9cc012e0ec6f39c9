import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { AppError } from '../../http/errors.ts';

const WIDGET_DIST = fileURLToPath(new URL('../../../../widget/dist/', import.meta.url));
const DEMO_DIR = fileURLToPath(new URL('./demo/', import.meta.url));

/** The chat app's files in `dist/frame/`, by the name they are served under `/widget/`. */
const FRAME_FILES: Record<string, string> = {
  'frame.html': 'text/html; charset=utf-8',
  'app.js': 'text/javascript; charset=utf-8',
  'app.css': 'text/css; charset=utf-8',
};

/**
 * The CSP of the chat app's iframe: only its own files, the Socket.IO connection back to this
 * server, avatars over https, and any page may embed it.
 */
function frameCsp(publicUrl: string) {
  const ws = publicUrl.replace(/^http/, 'ws');
  return {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:', 'blob:', 'https:'],
      connectSrc: ["'self'", ws],
      frameAncestors: ['*'],
      formAction: ["'none'"],
      upgradeInsecureRequests: publicUrl.startsWith('https://') ? [] : null,
    },
  };
}

/** The demo shop page's CSP: as strict as a careful shop's, and the widget still works. */
const DEMO_CSP = {
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    frameSrc: ["'self'"],
    frameAncestors: ["'self'"],
  },
};

async function send(reply: FastifyReply, path: string, type: string, cache: string) {
  let body: Buffer;
  try {
    body = await readFile(path);
  } catch {
    throw new AppError(
      404,
      'not_found',
      'The chat widget is not built: run `npm run build -w @kontakt/widget`.',
    );
  }
  return reply.header('content-type', type).header('cache-control', cache).send(body);
}

/**
 * Serves the chat widget: the loader `/widget.js` (embedded by any site, so cross-origin), the
 * chat app `/widget/frame.html|app.js|app.css` (framed by any site, with its own strict CSP), and,
 * when the demo data is seeded, the sample shop page `/demo/shop` that embeds the demo channel.
 */
export function widgetAssetsRoutes(opts: { dist?: string } = {}): FastifyPluginAsync {
  const dist = opts.dist ?? WIDGET_DIST;
  return async (app) => {
    const { config } = app.deps;
    const crossOrigin = { crossOriginResourcePolicy: { policy: 'cross-origin' as const } };
    app.get('/widget.js', { schema: { hide: true }, helmet: crossOrigin }, (_req, reply) =>
      send(reply, `${dist}/widget.js`, FRAME_FILES['app.js']!, 'public, max-age=300'),
    );
    app.get<{ Params: { file: string } }>(
      '/widget/:file',
      {
        schema: { hide: true },
        helmet: { ...crossOrigin, frameguard: false, contentSecurityPolicy: frameCsp(config.publicUrl) },
      },
      (req, reply) => {
        const type = Object.hasOwn(FRAME_FILES, req.params.file) ? FRAME_FILES[req.params.file] : undefined;
        if (!type) throw new AppError(404, 'not_found', 'No such widget file.');
        const cache = req.params.file.endsWith('.html') ? 'no-cache' : 'public, max-age=300';
        return send(reply, `${dist}/frame/${req.params.file}`, type, cache);
      },
    );
    if (!config.seedDemo) return;
    app.get(
      '/demo/shop',
      { schema: { hide: true }, helmet: { contentSecurityPolicy: DEMO_CSP } },
      (_req, reply) => send(reply, `${DEMO_DIR}/shop.html`, FRAME_FILES['frame.html']!, 'no-cache'),
    );
    app.get('/demo/shop.css', { schema: { hide: true } }, (_req, reply) =>
      send(reply, `${DEMO_DIR}/shop.css`, FRAME_FILES['app.css']!, 'no-cache'),
    );
  };
}
