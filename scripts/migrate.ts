// npm run db:migrate — apply committed migrations to DATABASE_URL (default ./data/app.db).
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { env } from "@/lib/env";

const url = env.DATABASE_URL;
const db = openDatabase(url);
migrateDatabase(db);
db.$client.close();
console.log(`Migrated ${url}`);
