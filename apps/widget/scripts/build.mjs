/* eslint-disable no-console -- a build script reports to the terminal */
// Builds the widget into dist/: the loader `widget.js` (served at /widget.js) and the chat app
// in dist/frame/ (served at /widget/frame.html, /widget/app.js, /widget/app.css).
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { build } from 'esbuild';

const root = new URL('../', import.meta.url);
const dist = new URL('dist/', root);
const path = (rel) => new URL(rel, root).pathname;

await rm(dist, { recursive: true, force: true });
await mkdir(new URL('frame/', dist), { recursive: true });

const common = {
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  legalComments: 'none',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
};
await build({ ...common, entryPoints: [path('src/loader/loader.ts')], outfile: path('dist/widget.js') });
await build({ ...common, entryPoints: [path('src/app/main.ts')], outfile: path('dist/frame/app.js') });
await build({
  entryPoints: [path('src/app/app.css')],
  outfile: path('dist/frame/app.css'),
  minify: true,
  logLevel: 'warning',
});
await copyFile(path('src/frame.html'), path('dist/frame/frame.html'));
console.log('Widget built: apps/widget/dist/widget.js, apps/widget/dist/frame/');
