import path from "node:path";
import { sql } from "drizzle-orm";
import { migrate } from "drizzle-orm/sqlite-proxy/migrator";
import type { AppDatabase } from "./client";
import { deriveMissingBodyText } from "./queries/story-writes";

export const migrationsFolder = path.join(process.cwd(), "db", "migrations");

/**
 * Applies every committed migration that has not run yet, all in one
 * transaction, then the data steps SQL cannot do. Safe to call repeatedly.
 * On libSQL it runs against the primary (`npm run db:migrate`), never from an
 * app server.
 */
export async function migrateDatabase(db: AppDatabase): Promise<void> {
  await migrate(db as unknown as Parameters<typeof migrate>[0], (statements) => (statements.length ? db.$script(statements) : Promise.resolve()), { migrationsFolder });
  // 0006 added stories.body_text; stories written before it get theirs here.
  await deriveMissingBodyText(db);
}

/**
 * How many migrations the database has applied, and when the newest of them
 * was committed (its journal `when`, which drizzle stores as created_at).
 */
export async function appliedMigrations(db: AppDatabase): Promise<{ count: number; latestAt: number | null }> {
  const table = await db.get<{ n: number } | undefined>(
    sql`SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table' AND name = '__drizzle_migrations'`,
  );
  if (!table || !Number(table.n)) return { count: 0, latestAt: null };
  const row = await db.get<{ n: number; latest: number | string | null }>(
    sql`SELECT count(*) AS n, max(created_at) AS latest FROM __drizzle_migrations`,
  );
  return { count: Number(row.n), latestAt: row.latest == null ? null : Number(row.latest) };
}
