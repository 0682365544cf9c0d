// Types for server/hooks.mjs: what the Next bundle and the runtime hand each other.
import type { AsyncLocalStorage } from "node:async_hooks";
import type { AppDatabase } from "@/db/client";

/**
 * One request's read-your-writes state (README "Deployment"). `minSeq` comes
 * from the reader's aiw_rs cookie: the replication clock value their last write
 * produced. `seq` is set when this request writes, and goes back in the cookie.
 */
export type RequestContext = { minSeq: number | null; seq: number | null; replicaOk?: Promise<boolean> };

export type Hooks = {
  /**
   * Run around each request by server/main.mjs (with a read replica); read by
   * db/client (which connection may answer a read, and the write's clock value)
   * and by the page cache (a reader who has just written gets a fresh poll).
   */
  readonly requestContext: AsyncLocalStorage<RequestContext>;
  /**
   * Set by the page cache (server/page-cache/libsql-mirror.mjs); awaited by
   * db/client after a libSQL write to stories or tags, so this server's next
   * request sees what that write revalidated.
   */
  afterWrite: (() => Promise<void>) | undefined;
  /**
   * Set by db/client's getDb() once the app's database is open; called by the
   * page cache's revalidateTag(), so on the embedded database the write queues
   * behind a transaction in progress instead of blocking on SQLite's lock.
   */
  recordInvalidations: ((tags: string[], at: number, before: number) => Promise<void>) | undefined;
  /** The app's database, opened once by db/client's getDb() and shared by every copy of it. */
  appDatabase: AppDatabase | undefined;
  /** Set by db/client's getDb(); called by server/main.mjs on shutdown, once requests in flight are done. */
  closeDatabase: (() => Promise<void>) | undefined;
};

export declare const hooks: Hooks;
