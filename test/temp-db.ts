// A migrated database per test file, like production, removed afterwards.
//
// By default a real SQLite file in a temporary directory. When the cluster
// test runner sets TEST_DATABASE_URL (an http:// libSQL primary, sqld, with
// TEST_DATABASE_READ_URL optionally a read replica of it), every test file gets
// that one database instead, wiped and migrated afresh: such runs must take the
// test files one at a time (--no-file-parallelism). `file` is then the URL.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { openDatabase, type AppDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";

/** `file` is the SQLite file (or, in cluster mode, the URL); `url` what openDatabase and DATABASE_URL take. */
export type TempDatabase = { db: AppDatabase; file: string; url: string; cleanup: () => Promise<void> };

export async function createTempDatabase(file?: string): Promise<TempDatabase> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) return openClusterDatabase(url, process.env.TEST_DATABASE_READ_URL || undefined);

  const dbFile = file ?? path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ai-wins-test-")), "test.db");
  const dir = path.dirname(dbFile);
  const db = openDatabase(`file:${dbFile}`);
  try {
    await migrateDatabase(db);
  } catch (error) {
    await db.$close();
    throw error;
  }
  return {
    db,
    file: dbFile,
    url: `file:${dbFile}`,
    cleanup: async () => {
      await db.$close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function openClusterDatabase(url: string, readUrl: string | undefined): Promise<TempDatabase> {
  const db = openDatabase(url, { readUrl });
  try {
    await wipeDatabase(db);
    await migrateDatabase(db);
  } catch (error) {
    await db.$close();
    throw error;
  }
  return { db, file: url, url, cleanup: () => db.$close() };
}

type SchemaEntry = { type: string; name: string; sql: string | null };

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
/** SQLite's own objects, and libSQL's, are not ours to drop. */
const isInternal = (name: string) => /^(sqlite_|libsql_|_litestream)/i.test(name);

/**
 * Drops every trigger, view and table (FTS virtual tables and
 * __drizzle_migrations included), so the database is as new. Foreign keys stay
 * on (a PRAGMA does not outlive one libSQL request), so a table still
 * referenced by rows elsewhere fails to drop; it is tried again once the tables
 * referencing it are gone.
 */
export async function wipeDatabase(db: AppDatabase): Promise<void> {
  const list = async () =>
    (await db.all<SchemaEntry>(sql`SELECT type, name, sql FROM sqlite_schema`)).filter((entry) => !isInternal(entry.name));

  let entries = await list();
  // Triggers and views first, then virtual tables (which drop their own shadow tables).
  for (const entry of entries.filter((e) => e.type === "trigger")) await db.run(sql.raw(`DROP TRIGGER IF EXISTS ${quote(entry.name)}`));
  for (const entry of entries.filter((e) => e.type === "view")) await db.run(sql.raw(`DROP VIEW IF EXISTS ${quote(entry.name)}`));
  for (const entry of entries.filter((e) => e.type === "table" && /^\s*create\s+virtual\s+table/i.test(e.sql ?? ""))) {
    await db.run(sql.raw(`DROP TABLE IF EXISTS ${quote(entry.name)}`));
  }

  entries = await list();
  while (entries.length) {
    let lastError: unknown = null;
    const before = entries.length;
    for (const entry of entries) {
      // Indexes go with their tables.
      if (entry.type !== "table") continue;
      try {
        await db.run(sql.raw(`DROP TABLE IF EXISTS ${quote(entry.name)}`));
      } catch (error) {
        lastError = error;
      }
    }
    entries = await list();
    if (entries.length >= before) {
      throw new Error(`Could not wipe the test database: ${entries.map((e) => `${e.type} ${e.name}`).join(", ")}`, { cause: lastError });
    }
  }
}
