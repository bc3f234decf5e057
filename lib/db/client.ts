import { PrismaPg } from "@prisma/adapter-pg";
import { loadConfig } from "@/lib/config";
import { embeddedOwnerAlive, ensureEmbeddedDatabase } from "./embedded";
import { applyMigrations } from "./migrations";
import { PrismaClient } from "./generated/client";
import { RetryingPool } from "./retrying-pool";
import { log } from "@/lib/log";

// The one Prisma client of a process. Not marked server-only: `npm run reminders` and the tests
// use it outside Next. Always the PostgreSQL driver, embedded or not, so both run the same path.
export type Db = PrismaClient;

type State = { client?: Promise<PrismaClient>; checkedAt?: number };
const state: State = ((globalThis as { __rightsdeskDb?: State }).__rightsdeskDb ??= {});

async function connect(): Promise<PrismaClient> {
  const config = loadConfig();
  let url = config.DATABASE_URL;
  if (url) {
    const applied = await applyMigrations(url);
    if (applied.length) log.info({ scope: "db", migrations: applied }, "applied migrations");
  } else {
    url = await ensureEmbeddedDatabase(config.dataDir);
  }
  const pool = new RetryingPool({ connectionString: url, max: 10 }, () => takeOverIfOwnerGone(config.DATABASE_URL ? null : config.dataDir));
  return new PrismaClient({ adapter: new PrismaPg(pool) });
}

// Another process served the embedded folder and went away: serve it ourselves. The socket path
// stays the same, so the existing pool reconnects to us.
async function takeOverIfOwnerGone(dataDir: string | null): Promise<void> {
  if (dataDir && !embeddedOwnerAlive(dataDir)) await ensureEmbeddedDatabase(dataDir);
}

/** The database client, with migrations applied. Cheap after the first call. */
export async function getDb(): Promise<PrismaClient> {
  const config = loadConfig();
  const now = Date.now();
  if (state.client && !config.DATABASE_URL && now - (state.checkedAt ?? 0) > 2000) {
    state.checkedAt = now;
    await takeOverIfOwnerGone(config.dataDir);
  }
  state.client ??= connect().catch((error: unknown) => {
    state.client = undefined;
    throw error;
  });
  return state.client;
}
