import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { startServer, type RunningServer, type ServerOptions } from './server.ts';

/**
 * One server (fresh database) and one browser for the journeys of a file; each test opens its
 * own context with `Journey.open`.
 */
export function useServerAndBrowser(options: ServerOptions | (() => Promise<ServerOptions>) = {}): {
  server: () => RunningServer;
  browser: () => Browser;
} {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    const serverOptions = typeof options === 'function' ? await options() : options;
    const [started, launched] = await Promise.allSettled([startServer(serverOptions), launchBrowser()]);
    if (started.status === 'fulfilled') server = started.value;
    if (launched.status === 'fulfilled') browser = launched.value;
    if (started.status === 'rejected') throw started.reason;
    if (launched.status === 'rejected') throw launched.reason;
  });

  afterAll(async () => {
    await Promise.allSettled([browser?.close(), server?.stop()]);
  });

  return {
    server: () => {
      if (!server) throw new Error('the server did not start');
      return server;
    },
    browser: () => {
      if (!browser) throw new Error('the browser did not start');
      return browser;
    },
  };
}
