// libSQL: a sqld primary (or Turso), and optionally a read replica.
//
// Writes, batches and transactions go to the primary; batches run as one
// transaction there. Reads go to the replica only inside a request (see
// requestContext) and only when that reader's own writes have reached it.
import { createClient, type Client, type InStatement, type ResultSet, type Transaction } from "@libsql/client";
import { hooks, type RequestContext } from "@/server/hooks.mjs";
import { normalizeError, sqliteError } from "./errors";
import type { Backend, Method, OpenOptions, Query, StatementResult } from "./types";

/** Read-your-writes per request: run by server/main.mjs (server/hooks.mjs). */
export type { RequestContext };
export const requestContext = hooks.requestContext;

const BUMP_CLOCK: InStatement = {
  sql: "INSERT INTO replication_clock (id, seq) VALUES (1, 1) ON CONFLICT (id) DO UPDATE SET seq = seq + 1 RETURNING seq",
  args: [],
};
const READ_CLOCK = "SELECT coalesce((SELECT seq FROM replication_clock WHERE id = 1), 0) AS seq";

export function libsqlBackend(url: string, { readUrl, authToken }: OpenOptions): Backend {
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

