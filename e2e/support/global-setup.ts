import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH, REPO_ROOT, WEB_INDEX } from './paths.ts';

/** Once before all journeys: Chromium must be installed and the web app built. */
export default function setup(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `${CHROMIUM_PATH} is missing: install it with \`apt-get update && apt-get install -y chromium\`.`,
    );
  }
  if (!existsSync(WEB_INDEX)) {
    console.log('e2e: apps/web/dist/index.html is missing, building the web app…');
    const result = spawnSync('npm', ['run', 'build', '-w', '@kontakt/web'], {
      cwd: REPO_ROOT,
      stdio: 'inherit',
    });
    if (result.status !== 0 || !existsSync(WEB_INDEX)) {
      throw new Error(`Building the web app failed (exit ${String(result.status)}).`);
    }
  }
}
