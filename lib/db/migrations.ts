import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { trimChars } from "@/lib/text/trim";
import { noFilters, schemaFiles, withSchemaEngine } from "./schema-engine";

// Each migration folder also keeps `schema.prisma`, the schema it brings the database to: the wasm
// engine cannot diff from the migration history (that needs a shadow database), so a new migration
// is the diff from the last snapshot. `prisma migrate deploy` reads only migration.sql.
export const SNAPSHOT_FILE = "schema.prisma";

export function migrationsDir(root = process.cwd()) {
  return path.join(root, "prisma", "migrations");
}

export function schemaPath(root = process.cwd()) {
  return path.join(root, "prisma", "schema.prisma");
}

export function listMigrationNames(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
}

function migrationList(dir: string) {
  const lockPath = path.join(dir, "migration_lock.toml");
  return {
    baseDir: dir,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: listMigrationNames(dir).map((name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok", value: readFileSync(path.join(dir, name, "migration.sql"), "utf8") },
      },
    })),
  };
}

/** Applies pending migrations; returns the names applied now. Safe to call on every start. */
export async function applyMigrations(connectionString: string, root = process.cwd()): Promise<string[]> {
  const schema = readFileSync(schemaPath(root), "utf8");
  const dir = migrationsDir(root);
  return withSchemaEngine(connectionString, schema, async (engine) => {
    const result = await engine.applyMigrations({ migrationsList: migrationList(dir), filters: noFilters });
    return result.appliedMigrationNames;
  });
}

/** The SQL that takes the last migration's schema to `schema`; empty when nothing changed. */
export async function pendingSchemaSql(schema: string, root = process.cwd()): Promise<string> {
  const dir = migrationsDir(root);
  const last = listMigrationNames(dir).at(-1);
  const snapshot = last ? path.join(dir, last, SNAPSHOT_FILE) : null;
  if (snapshot && !existsSync(snapshot)) {
    throw new Error(`Migration ${last} has no ${SNAPSHOT_FILE} snapshot; copy the schema it was made from there.`);
  }
  const from = snapshot ? { tag: "schemaDatamodel", ...schemaFiles(readFileSync(snapshot, "utf8")) } : { tag: "empty" };
  return withSchemaEngine(null, schema, async (engine) => {
    const result = await engine.diff({
      from,
      to: { tag: "schemaDatamodel", ...schemaFiles(schema) },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    const sql = result.stdout ?? "";
    return sql.split("\n").every((line) => line.trim() === "" || line.trim().startsWith("--")) || sql.includes("This is an empty migration.") ? "" : sql;
  });
}

export function migrationFolderName(name: string, now: Date): string {
  const slug = trimChars(name.toLowerCase().replace(/[^a-z0-9]+/g, "_"), "_");
  if (!slug) throw new Error("Give the migration a name made of letters or digits, e.g. `add_requests`.");
  const stamp = now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
  return `${stamp}_${slug}`;
}

/** Writes a new migration folder from the schema changes; returns its name, or null if none. */
export async function createMigration(name: string, root = process.cwd(), now = new Date()): Promise<string | null> {
  const schema = readFileSync(schemaPath(root), "utf8");
  const sql = await pendingSchemaSql(schema, root);
  if (!sql) return null;
  const dir = migrationsDir(root);
  const folder = migrationFolderName(name, now);
  mkdirSync(path.join(dir, folder), { recursive: true });
  writeFileSync(path.join(dir, folder, "migration.sql"), sql);
  writeFileSync(path.join(dir, folder, SNAPSHOT_FILE), schema);
  const lock = path.join(dir, "migration_lock.toml");
  if (!existsSync(lock)) writeFileSync(lock, 'provider = "postgresql"\n');
  return folder;
}
