// Personal feed tokens: one per reader, the secret part of their feed URLs.
import "server-only";
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { AppDatabase } from "@/db/client";
import { feedTokens } from "@/db/schema";

/** Bytes of randomness in a personal feed token: 32 bytes is 43 base64url characters. */
const FEED_TOKEN_BYTES = 32;

function newToken(): string {
  return randomBytes(FEED_TOKEN_BYTES).toString("base64url");
}

/**
 * The reader's feed token, created on first use. The insert does nothing when
 * one exists (the user id is the primary key), so two first requests at once
 * still end with a single token, and both read it back.
 */
export async function getOrCreateFeedToken(db: AppDatabase, userId: string, now = new Date()): Promise<string> {
  const existing = await db.select({ token: feedTokens.token }).from(feedTokens).where(eq(feedTokens.userId, userId)).get();
  // Most visits find one: only the first takes the write lock.
  if (existing) return existing.token;
  await db.insert(feedTokens).values({ userId, token: newToken(), createdAt: now }).onConflictDoNothing().run();
  const row = await db.select({ token: feedTokens.token }).from(feedTokens).where(eq(feedTokens.userId, userId)).get();
  // The row was there or has just been inserted; only a concurrent user deletion removes it.
  if (!row) throw new Error(`No feed token for user ${userId}`);
  return row.token;
}

/**
 * Replaces the reader's token in one statement (an upsert), so the old URL
 * stops working the moment the new one exists.
 */
export async function resetFeedToken(db: AppDatabase, userId: string, now = new Date()): Promise<string> {
  const token = newToken();
  await db
    .insert(feedTokens)
    .values({ userId, token, createdAt: now })
    .onConflictDoUpdate({ target: feedTokens.userId, set: { token, createdAt: now } })
    .run();
  return token;
}

/** Whose feed this token opens, or null. */
export async function findFeedTokenOwner(db: AppDatabase, token: string): Promise<string | null> {
  const row = await db.select({ userId: feedTokens.userId }).from(feedTokens).where(eq(feedTokens.token, token)).get();
  return row?.userId ?? null;
}
