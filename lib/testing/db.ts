import { PrismaPg } from "@prisma/adapter-pg";
import { inject } from "vitest";
import { PrismaClient } from "@/lib/db/generated/client";

// Database tests get a real server from lib/testing/db-global-setup.ts: PGlite or PostgreSQL.
export function testDatabaseUrl(): string | null {
  return inject("databaseUrl");
}

export function createTestDb(url: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 4 }) });
}

export async function resetDatabase(db: PrismaClient): Promise<void> {
  const rows = await db.$queryRawUnsafe<{ tablename: string }[]>(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
  );
  if (rows.length) {
    await db.$executeRawUnsafe(`TRUNCATE ${rows.map((row) => `"${row.tablename}"`).join(", ")} CASCADE`);
  }
}

/** Points the app's own getDb() at the test server, so code under test runs unchanged. */
export function useTestDatabaseForApp(url: string): void {
  process.env.DATABASE_URL = url;
}
