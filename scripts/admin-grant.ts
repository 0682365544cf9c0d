// npm run admin:grant -- someone@example.com   — make that address an admin
// (creating the account if they have never signed in; they keep the role when they do).
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { setRoleByEmail } from "@/db/queries/users";
import { emailSchema } from "@/lib/email-address";
import { env } from "@/lib/env";

const parsed = emailSchema.safeParse(process.argv[2]);
if (!parsed.success) {
  console.error("Usage: npm run admin:grant -- someone@example.com");
  console.error(parsed.error.issues[0]?.message);
  process.exit(1);
}
const db = openDatabase(env.DATABASE_URL);
migrateDatabase(db);
const user = setRoleByEmail(db, parsed.data, "admin");
db.$client.close();
console.log(`${user.email} is now an admin.`);
