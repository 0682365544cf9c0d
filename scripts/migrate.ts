// npm run db:migrate — apply committed migrations to DATABASE_URL (default
// ./data/app.db), or, for a libSQL cluster, to its primary (DATABASE_URL, with
// DATABASE_AUTH_TOKEN if it asks for one). Run it once per deploy, before the
// app servers start: they never migrate a libSQL database themselves.
import { openDatabase } from "@/db/client";
import { appliedMigrations, migrateDatabase } from "@/db/migrate";
import { env } from "@/lib/env";

async function main() {
  const url = env.DATABASE_URL;
  const db = openDatabase(url, { authToken: env.DATABASE_AUTH_TOKEN });
  try {
    const before = (await appliedMigrations(db)).count;
    await migrateDatabase(db);
    const after = (await appliedMigrations(db)).count;
    console.log(
      after > before
        ? `Migrated ${url}: applied ${after - before} migration${after - before === 1 ? "" : "s"} (${after} in all).`
        : `${url} is up to date (${after} migrations applied); nothing to do.`,
    );
  } finally {
    await db.$close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
