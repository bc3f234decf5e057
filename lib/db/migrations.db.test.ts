import { afterAll, describe, expect, it } from "vitest";
import { createTestDb, testDatabaseUrl } from "@/lib/testing/db";
import { applyMigrations, listMigrationNames, migrationsDir } from "./migrations";

const url = testDatabaseUrl();

describe.skipIf(!url)(`migrations on ${process.env.TEST_DB}`, () => {
  const db = createTestDb(url!);
  afterAll(() => db.$disconnect());

  it("recorded every migration in the standard _prisma_migrations table", async () => {
    const rows = await db.$queryRaw<{ migration_name: string; finished_at: Date | null }[]>`
      SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name`;
    expect(rows.map((row) => row.migration_name)).toEqual(listMigrationNames(migrationsDir()));
    expect(rows.every((row) => row.finished_at !== null)).toBe(true);
  });

  it("applies nothing the second time", async () => {
    expect(await applyMigrations(url!)).toEqual([]);
  }, 60_000);

  it("created the tables the app uses", async () => {
    const user = await db.user.create({ data: { email: `m-${Date.now()}@example.org` } });
    expect(await db.user.findUnique({ where: { id: user.id } })).toMatchObject({ email: user.email });
    await db.user.delete({ where: { id: user.id } });
  });
});
