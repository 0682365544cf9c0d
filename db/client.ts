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
// each backend does for a statement, a batch and a transaction is below.
// Transactions (`db.transaction(async (tx) => …)`) may await only the
// database: on the embedded backend the connection is held for their duration.
import { AsyncLocalStorage } from "node:async_hooks";
import fs from "node:fs";
import path from "node:path";
import { createClient, type Client, type InStatement, type ResultSet, type Transaction } from "@libsql/client";
import Database from "better-sqlite3";
import { lt, type Logger } from "drizzle-orm";
import { drizzle, type SqliteRemoteDatabase } from "drizzle-orm/sqlite-proxy";
import { env } from "@/lib/env";
import { hooks, type RequestContext } from "@/server/hooks.mjs";
import * as schema from "./schema";
import { pageCacheInvalidations } from "./schema";

type Method = "run" | "all" | "values" | "get";
type Query = { sql: string; params: unknown[]; method: Method };
/**
 * What a statement answers, as drizzle's sqlite-proxy driver reads it: rows as
 * arrays (also readable by column name, for raw sql`` queries); for "get" the
 * one row itself, or undefined. `changes` is how many rows a write changed.
 */
export type StatementResult = { rows: unknown; changes: number };

/** What each backend provides; db/queries never see it. */
type Backend = {
  kind: "embedded" | "libsql";
  execute(query: Query): Promise<StatementResult>;
  /** All or nothing, in order. */
  batch(queries: Query[]): Promise<StatementResult[]>;
  /** Runs `work` in a write transaction; its statements go through the executor it is handed. */
  transaction<T>(work: (execute: (query: Query) => Promise<StatementResult>) => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

export type AppDatabase = Omit<SqliteRemoteDatabase<typeof schema>, "transaction"> & {
  /**
   * A write transaction: all of `work` or none of it. `tx` is a database like
   * this one. `work` may await only the database (see above).
   */
  transaction<T>(work: (tx: AppDatabase) => Promise<T>, config?: typeof IMMEDIATE): Promise<T>;
  /** Which backend this is (tests and scripts that must tell them apart). */
  $kind: Backend["kind"];
  /** Closes the connection(s). */
  $close: () => Promise<void>;
  /** Runs SQL statements (no parameters) all or nothing, in order: migrations. */
  $script: (statements: string[]) => Promise<void>;
};

/** `file:./data/app.db` → an absolute path. */
export function databasePath(url: string): string {
  if (!url.startsWith("file:")) throw new Error(`Not a file database: "${url}" (expected file:…)`);
  return path.resolve(url.slice("file:".length));
}

export function isFileDatabase(url: string): boolean {
  return url.startsWith("file:");
}

/**
 * Kept for call sites that pass it: every transaction here takes the write
 * lock at BEGIN (IMMEDIATE on SQLite, "write" on libSQL), so a transaction that
 * reads before it writes never fails to upgrade its lock.
 */
export const IMMEDIATE = { behavior: "immediate" } as const;

export type OpenOptions = { logger?: Logger; readUrl?: string; authToken?: string };

export function openDatabase(url: string, options: OpenOptions = {}): AppDatabase {
  const backend = isFileDatabase(url) ? embeddedBackend(databasePath(url)) : libsqlBackend(url, options);
  return wrap(backend, options.logger);
}

/**
 * The transaction the current code runs in, per backend. A statement sent
 * through `db` rather than `tx` inside a transaction joins it, as it did when
 * transactions were synchronous, instead of waiting for it to end (a deadlock).
 */
const transactionScope = new AsyncLocalStorage<{ backend: Backend; execute: (query: Query) => Promise<StatementResult> }>();

function wrap(backend: Backend, logger: Logger | undefined): AppDatabase {
  const execute = (query: Query) => {
    const scope = transactionScope.getStore();
    return scope?.backend === backend ? scope.execute(query) : backend.execute(query);
  };
  const db = drizzle(
    (sql, params, method) => execute({ sql, params, method }) as Promise<{ rows: never[] }>,
    (queries) => {
      if (transactionScope.getStore()?.backend === backend) throw new Error("db.batch() inside a transaction: run the statements on tx instead.");
      return backend.batch(queries as Query[]) as Promise<{ rows: never[] }[]>;
    },
    { schema, logger },
  );
  // drizzle's own transaction() for this driver sends BEGIN/COMMIT as separate
  // statements over a shared connection; ours holds the connection (or libSQL
  // stream) for the transaction alone.
  const transaction = <T>(work: (tx: AppDatabase) => Promise<T>, _config?: unknown): Promise<T> => {
    if (transactionScope.getStore()?.backend === backend) return nested();
    return backend.transaction((execute) =>
      transactionScope.run({ backend, execute }, () => {
        const tx = drizzle((sql, params, method) => execute({ sql, params, method }) as Promise<{ rows: never[] }>, { schema, logger });
        return work(Object.assign(tx, { $kind: backend.kind, $close: noClose, $script: nested, transaction: nested }) as unknown as AppDatabase);
      }),
    );
  };
  const $script = async (statements: string[]) => {
    await backend.batch(statements.map((sql) => ({ sql, params: [], method: "run" as const })));
  };
  return Object.assign(db, { $kind: backend.kind, $close: () => backend.close(), $script, transaction }) as unknown as AppDatabase;
}

async function noClose(): Promise<void> {}
function nested(): never {
  throw new Error("Nested transactions are not supported: pass the outer transaction instead.");
}

// ---------------------------------------------------------------------------
// Embedded: better-sqlite3. Statements run synchronously on one connection.
// A transaction holds that connection across its awaits, so other statements
// of this process wait for it (a queue, not SQLITE_BUSY) and can never slip
// into it. Other processes (scripts, a second server on the same file) are
// kept out by SQLite's own lock and busy_timeout.

function embeddedBackend(file: string): Backend {
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

function sqliteBackend(sqlite: Database.Database): Backend {
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

// ---------------------------------------------------------------------------
// libSQL: a sqld primary (or Turso), and optionally a read replica.
//
// Writes, batches and transactions go to the primary; batches run as one
// transaction there. Reads go to the replica only inside a request (see
// requestContext) and only when that reader's own writes have reached it.

/** Read-your-writes per request: run by server/main.mjs (server/hooks.mjs). */
export type { RequestContext };
export const requestContext = hooks.requestContext;

const BUMP_CLOCK: InStatement = {
  sql: "INSERT INTO replication_clock (id, seq) VALUES (1, 1) ON CONFLICT (id) DO UPDATE SET seq = seq + 1 RETURNING seq",
  args: [],
};
const READ_CLOCK = "SELECT coalesce((SELECT seq FROM replication_clock WHERE id = 1), 0) AS seq";

function libsqlBackend(url: string, { readUrl, authToken }: OpenOptions): Backend {
  const primary = createClient({ url, authToken });
  const replica: Client | null = readUrl ? createClient({ url: readUrl, authToken }) : null;

  const toStatement = (q: Query): InStatement => ({ sql: q.sql, args: q.params as never });
  const fromResultSet = (result: ResultSet, method: Method): StatementResult => ({
    rows:
      method === "get"
        ? result.rows[0]
        : method === "values"
          ? result.rows.map((row) => Array.from(row as ArrayLike<unknown>))
          : result.rows,
    changes: result.rowsAffected,
  });
  async function call<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw normalizeError(error);
    }
  }
  /**
   * After a write that may change the public site (stories and tags: the
   * tables whose triggers record revalidations), lets this server's page cache
   * see what it revalidated before the next request (server/page-cache/handler.mjs).
   */
  const afterWrite = async (statements: Query[]) => {
    if (!statements.some((q) => PUBLIC_TABLES.test(q.sql))) return;
    await hooks.afterWrite?.();
  };
  /** A read from the replica that fails to reach it goes to the primary (a SQLite error is an answer, not an outage). */
  async function read(query: Query): Promise<ResultSet> {
    const client = await readFrom();
    if (client === primary) return primary.execute(toStatement(query));
    try {
      return await client.execute(toStatement(query));
    } catch (error) {
      if (sqliteError(normalizeError(error))) throw error;
      console.error("Read replica unreachable, reading from the primary:", error instanceof Error ? error.message : error);
      return primary.execute(toStatement(query));
    }
  }
  /** Inside a request, with a replica: note this write's clock value for the reader's cookie. */
  function tracking(): RequestContext | null {
    return replica ? (requestContext.getStore() ?? null) : null;
  }
  async function readFrom(): Promise<Client> {
    const context = requestContext.getStore();
    if (!replica || !context || context.seq !== null) return primary;
    if (context.minSeq === null) return replica;
    context.replicaOk ??= replica
      .execute(READ_CLOCK)
      .then((r) => Number(r.rows[0]?.seq ?? 0) >= (context.minSeq ?? 0))
      .catch(() => false);
    return (await context.replicaOk) ? replica : primary;
  }

  return {
    kind: "libsql",
    execute: (query) =>
      call(async () => {
        if (isRead(query.sql)) return fromResultSet(await read(query), query.method);
        const context = tracking();
        if (!context) {
          const result = await primary.execute(toStatement(query));
          await afterWrite([query]);
          return fromResultSet(result, query.method);
        }
        const [result, clock] = await primary.batch([toStatement(query), BUMP_CLOCK], "write");
        context.seq = Number(clock!.rows[0]!.seq);
        await afterWrite([query]);
        return fromResultSet(result!, query.method);
      }),
    batch: (queries) =>
      call(async () => {
        const context = tracking();
        const results = await primary.batch([...queries.map(toStatement), ...(context ? [BUMP_CLOCK] : [])], "write");
        if (context) context.seq = Number(results.at(-1)!.rows[0]!.seq);
        await afterWrite(queries);
        return queries.map((q, i) => fromResultSet(results[i]!, q.method));
      }),
    async transaction(work) {
      const tx: Transaction = await call(() => primary.transaction("write"));
      let open = true;
      const sent: Query[] = [];
      try {
        const result = await work((query) => {
          if (!open) throw new Error("This transaction has ended: a statement ran after it (a missing await?).");
          sent.push(query);
          return call(async () => fromResultSet(await tx.execute(toStatement(query)), query.method));
        });
        const context = tracking();
        if (context) context.seq = Number((await call(() => tx.execute(BUMP_CLOCK))).rows[0]!.seq);
        await call(() => tx.commit());
        await afterWrite(sent);
        return result;
      } catch (error) {
        if (!tx.closed) await tx.rollback().catch(() => {});
        throw error;
      } finally {
        open = false;
        tx.close();
      }
    },
    async close() {
      primary.close();
      replica?.close();
    },
  };
}

/** Writes to these tables can revalidate cached pages (migration 0011's triggers). */
const PUBLIC_TABLES = /\b(stories|story_tags|tags|page_cache_invalidations)\b/i;

/** A statement that only reads (so a replica may answer it). */
function isRead(sql: string): boolean {
  return /^\s*select\b/i.test(sql);
}

/**
 * One error shape for both backends: `code` is SQLite's extended code
 * ("SQLITE_CONSTRAINT_UNIQUE"), as better-sqlite3 reports it; libSQL puts that
 * in `extendedCode`.
 */
function normalizeError(error: unknown): unknown {
  if (!error || typeof error !== "object") return error;
  const { code, extendedCode, message } = error as { code?: unknown; extendedCode?: unknown; message?: unknown };
  // sqld over HTTP sends only the primary code; the message names the kind.
  const refined =
    typeof extendedCode === "string" && extendedCode
      ? extendedCode
      : code === "SQLITE_CONSTRAINT" && typeof message === "string"
        ? (CONSTRAINT_KINDS.find(([text]) => message.includes(text))?.[1] ?? code)
        : null;
  if (refined) Object.defineProperty(error, "code", { value: refined, configurable: true, writable: true });
  return error;
}

const CONSTRAINT_KINDS = [
  ["UNIQUE constraint failed", "SQLITE_CONSTRAINT_UNIQUE"],
  ["FOREIGN KEY constraint failed", "SQLITE_CONSTRAINT_FOREIGNKEY"],
  ["NOT NULL constraint failed", "SQLITE_CONSTRAINT_NOTNULL"],
  ["CHECK constraint failed", "SQLITE_CONSTRAINT_CHECK"],
] as const;

// ---------------------------------------------------------------------------

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

/**
 * The SQLite error behind `error`, if there is one: drizzle wraps what the
 * driver throws in a DrizzleQueryError ("Failed query: …") with the driver's
 * error as its cause. Its `code` is SQLite's extended code on both backends
 * ("SQLITE_CONSTRAINT_UNIQUE").
 */
export function sqliteError(error: unknown): { code: string; message: string } | null {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && code.startsWith("SQLITE_")) return { code, message: String((e as { message?: unknown }).message ?? "") };
  }
  return null;
}
