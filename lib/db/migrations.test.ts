import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { listMigrationNames, migrationFolderName, migrationsDir, pendingSchemaSql, schemaPath } from "./migrations";

describe("migrations", () => {
  it("has a migration for every change in prisma/schema.prisma", async () => {
    // Fails when someone edits the schema and forgets `npm run db:migrate:create -- <name>`.
    const sql = await pendingSchemaSql(readFileSync(schemaPath(), "utf8"));
    expect(sql).toBe("");
  }, 60_000);

  it("finds the committed migrations in order", () => {
    const names = listMigrationNames(migrationsDir());
    expect(names.length).toBeGreaterThan(0);
    expect([...names].sort()).toEqual(names);
    expect(names[0]).toMatch(/^\d{14}_init$/);
  });

  it("produces SQL for a schema change", async () => {
    const schema = readFileSync(schemaPath(), "utf8") + "\nmodel Probe {\n  id Int @id\n}\n";
    const sql = await pendingSchemaSql(schema);
    expect(sql).toContain('CREATE TABLE "Probe"');
  }, 60_000);

  it("names folders with a UTC stamp and a safe slug", () => {
    expect(migrationFolderName("Add requests & events", new Date("2026-03-01T10:20:30Z"))).toBe("20260301102030_add_requests_events");
    expect(() => migrationFolderName("!!!", new Date())).toThrow(/letters or digits/);
  });
});
