// A tiny raw SQL accessor for benchmarks that must reach the database the same
// way whatever serves it: better-sqlite3 for `file:` URLs, @libsql/client for
// http://, https://, ws:// and libsql:// (sqld or Turso). It stands apart from
// db/client on purpose: a benchmark checks the app from outside, and reads back
// what the app wrote without going through the app's own queries.
import Database from "better-sqlite3";

export type SqlValue = string | number | bigint | null;
export type Statement = { sql: string; args?: SqlValue[] };
export type SqlRow = Record<string, unknown>;

export type Sql = {
  /** The rows of one statement, as plain objects keyed by column name. */
  all(sql: string, args?: SqlValue[]): Promise<SqlRow[]>;
  /** Several writes in one transaction: all of them or none. */
  batch(statements: Statement[]): Promise<void>;
  close(): Promise<void>;
};

export async function openSql(url: string): Promise<Sql> {
  if (url.startsWith("file:")) return openFile(url.slice("file:".length));
  if (/^(https?|wss?|libsql):\/\//.test(url)) return openLibsql(url);
  throw new Error(`Unsupported database URL "${url}": expected file:…, http(s)://…, ws(s)://… or libsql://…`);
}

function openFile(file: string): Sql {
  const db = new Database(file, { fileMustExist: true });
  // Servers write to this file meanwhile: wait for their locks rather than fail.
  db.pragma("busy_timeout = 5000");
  db.pragma("foreign_keys = ON");
  return {
    async all(sql, args = []) {
      return db.prepare(sql).all(...args) as SqlRow[];
    },
    async batch(statements) {
      // IMMEDIATE: take the write lock at BEGIN, so a busy database makes us wait, not fail.
      db.transaction(() => {
        for (const { sql, args = [] } of statements) db.prepare(sql).run(...args);
      }).immediate();
    },
    async close() {
      db.close();
    },
  };
}

async function openLibsql(url: string): Promise<Sql> {
  // Loaded only when asked for, so the file: case needs nothing but better-sqlite3.
  const { createClient } = await import("@libsql/client");
  const client = createClient({ url });
  return {
    async all(sql, args = []) {
      const result = await client.execute({ sql, args });
      return result.rows.map((row) => Object.fromEntries(result.columns.map((column, i) => [column, row[i]])));
    },
    async batch(statements) {
      await client.batch(
        statements.map(({ sql, args = [] }) => ({ sql, args })),
        "write",
      );
    },
    async close() {
      client.close();
    },
  };
}
