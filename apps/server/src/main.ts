import { ConfigError, loadConfig } from './platform/config.ts';
import { DatabaseConnectError } from './platform/db.ts';
import { createLogger } from './platform/logger.ts';
import { MissingJobHandlerError } from './jobs/job-queue.ts';
import { startKontakt } from './server.ts';

/** Boot: config → database → migrations → jobs → HTTP; one clear line per start-up problem. */
async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      for (const p of err.problems) console.error(`kontakt: configuration: ${p}`);
      process.exit(2);
    }
    throw err;
  }
  const log = createLogger(config.logLevel);
  const started = Date.now();
  let kontakt;
  try {
    kontakt = await startKontakt({ config, log });
  } catch (err) {
    if (err instanceof DatabaseConnectError || err instanceof MissingJobHandlerError) {
      console.error(`kontakt: ${err.message}`);
      process.exit(1);
    }
    throw err;
  }
  await kontakt.app.listen({ port: config.port, host: config.host });
  log.info({ ms: Date.now() - started }, `Kontakt is ready at ${config.publicUrl}`);
  printDemo(kontakt.demo, config.publicUrl);

  let closing = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, async () => {
      if (closing) return;
      closing = true;
      log.info(`${signal} received, shutting down`);
      await kontakt.close().catch((err) => log.error({ err }, 'shutdown failed'));
      process.exit(0);
    });
  }
}

function printDemo(demo: Awaited<ReturnType<typeof startKontakt>>['demo'], url: string) {
  if (!demo?.created) return;
  const lines = [
    '',
    '  Demo organization "Demo Sklep" created. Sign in at ' + url,
    '',
    ...demo.logins.map((l) => `    ${l.role.padEnd(6)} ${l.email}`),
    '',
    `  Password for all of them: ${demo.password}`,
    '  (shown once; set DEMO_PASSWORD to choose it, SEED_DEMO=false to skip the demo)',
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((err) => {
  console.error('kontakt: failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
