// Gets a database ready to serve. Run by `npm start` and `npm run dev`.
//
// - A file: database (one server): creates the file, applies migrations and,
//   the first time only, adds the demo content.
// - A libSQL database (any number of servers): migrations run once against the
//   primary (`npm run db:migrate`), never from each server, and nothing is
//   seeded; here we only check that they have run.
import "server-only";
import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { isFileDatabase, openDatabase, type AppDatabase } from "./client";
import { appliedMigrations, migrateDatabase, migrationsFolder } from "./migrate";
import { seedDemoContentOnce } from "./seed/demo";

/** The database has migrations still to run: the caller should stop with this message. */
export class DatabaseNotMigratedError extends Error {
  override name = "DatabaseNotMigratedError";
}

export async function prepareDatabase(url: string, options: { authToken?: string } = {}): Promise<{ seeded: boolean }> {
  const db = openDatabase(url, { authToken: options.authToken });
  try {
    if (!isFileDatabase(url)) {
      await assertMigrated(db, url);
      return { seeded: false };
    }
    await migrateDatabase(db);
    return await seedDemoContentOnce(db);
  } finally {
    await db.$close();
  }
}

/** The last committed migration, from db/migrations/meta/_journal.json. */
export function latestMigration(): { tag: string; when: number } {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, "meta", "_journal.json"), "utf8")) as {
    entries: { tag: string; when: number }[];
  };
  const last = journal.entries.at(-1);
  if (!last) throw new Error("db/migrations/meta/_journal.json lists no migrations");
  return { tag: last.tag, when: last.when };
}

/**
 * Throws DatabaseNotMigratedError unless the latest migration applied is the
 * last committed one.
 */
export async function assertMigrated(db: AppDatabase, url: string): Promise<void> {
  const expected = latestMigration();
  const { latestAt: appliedAt } = await appliedMigrations(db);
  if (appliedAt === null || appliedAt < expected.when) {
    throw new DatabaseNotMigratedError(
      `The database at ${url} is not fully migrated (${
        appliedAt === null ? "no migrations applied" : `latest applied migration from ${new Date(appliedAt).toISOString()}`
      }; this code expects ${expected.tag}). App servers do not migrate a libSQL database: run npm run db:migrate against the primary first (DATABASE_URL=<primary> npm run db:migrate).`,
    );
  }
}

/** After a bulk load: fresh statistics for the query planner, on an embedded database (a libSQL server is left to itself). */
export async function optimizeDatabase(db: AppDatabase): Promise<void> {
  if (db.$kind === "embedded") await db.run(sql`PRAGMA optimize`);
}
