import { integer, sqliteTable } from "drizzle-orm/sqlite-core";

/**
 * One counter, bumped by every write a request makes when reads go to a
 * replica (DATABASE_READ_URL). The writer is handed the new value in a cookie;
 * a replica showing a value at least that high has every write the reader made
 * (replicas apply commits in order), so their next read may go there. See
 * db/client/libsql.ts.
 */
export const replicationClock = sqliteTable("replication_clock", {
  id: integer("id").primaryKey(),
  seq: integer("seq").notNull(),
});
