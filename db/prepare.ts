// Gets a database ready to serve: creates the file, applies migrations and, the
// first time only, adds the demo content. Run by `npm start` and `npm run dev`.
import "server-only";
import { openDatabase } from "./client";
import { migrateDatabase } from "./migrate";
import { seedDemoContentOnce } from "./seed/demo";

export function prepareDatabase(url: string): { seeded: boolean } {
  const db = openDatabase(url);
  try {
    migrateDatabase(db);
    return seedDemoContentOnce(db);
  } finally {
    db.$client.close();
  }
}
