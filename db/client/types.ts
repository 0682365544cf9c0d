// The shapes shared by the two backends and the drizzle wrapper in front of them.
import { type Logger } from "drizzle-orm";
import { type SqliteRemoteDatabase } from "drizzle-orm/sqlite-proxy";
import type * as schema from "../schema";

export type Method = "run" | "all" | "values" | "get";
export type Query = { sql: string; params: unknown[]; method: Method };
/**
 * What a statement answers, as drizzle's sqlite-proxy driver reads it: rows as
 * arrays (also readable by column name, for raw sql`` queries); for "get" the
 * one row itself, or undefined. `changes` is how many rows a write changed.
 */
export type StatementResult = { rows: unknown; changes: number };

/** What each backend provides; db/queries never see it. */
export type Backend = {
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
   * this one. `work` may await only the database (db/client/index.ts).
   */
  transaction<T>(work: (tx: AppDatabase) => Promise<T>, config?: typeof IMMEDIATE): Promise<T>;
  /** Which backend this is (tests and scripts that must tell them apart). */
  $kind: Backend["kind"];
  /** Closes the connection(s). */
  $close: () => Promise<void>;
  /** Runs SQL statements (no parameters) all or nothing, in order: migrations. */
  $script: (statements: string[]) => Promise<void>;
};

/**
 * Kept for call sites that pass it: every transaction here takes the write
 * lock at BEGIN (IMMEDIATE on SQLite, "write" on libSQL), so a transaction that
 * reads before it writes never fails to upgrade its lock.
 */
export const IMMEDIATE = { behavior: "immediate" } as const;

export type OpenOptions = { logger?: Logger; readUrl?: string; authToken?: string };

