// Small facts the app keeps about itself (see db/schema/app-meta.ts).
import "server-only";
import { eq } from "drizzle-orm";
import type { AppDatabase } from "@/db/client";
import { appMeta } from "@/db/schema";

/**
 * Reads `key`, storing `create()` first if it is missing. Insert-or-ignore then
 * read, so two servers starting at once agree on one value.
 */
export async function getOrCreateMeta(db: AppDatabase, key: string, create: () => string): Promise<string> {
  await db.insert(appMeta).values({ key, value: create() }).onConflictDoNothing().run();
  return (await db.select({ value: appMeta.value }).from(appMeta).where(eq(appMeta.key, key)).get())!.value;
}
