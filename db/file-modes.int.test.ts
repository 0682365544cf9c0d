// Integration: a database the app creates, and the -wal and -shm files SQLite
// makes beside it, are readable by their owner alone (listed, not assumed).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { appMeta } from "@/db/schema";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "ai-wins-modes-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const modeOf = (file: string) => fs.statSync(file).mode & 0o777;

describe.skipIf(!!process.env.TEST_DATABASE_URL)("database file modes", () => {
  it("creates the data directory 700 and the database, its WAL and shared memory 600", async () => {
    const file = path.join(root, "data", "app.db");
    const db = openDatabase(`file:${file}`);
    try {
      await migrateDatabase(db);
      await db.insert(appMeta).values({ key: "modes", value: "1" });
      expect(fs.readdirSync(path.dirname(file)).sort()).toEqual(["app.db", "app.db-shm", "app.db-wal"]);
      expect(modeOf(path.dirname(file))).toBe(0o700);
      for (const name of ["app.db", "app.db-wal", "app.db-shm"]) expect(modeOf(path.join(path.dirname(file), name)), name).toBe(0o600);
    } finally {
      await db.$close();
    }
  });

  it("leaves the mode of an existing database as its operator set it", async () => {
    const file = path.join(root, "shared.db");
    fs.writeFileSync(file, "");
    fs.chmodSync(file, 0o640);
    const db = openDatabase(`file:${file}`);
    try {
      await migrateDatabase(db);
      expect(modeOf(file)).toBe(0o640);
    } finally {
      await db.$close();
    }
  });
});
