// Small facts the app keeps about itself (see db/schema/app-meta.ts).
import "server-only";
import { eq } from "drizzle-orm";
import { IMMEDIATE, type AppDatabase } from "@/db/client";
import { appMeta } from "@/db/schema";

/**
 * Reads `key`, storing `create()` first if it is missing. Insert-or-ignore then
 * read, so two servers starting at once agree on one value.
 */
export async function getOrCreateMeta(db: AppDatabase, key: string, create: () => string): Promise<string> {
  await db.insert(appMeta).values({ key, value: create() }).onConflictDoNothing().run();
  return (await db.select({ value: appMeta.value }).from(appMeta).where(eq(appMeta.key, key)).get())!.value;
}

/**
 * Hands `key`'s value (undefined when missing) to `next` and stores what it
 * returns, unless it returns null. One transaction holding the write lock from
 * the start, so two callers never both see the old value and both replace it.
 * Returns whether a value was stored.
 */
export async function replaceMeta(db: AppDatabase, key: string, next: (current: string | undefined) => string | null): Promise<boolean> {
  return db.transaction(async (tx) => {
    const current = await tx.select({ value: appMeta.value }).from(appMeta).where(eq(appMeta.key, key)).get();
    const value = next(current?.value);
    if (value === null) return false;
    await tx.insert(appMeta).values({ key, value }).onConflictDoUpdate({ target: appMeta.key, set: { value } }).run();
    return true;
  }, IMMEDIATE);
}

/** Overwrites `key` if it is there; a missing key stays missing. */
export async function updateMeta(db: AppDatabase, key: string, value: string): Promise<void> {
  await db.update(appMeta).set({ value }).where(eq(appMeta.key, key)).run();
}

export async function deleteMeta(db: AppDatabase, key: string): Promise<void> {
  await db.delete(appMeta).where(eq(appMeta.key, key)).run();
}
