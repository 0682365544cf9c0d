// Used by `npm run dev`: the same database preparation as `npm start`.
import { databasePath, isFileDatabase } from "@/db/client";
import { DatabaseNotMigratedError, prepareDatabase } from "@/db/prepare";
import { env } from "@/lib/env";

async function main() {
  const url = env.DATABASE_URL;
  const { seeded } = await prepareDatabase(url, { authToken: env.DATABASE_AUTH_TOKEN });
  console.log(
    isFileDatabase(url)
      ? `Database ready at ${databasePath(url)}${seeded ? " (seeded with demo stories)" : ""}.`
      : `Database at ${url} is migrated.`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof DatabaseNotMigratedError ? error.message : error);
  process.exit(1);
});
