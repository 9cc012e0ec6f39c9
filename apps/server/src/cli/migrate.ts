import { ConfigError, loadConfig } from '../platform/config.ts';
import { DatabaseConnectError, openDatabase } from '../platform/db.ts';
import { migrate } from '../platform/migrate.ts';

/** `npm run db:migrate`: applies pending migrations and exits. */
try {
  const config = loadConfig();
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  const applied = await migrate(database);
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
  await database.close();
} catch (err) {
  if (err instanceof ConfigError) err.problems.forEach((p) => console.error(`kontakt: configuration: ${p}`));
  else if (err instanceof DatabaseConnectError) console.error(`kontakt: ${err.message}`);
  else console.error('kontakt: migration failed:', err instanceof Error ? err.message : err);
  process.exit(1);
}
