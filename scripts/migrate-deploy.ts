// `npm run db:migrate:deploy`: applies pending migrations to DATABASE_URL, or to the embedded
// database (which applies them itself when it starts). The app also does this on start.
import { loadConfig } from "../lib/config";
import { ensureEmbeddedDatabase, releaseOwnership } from "../lib/db/embedded";
import { applyMigrations } from "../lib/db/migrations";

async function main() {
  const config = loadConfig();
  if (config.DATABASE_URL) {
    const applied = await applyMigrations(config.DATABASE_URL);
    console.log(applied.length ? `Applied: ${applied.join(", ")}` : "The database is up to date.");
    return;
  }
  await ensureEmbeddedDatabase(config.dataDir);
  console.log(`The embedded database in ${config.dataDir} is up to date.`);
  await releaseOwnership(config.dataDir);
}
main().catch((error: unknown) => {
  console.error(`Migration failed: ${(error as Error).message}`);
  process.exit(1);
});
