// Integration: closePageCache(), which server/main.mjs calls on shutdown,
// against a real WAL-mode SQLite file holding only the page cache's table.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as PageCacheModule from "./handler.mjs";

let dir: string;
let file: string;
let pageCache: typeof PageCacheModule;

const invalidations = () => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare("SELECT count(*) AS n FROM page_cache_invalidations").get() as { n: number }).n;
  } finally {
    db.close();
  }
};

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ai-wins-page-cache-"));
  file = path.join(dir, "app.db");
  const db = new Database(file);
  db.exec("CREATE TABLE page_cache_invalidations (tag TEXT NOT NULL, at INTEGER NOT NULL, PRIMARY KEY (tag, at))");
  db.close();
  process.env.DATABASE_URL = `file:${file}`;
  pageCache = await import("./handler.mjs");
});
afterAll(async () => {
  await pageCache.closePageCache();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("closePageCache", () => {
  it("closes the connection, checkpointing the WAL, and may be called twice", async () => {
    await new pageCache.default({}).revalidateTag(["a", "b"]);
    expect(fs.existsSync(`${file}-wal`)).toBe(true);

    await pageCache.closePageCache();
    await pageCache.closePageCache();
    // The last connection to close folds the WAL into the file and removes it.
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    expect(invalidations()).toBe(2);
  });

  it("opens the connection again for a request that comes after", async () => {
    await pageCache.closePageCache();
    await new pageCache.default({}).revalidateTag("c");
    expect(invalidations()).toBe(3);
  });
});
