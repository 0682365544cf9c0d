// npm run db:migrate — apply committed migrations to DATABASE_URL (default ./data/app.db).
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";

const url = process.env.DATABASE_URL || "file:./data/app.db";
const db = openDatabase(url);
migrateDatabase(db);
db.$client.close();
console.log(`Migrated ${url}`);
