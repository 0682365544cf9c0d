// The one way to open the database. Two backends behind one drizzle API:
//
// - DATABASE_URL=file:… (the default): one SQLite file through better-sqlite3,
//   in WAL mode with foreign keys on. One server.
// - DATABASE_URL=http(s)://… or libsql://…: a libSQL server (sqld) or Turso
//   through @libsql/client, optionally with DATABASE_READ_URL, a read replica.
//   Any number of app servers.
//
// Both are drizzle's async SQLite API (sqlite-proxy), so every query is
// awaited and the data-access layer in db/queries is the same for both. What
// each backend does for a statement, a batch and a transaction is in
// embedded.ts and libsql.ts.
// Transactions (`db.transaction(async (tx) => …)`) may await only the
// database: on the embedded backend the connection is held for their duration.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { lt } from "drizzle-orm";
import { env } from "@/lib/env";
import { hooks } from "@/server/hooks.mjs";
import { pageCacheInvalidations } from "../schema";
import { embeddedBackend, sqliteBackend } from "./embedded";
import { libsqlBackend } from "./libsql";
import { wrap } from "./transaction-scope";
import { type AppDatabase, type OpenOptions } from "./types";

export { sqliteError } from "./errors";
export { requestContext, type RequestContext } from "./libsql";
export { IMMEDIATE, type AppDatabase, type OpenOptions, type StatementResult } from "./types";

/** `file:./data/app.db` → an absolute path. */
export function databasePath(url: string): string {
  if (!url.startsWith("file:")) throw new Error(`Not a file database: "${url}" (expected file:…)`);
  return path.resolve(url.slice("file:".length));
}

export function isFileDatabase(url: string): boolean {
  return url.startsWith("file:");
}

export function openDatabase(url: string, options: OpenOptions = {}): AppDatabase {
  const backend = isFileDatabase(url) ? embeddedBackend(databasePath(url)) : libsqlBackend(url, options);
  return wrap(backend, options.logger);
}

/**
 * The app's database. Opened on first use rather than at import. `next build`
 * prerenders the cached pages, and gets an empty in-memory database for it:
 * the build never creates or touches a database, and what it renders is
 * never served (server/page-cache/handler.mjs renders each page again on its first
 * request).
 */
export function getDb(): AppDatabase {
  if (!hooks.appDatabase) {
    const db =
      process.env.NEXT_PHASE === "phase-production-build"
        ? openBuildDatabase()
        : openDatabase(env.DATABASE_URL, { readUrl: env.DATABASE_READ_URL, authToken: env.DATABASE_AUTH_TOKEN });
    hooks.appDatabase = db;
    hooks.recordInvalidations = async (tags, at, before) => {
      await db.batch([
        db.delete(pageCacheInvalidations).where(lt(pageCacheInvalidations.at, before)),
        ...tags.map((tag) => db.insert(pageCacheInvalidations).values({ tag, at }).onConflictDoNothing()),
      ]);
    };
    hooks.closeDatabase = async () => {
      if (hooks.appDatabase === db) hooks.appDatabase = undefined;
      hooks.recordInvalidations = undefined;
      await db.$close();
    };
  }
  return hooks.appDatabase;
}

function openBuildDatabase(): AppDatabase {
  const sqlite = new Database(":memory:");
  const migrations = path.join(process.cwd(), "db", "migrations");
  const journal = JSON.parse(fs.readFileSync(path.join(migrations, "meta", "_journal.json"), "utf8")) as { entries: { tag: string }[] };
  for (const { tag } of journal.entries) {
    for (const statement of fs.readFileSync(path.join(migrations, `${tag}.sql`), "utf8").split("--> statement-breakpoint")) {
      if (statement.trim()) sqlite.exec(statement);
    }
  }
  return wrap(sqliteBackend(sqlite), undefined);
}

