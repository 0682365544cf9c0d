import "server-only";
import { randomBytes } from "node:crypto";
import { getDb } from "@/db/client";
import { getOrCreateMeta } from "@/db/queries/app-meta";
import { env } from "@/lib/env";

/** One look-up per process, shared by callers that arrive while it is in flight. */
let secret: Promise<string> | undefined;

/**
 * NEXTAUTH_SECRET when set; otherwise a random secret generated once and kept
 * in the database, so `npm start` works with nothing configured and sessions
 * survive restarts (and every server sharing the database agrees on it).
 */
export function getAuthSecret(): Promise<string> {
  if (env.NEXTAUTH_SECRET) return Promise.resolve(env.NEXTAUTH_SECRET);
  secret ??= getOrCreateMeta(getDb(), "auth_secret", () => randomBytes(32).toString("hex")).catch((error: unknown) => {
    // A failed look-up (the database was unreachable) is tried again next time.
    secret = undefined;
    throw error;
  });
  return secret;
}
