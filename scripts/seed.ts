// npm run db:seed                      — add the demo tags and stories that are missing
// npm run db:seed -- --stories 100000  — also add that many synthetic stories (benchmarks)
// DATABASE_URL may be a file: database or a libSQL primary (with DATABASE_AUTH_TOKEN).
import { parseArgs } from "node:util";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { optimizeDatabase } from "@/db/prepare";
import { seedDemoContent } from "@/db/seed/demo";
import { seedSyntheticStories } from "@/db/seed/synthetic";
import { env } from "@/lib/env";

const { values } = parseArgs({ options: { stories: { type: "string" } } });
const synthetic = values.stories === undefined ? 0 : Number(values.stories);
if (!Number.isInteger(synthetic) || synthetic < 0 || synthetic > 5_000_000) {
  console.error("--stories takes a whole number from 0 to 5,000,000");
  process.exit(1);
}

async function main() {
  const url = env.DATABASE_URL;
  const db = openDatabase(url, { authToken: env.DATABASE_AUTH_TOKEN });
  try {
    await migrateDatabase(db);
    const started = Date.now();
    const demo = await seedDemoContent(db);
    console.log(`Demo content: ${demo.created} new stories in ${url}`);
    if (synthetic > 0) {
      await seedSyntheticStories(db, synthetic, {
        onProgress: (done) => {
          if (done % 10_000 === 0 || done === synthetic) process.stdout.write(`\rSynthetic stories: ${done}/${synthetic}`);
        },
      });
      process.stdout.write("\n");
    }
    await optimizeDatabase(db);
    console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await db.$close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
