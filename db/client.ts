// The one way to open the database: WAL, foreign keys and a busy timeout on every
// connection, and one cached connection per process (it survives hot reload).
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type { Logger } from "drizzle-orm";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { env } from "@/lib/env";
import * as schema from "./schema";

export type AppDatabase = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** `file:./data/app.db` → an absolute path. */
export function databasePath(url: string): string {
  if (!url.startsWith("file:")) throw new Error(`Unsupported DATABASE_URL "${url}": expected file:…`);
  return path.resolve(url.slice("file:".length));
}

export function openDatabase(url: string, { logger }: { logger?: Logger } = {}): AppDatabase {
  const file = databasePath(url);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  // Safe with WAL: a power cut may lose the last commits but never corrupts.
  sqlite.pragma("synchronous = NORMAL");
  return drizzle(sqlite, { schema, logger });
}

/**
 * For transactions that read before they write: take the write lock at BEGIN,
 * so another process's write makes us wait (busy_timeout) instead of failing
 * with SQLITE_BUSY when a deferred read lock tries to upgrade.
 */
export const IMMEDIATE = { behavior: "immediate" } as const;

const cache = globalThis as unknown as { __aiWinsDb?: AppDatabase };

/**
 * The app's database. Opened on first use rather than at import. `next build`
 * prerenders the cached pages, and gets an empty in-memory database for it:
 * the build never creates or touches a database file, and what it renders is
 * never served (db/page-cache-handler.mjs renders each page again on its first
 * request).
 */
export function getDb(): AppDatabase {
  if (!cache.__aiWinsDb) {
    cache.__aiWinsDb = process.env.NEXT_PHASE === "phase-production-build" ? openBuildDatabase() : openDatabase(env.DATABASE_URL);
  }
  return cache.__aiWinsDb;
}

function openBuildDatabase(): AppDatabase {
  const db = drizzle(new Database(":memory:"), { schema });
  migrate(db, { migrationsFolder: path.join(process.cwd(), "db", "migrations") });
  return db;
}
