// `npm run db:migrate:create -- <name>`: writes prisma/migrations/<stamp>_<name> from schema changes.
import { createMigration } from "../lib/db/migrations";

const name = process.argv.slice(2).join(" ").trim();
if (!name) {
  console.error("Name the migration: npm run db:migrate:create -- add_requests");
  process.exit(2);
}
createMigration(name)
  .then((folder) => {
    console.log(folder ? `Created prisma/migrations/${folder}` : "The schema matches the last migration: nothing to create.");
  })
  .catch((error: unknown) => {
    console.error(`Could not create the migration: ${(error as Error).message}`);
    process.exit(1);
  });
