// Database sessions outside next-auth's own flow: sign-out, and sessions made
// directly for tests (a fixture signs people in without the email round trip).
import "server-only";
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { AppDatabase } from "@/db/client";
import { sessions } from "@/db/schema";

export async function deleteSessionByToken(db: AppDatabase, sessionToken: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.sessionToken, sessionToken)).run();
}

export async function createSessionForUser(
  db: AppDatabase,
  userId: string,
  days = 30,
): Promise<{ sessionToken: string; expires: Date }> {
  const sessionToken = randomBytes(32).toString("hex");
  const expires = new Date(Date.now() + days * 86_400_000);
  await db.insert(sessions).values({ sessionToken, userId, expires }).run();
  return { sessionToken, expires };
}
