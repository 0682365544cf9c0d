// drizzle over a backend, with transactions held in an AsyncLocalStorage scope:
// a statement sent through `db` inside a transaction joins it.
import { AsyncLocalStorage } from "node:async_hooks";
import { type Logger } from "drizzle-orm";
import { drizzle } from "drizzle-orm/sqlite-proxy";
import * as schema from "../schema";
import type { AppDatabase, Backend, Query, StatementResult } from "./types";

/**
 * The transaction the current code runs in, per backend. A statement sent
 * through `db` rather than `tx` inside a transaction joins it, as it did when
 * transactions were synchronous, instead of waiting for it to end (a deadlock).
 */
const transactionScope = new AsyncLocalStorage<{ backend: Backend; execute: (query: Query) => Promise<StatementResult> }>();

export function wrap(backend: Backend, logger: Logger | undefined): AppDatabase {
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

