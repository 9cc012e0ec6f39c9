// Builds the web app when its bundle is missing, so `npm start` works right after `npm install`.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
const bundle = new URL('../apps/web/dist/index.html', import.meta.url);
if (!existsSync(new URL('../apps/web/index.html', import.meta.url))) process.exit(0);
if (existsSync(bundle) && !process.argv.includes('--force')) process.exit(0);
console.log('Building the web app (first start)…');
const r = spawnSync('npm', ['run', 'build', '-w', '@kontakt/web'], { stdio: 'inherit' });
process.exit(r.status ?? 1);
