// The one way to open the database: WAL, foreign keys and a busy timeout on every
// connection, and one cached connection per process (it survives hot reload).
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type { Logger } from "drizzle-orm";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
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
 * The app's database. Opened on first use rather than at import, so `next build`
 * (which imports every route) never creates or touches a database file.
 */
export function getDb(): AppDatabase {
  if (!cache.__aiWinsDb) {
    cache.__aiWinsDb = openDatabase(env.DATABASE_URL);
  }
  return cache.__aiWinsDb;
}
