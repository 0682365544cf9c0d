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
const email = parsed.data;

async function main() {
  const db = openDatabase(env.DATABASE_URL, { authToken: env.DATABASE_AUTH_TOKEN });
  try {
    await migrateDatabase(db);
    const user = await setRoleByEmail(db, email, "admin");
    console.log(
      user.emailVerified
        ? `${user.email} is now an admin.`
        : `${user.email} is now an admin. It takes effect when they first sign in with an emailed link or code.`,
    );
  } finally {
    await db.$close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
