// @ts-check
// The auth secret for the plain-JavaScript server (server/main.mjs, which
// signs the aiw_rs cookie with a key derived from it): NEXTAUTH_SECRET when
// set, otherwise the one generated once and kept in app_meta. The same row,
// written the same way, as lib/auth/secret.ts, so every server sharing the
// database agrees on it whoever creates it first.
import { randomBytes } from "node:crypto";

/**
 * @param {{ NEXTAUTH_SECRET?: string, DATABASE_URL?: string, DATABASE_AUTH_TOKEN?: string }} env
 * @returns {Promise<string>}
 */
export async function loadAuthSecret(env) {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  const { createClient } = await import("@libsql/client");
  const client = createClient({ url: env.DATABASE_URL || "file:./data/app.db", authToken: env.DATABASE_AUTH_TOKEN || undefined });
  try {
    // Insert-or-ignore, then read: two servers starting at once agree on one value.
    await client.execute({
      sql: "INSERT INTO app_meta (key, value) VALUES ('auth_secret', ?) ON CONFLICT (key) DO NOTHING",
      args: [randomBytes(32).toString("hex")],
    });
    const { rows } = await client.execute("SELECT value FROM app_meta WHERE key = 'auth_secret'");
    const value = rows[0]?.value;
    if (typeof value !== "string" || !value) throw new Error("app_meta has no auth_secret");
    return value;
  } finally {
    client.close();
  }
}
