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
if (!existsSync(new URL('../apps/web/index.html', import.meta.url))) process.exit(0);
if (existsSync(bundle) && !process.argv.includes('--force')) process.exit(0);
console.log('Building the web app (first start)…');
const r = spawnSync('npm', ['run', 'build', '-w', '@kontakt/web'], { stdio: 'inherit' });
process.exit(r.status ?? 1);
