// A real SQLite file per test file, migrated like production, removed afterwards.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase, type AppDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";

export function createTempDatabase(
  file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ai-wins-test-")), "test.db"),
): { db: AppDatabase; file: string; cleanup: () => void } {
  const dir = path.dirname(file);
  const db = openDatabase(`file:${file}`);
  migrateDatabase(db);
  return {
    db,
    file,
    cleanup: () => {
      db.$client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
