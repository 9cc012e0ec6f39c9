import { fileURLToPath } from 'node:url';

/** The repository root, whatever the current directory is. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The built web app the server serves at `/`. */
export const WEB_INDEX = fileURLToPath(new URL('../../apps/web/dist/index.html', import.meta.url));

/** Screenshots of every step, one folder per test (git-ignored). */
export const ARTIFACTS_DIR = fileURLToPath(new URL('../artifacts/', import.meta.url));

/** Debian's Chromium; CI installs it with apt-get. */
export const CHROMIUM_PATH = '/usr/bin/chromium';
