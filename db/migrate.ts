import path from "node:path";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import type { AppDatabase } from "./client";
import { deriveMissingBodyText } from "./queries/search";

export const migrationsFolder = path.join(process.cwd(), "db", "migrations");

/** Applies every committed migration that has not run yet, then the data steps SQL cannot do. Safe to call repeatedly. */
export function migrateDatabase(db: AppDatabase): void {
  migrate(db, { migrationsFolder });
  // 0006 added stories.body_text; stories written before it get theirs here.
  deriveMissingBodyText(db);
}
