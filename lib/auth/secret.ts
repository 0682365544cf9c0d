import "server-only";
import { randomBytes } from "node:crypto";
import { getDb } from "@/db/client";
import { getOrCreateMeta } from "@/db/queries/app-meta";
import { env } from "@/lib/env";

let secret: string | undefined;

/**
 * NEXTAUTH_SECRET when set; otherwise a random secret generated once and kept
 * in the database, so `npm start` works with nothing configured and sessions
 * survive restarts (and every server sharing the database agrees on it).
 */
export function getAuthSecret(): string {
  secret ??= env.NEXTAUTH_SECRET ?? getOrCreateMeta(getDb(), "auth_secret", () => randomBytes(32).toString("hex"));
  return secret;
}
