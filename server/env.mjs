// @ts-check
// The runtime's environment (server/), validated once. The rules are the app's
// own: lib/env.ts builds its schema from runtimeEnvRules, so the two cannot drift.
// Plain JavaScript: node loads server/ without a compiler.
import { z } from "zod";

const REMOTE_DATABASE_URL_PATTERN = /^(https?|libsql|wss?):\/\/.+/;
const DATABASE_URL_PATTERN = /^(file:.+|(https?|libsql|wss?):\/\/.+)$/;

/** The rules for every variable the runtime reads (README "Run it" and "Deployment"). */
export const runtimeEnvRules = {
  /**
   * file:./data/app.db (one server, better-sqlite3), or the primary of a libSQL
   * server (sqld) or Turso: http(s)://host:port or libsql://host (README "Deployment").
   */
  DATABASE_URL: z
    .string()
    .regex(DATABASE_URL_PATTERN, "DATABASE_URL must look like file:./data/app.db, http://host:8080 or libsql://db.turso.io")
    .default("file:./data/app.db"),
  /** A libSQL read replica for reads (optional; only with a libSQL DATABASE_URL). */
  DATABASE_READ_URL: z.string().regex(REMOTE_DATABASE_URL_PATTERN, "DATABASE_READ_URL must be an http(s):// or libsql:// URL").optional(),
  /** The token for DATABASE_URL and DATABASE_READ_URL, when the server asks for one (Turso does). */
  DATABASE_AUTH_TOKEN: z.string().min(1).optional(),
  SITE_URL: z.url().default(`http://localhost:${process.env.PORT ?? "3000"}`),
  /** Signs session and sign-in tokens. When unset, one is generated and kept in the database. */
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters").optional(),
  /** Memory for cached pages, per server (server/page-cache/store.mjs). */
  PAGE_CACHE_MB: z.coerce.number().positive().default(128),
  /** How often each server asks a libSQL primary for new revalidations (server/page-cache/libsql-mirror.mjs). */
  PAGE_CACHE_POLL_MS: z.coerce.number().int().min(20).max(60_000).default(200),
  /**
   * How many reverse proxies in front of the server to trust for
   * X-Forwarded-For (lib/client-address.mjs). Unset: the socket's address.
   */
  TRUST_PROXY: z
    .string()
    .regex(/^(true|false|yes|no|\d|10)$/i, "TRUST_PROXY must be unset, false, true or a number of proxies from 0 to 10")
    .optional(),
};

const schema = z.object(runtimeEnvRules);

/** @type {z.infer<typeof schema> | undefined} */
let parsed;

/**
 * The runtime's variables, read from process.env on first use (as t3-env does
 * for lib/env.ts: an empty value counts as unset); a bad value throws, naming it.
 */
export function runtimeEnv() {
  if (parsed) return parsed;
  const source = Object.fromEntries(Object.keys(runtimeEnvRules).map((key) => [key, process.env[key] || undefined]));
  const result = schema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new Error(`Invalid environment variables: ${problems}`);
  }
  return (parsed = result.data);
}

/** `next build` is running: it prerenders against a throwaway database, and nothing it caches is served. */
export function isBuilding() {
  return process.env.NEXT_PHASE === "phase-production-build";
}
