// Builds the web app when its bundle is missing, so `npm start` works right after `npm install`.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
const bundle = new URL('../apps/web/dist/index.html', import.meta.url);
// The chat widget (esbuild, a second) is built first: the server serves /widget.js from its dist.
const widget = new URL('../apps/widget/dist/frame/app.js', import.meta.url);
const widgetMissing = !existsSync(widget) || process.argv.includes('--force');
if (existsSync(new URL('../apps/widget/package.json', import.meta.url)) && widgetMissing) {
  console.log('Building the chat widget…');
  const w = spawnSync('npm', ['run', 'build', '-w', '@kontakt/widget'], { stdio: 'inherit' });
  if (w.status !== 0) process.exit(w.status ?? 1);
}
// The customer portal (Vite, served at /portal/) is built the same way when its bundle is missing.
const portal = new URL('../apps/portal/dist/index.html', import.meta.url);
const portalMissing = !existsSync(portal) || process.argv.includes('--force');
if (existsSync(new URL('../apps/portal/index.html', import.meta.url)) && portalMissing) {
  console.log('Building the customer portal…');
  const p = spawnSync('npm', ['run', 'build', '-w', '@kontakt/portal'], { stdio: 'inherit' });
  if (p.status !== 0) process.exit(p.status ?? 1);
}
if (!existsSync(new URL('../apps/web/index.html', import.meta.url))) process.exit(0);
if (existsSync(bundle) && !process.argv.includes('--force')) process.exit(0);
console.log('Building the web app (first start)…');
const r = spawnSync('npm', ['run', 'build', '-w', '@kontakt/web'], { stdio: 'inherit' });
process.exit(r.status ?? 1);
