// Integration: the aiw_rs cookie that sends a reader's next reads to the
// primary (README "Deployment") is signed with a key every server derives from
// the same auth secret, and made-up, altered, foreign or stale values count as
// no cookie, so they route nothing to the primary.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppDatabase } from "@/db/client";
import { getOrCreateMeta } from "@/db/queries/app-meta";
import { readSequenceFromCookies, readSequenceKey, readSequenceSetCookie, signReadSequence, verifyReadSequence } from "./read-sequence.mjs";
import { createTempDatabase } from "@/test/temp-db";
import { loadAuthSecret } from "./auth-secret.mjs";

let db: AppDatabase;
let url: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ db, url, cleanup } = await createTempDatabase());
});
afterAll(() => cleanup());

describe("the signing key's secret", () => {
  it("is NEXTAUTH_SECRET when set, without asking the database", async () => {
    expect(await loadAuthSecret({ NEXTAUTH_SECRET: "x".repeat(40), DATABASE_URL: "http://127.0.0.1:9" })).toBe("x".repeat(40));
  });

  it("is otherwise the secret generated once in the database, the one next-auth uses, whichever side creates it", async () => {
    const env = { DATABASE_URL: url };
    const first = await loadAuthSecret(env);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(await loadAuthSecret(env)).toBe(first);
    // lib/auth/secret.ts reads (or creates) the same row.
    expect(await getOrCreateMeta(db, "auth_secret", () => "never used")).toBe(first);
  });
});

describe("the aiw_rs cookie", () => {
  const key = readSequenceKey("a".repeat(64));
  const now = Date.UTC(2026, 0, 1);

  it("carries the clock value it was signed with, for a minute", () => {
    const value = signReadSequence(key, 42, now);
    expect(verifyReadSequence(key, value, now)).toBe(42);
    expect(verifyReadSequence(key, value, now + 59_000)).toBe(42);
    expect(verifyReadSequence(key, value, now + 61_000)).toBeNull();
    const header = readSequenceSetCookie(key, 42, { secure: true, now });
    expect(header).toMatch(/^aiw_rs=42\.[0-9a-z]+\.[A-Za-z0-9_-]{22}; Path=\/; Max-Age=60; HttpOnly; SameSite=Lax; Secure$/);
    const cookie = header.split(";")[0]!;
    expect(readSequenceFromCookies(key, `theme=dark; ${cookie}; other=1`, now)).toBe(42);
  });

  it.each([
    ["an unsigned number, as the cookie used to be", "42"],
    ["an absurd unsigned value", "999999999999999"],
    ["nothing", ""],
    ["garbage", "hello.world.x"],
  ])("ignores %s", (_name, value) => {
    expect(verifyReadSequence(key, value, now)).toBeNull();
    expect(readSequenceFromCookies(key, `aiw_rs=${value}`, now)).toBeNull();
  });

  it("ignores a raised clock value, a pushed-back expiry and another key's signature", () => {
    const [, expires, mac] = signReadSequence(key, 42, now).split(".");
    expect(verifyReadSequence(key, `999999999999999.${expires}.${mac}`, now)).toBeNull();
    expect(verifyReadSequence(key, `42.${(parseInt(expires!, 36) + 3600).toString(36)}.${mac}`, now)).toBeNull();
    expect(verifyReadSequence(readSequenceKey("b".repeat(64)), signReadSequence(key, 42, now), now)).toBeNull();
    // Keyed by the auth secret: another secret's cookie means nothing here.
    expect(verifyReadSequence(key, signReadSequence(readSequenceKey("b".repeat(64)), 42, now), now)).toBeNull();
  });
});
