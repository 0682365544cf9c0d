import path from "node:path";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import type { AppDatabase } from "./client";

export const migrationsFolder = path.join(process.cwd(), "db", "migrations");

/** Applies every committed migration that has not run yet. Safe to call repeatedly. */
export function migrateDatabase(db: AppDatabase): void {
  migrate(db, { migrationsFolder });
}
