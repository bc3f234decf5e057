import { defineConfig } from "prisma/config";

// The CLI needs no database URL for `generate`; migrations run through lib/db/migrate.ts.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
