// Embedded: better-sqlite3. Statements run synchronously on one connection.
// A transaction holds that connection across its awaits, so other statements
// of this process wait for it (a queue, not SQLITE_BUSY) and can never slip
// into it. Other processes (scripts, a second server on the same file) are
// kept out by SQLite's own lock and busy_timeout.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { normalizeError } from "./errors";
import type { Backend, Query, StatementResult } from "./types";

export function embeddedBackend(file: string): Backend {
  createPrivately(file);
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  // Safe with WAL: a power cut may lose the last commits but never corrupts.
  sqlite.pragma("synchronous = NORMAL");
  return sqliteBackend(sqlite);
}

/**
 * A new database is readable by its owner alone (600, its directory 700):
 * it holds sessions, sign-in codes and the generated auth secret. SQLite gives
 * the -wal and -shm files the main file's mode. An existing file keeps the
 * mode its operator chose.
 */
function createPrivately(file: string) {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  try {
    fs.closeSync(fs.openSync(file, "wx", 0o600));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
}

export function sqliteBackend(sqlite: Database.Database): Backend {
  const statements = new Map<string, { statement: Database.Statement; columns: string[] | null }>();
  function prepare(sql: string) {
    let prepared = statements.get(sql);
    if (!prepared) {
      const statement = sqlite.prepare(sql);
      prepared = { statement, columns: statement.reader ? statement.columns().map((c) => c.name) : null };
      if (statements.size >= 1000) statements.clear();
      statements.set(sql, prepared);
    }
    return prepared;
  }
  function run({ sql, params, method }: Query): StatementResult {
    const { statement, columns } = prepare(sql);
    if (!columns) return { rows: [], changes: statement.run(...params).changes };
    statement.raw(true);
    if (method === "get") {
      const row = statement.get(...params) as unknown[] | undefined;
      return { rows: row === undefined ? undefined : named(row, columns), changes: 0 };
    }
    const rows = statement.all(...params) as unknown[][];
    return { rows: method === "values" ? rows : rows.map((row) => named(row, columns)), changes: 0 };
  }

  // The queue: `held` is the transaction in progress, if any.
  let held: Promise<void> | null = null;
  async function acquire(): Promise<() => void> {
    while (held) await held;
    let release!: () => void;
    held = new Promise<void>((resolve) => (release = resolve));
    return () => {
      held = null;
      release();
    };
  }

  return {
    kind: "embedded",
    async execute(query) {
      while (held) await held;
      return normalizeResult(() => run(query));
    },
    async batch(queries) {
      const release = await acquire();
      try {
        return normalizeResult(() => sqlite.transaction(() => queries.map(run)).immediate());
      } finally {
        release();
      }
    },
    async transaction(work) {
      const release = await acquire();
      let open = true;
      const execute = async (query: Query) => {
        if (!open) throw new Error("This transaction has ended: a statement ran after it (a missing await?).");
        return normalizeResult(() => run(query));
      };
      try {
        sqlite.prepare("BEGIN IMMEDIATE").run();
        try {
          const result = await work(execute);
          sqlite.prepare("COMMIT").run();
          return result;
        } catch (error) {
          if (sqlite.inTransaction) sqlite.prepare("ROLLBACK").run();
          throw error;
        }
      } finally {
        open = false;
        release();
      }
    },
    async close() {
      while (held) await held;
      if (sqlite.open) sqlite.close();
    },
  };
}

/** A row as an array (how drizzle maps columns) that can also be read by column name (raw sql`` queries). */
function named(row: unknown[], columns: string[]): unknown[] {
  const out = row as unknown[] & Record<string, unknown>;
  for (let i = 0; i < columns.length; i++) {
    const name = columns[i]!;
    // A name like "1" or "length" would overwrite the array itself.
    if (name !== "length" && !/^\d+$/.test(name)) out[name] = row[i];
  }
  return out;
}

function normalizeResult<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw normalizeError(error);
  }
}

