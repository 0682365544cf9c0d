// @ts-check
// The runtime's own connection to an embedded database (file:), for what it
// reads without Next: the page cache's revalidations and the public lookups.
// None on libSQL (those go over the network) and none during `next build`.
import path from "node:path";
import Database from "better-sqlite3";
import { isBuilding, runtimeEnv } from "./env.mjs";

/** @type {Database.Database | null | undefined} */
let db;

/** This process's connection, opened on first use; null on libSQL and during `next build`. */
export function database() {
  if (db !== undefined) return db;
  const url = runtimeEnv().DATABASE_URL;
  // `next build` prerenders with a throwaway database (db/client) and its
  // output is discarded: nothing to check or record then.
  if (isBuilding() || !url.startsWith("file:")) return (db = null);
  db = new Database(path.resolve(url.replace(/^file:/, "")));
  db.pragma("journal_mode = WAL");
  db.pragma("busy_timeout = 5000");
  return db;
}

/**
 * Closes the connection, for a clean shutdown. Calling it again does nothing;
 * a lookup after it opens the connection again rather than skip its check.
 */
export function closeDatabase() {
  if (db) db.close();
  db = undefined;
}
