import path from "node:path";
import { migrate } from "drizzle-orm/sqlite-proxy/migrator";
import type { AppDatabase } from "./client";
import { deriveMissingBodyText } from "./queries/search";

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
