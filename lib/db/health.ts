import { getDb } from "./client";
import { DatabaseUnavailableError } from "./retrying-pool";

// Opening and pinging the database without handing out the client (which only data.ts and
// mutations.ts hold): for server start-up, the health route and the session check.

/** Opens the database and applies migrations; throws what opening threw. */
export async function openDatabase(): Promise<void> {
  await getDb();
}

/** Throws DatabaseUnavailableError unless the database answers (after the pool's own retries). */
export async function assertDatabaseReachable(): Promise<void> {
  try {
    await (
      await getDb()
    ).$queryRaw`SELECT 1`;
  } catch (error) {
    throw error instanceof DatabaseUnavailableError ? error : new DatabaseUnavailableError(error);
  }
}
