import { loadConfig } from "./config";
import { ConfigError } from "./config/env";
import { getDb } from "./db/client";

// Called once per server start (instrumentation.ts), before the first request is served.
export async function startServer(): Promise<void> {
  try {
    loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`\n${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  try {
    await getDb();
  } catch (error) {
    console.error(`\nThe database could not be opened: ${(error as Error).message}\nCheck DATABASE_URL (server address, database name, user and password), or unset it to use the embedded database.\n`);
    process.exit(1);
  }
}
