// Integration: sign-in as an attacker would try it, on a real SQLite file with
// a real SMTP server on loopback: guessing codes, locking an owner out,
// rotating addresses inside one IPv6 /64, and flooding the whole site.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSmtpSink } from "@/test/smtp-sink";
import type { createTempDatabase } from "@/test/temp-db";
import type * as SignInRoute from "@/app/api/signin/route";
import type * as AuthAdapter from "@/db/queries/auth-adapter";
import type * as CheckCode from "./check-code";
import type * as Limits from "./limits";
import type * as SignInRequest from "./sign-in-request";

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let temp: Awaited<ReturnType<typeof createTempDatabase>>;
let signIn: typeof SignInRequest;
let check: typeof CheckCode;
let adapter: typeof AuthAdapter;
let limits: typeof Limits;
let signInRoute: typeof SignInRoute;

beforeAll(async () => {
  sink = await startSmtpSink();
  // lib/env reads the environment once, on first import: set it first.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ai-wins-abuse-"));
  Object.assign(process.env, {
    DATABASE_URL: process.env.TEST_DATABASE_URL ?? `file:${path.join(dir, "test.db")}`,
    SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
    EMAIL_FROM: "AI Wins <hello@aiwins.test>",
    NEXTAUTH_SECRET: "y".repeat(40),
    SIGNIN_LIMIT_PER_EMAIL: "3",
    SIGNIN_LIMIT_PER_IP: "5",
    SITE_URL: "http://localhost:3000",
  });
  temp = await (await import("@/test/temp-db")).createTempDatabase(path.join(dir, "test.db"));
  signIn = await import("./sign-in-request");
  check = await import("./check-code");
  adapter = await import("@/db/queries/auth-adapter");
  limits = await import("./limits");
  signInRoute = await import("@/app/api/signin/route");
});
afterAll(async () => {
  await sink.stop();
  await temp.cleanup();
});

function secretsFor(email: string) {
  const text = sink.messages.filter((m) => m.to.includes(email)).at(-1)!.text;
  return { code: /sign-in page: (\d{6})/.exec(text)![1]!, link: /[?&]token=([A-Za-z0-9_-]{22})&/.exec(text)![1]! };
}
const otherCode = (code: string, n: number) => String((Number(code) + n) % 1_000_000).padStart(6, "0");

describe("guessing codes", () => {
  it("a new email does not bring new guesses, and a stranger who spends them cannot lock the owner out of the link", async () => {
    const victim = "victim@example.org";
    await signIn.requestSignInEmail({ email: victim, callbackPath: "/", ip: "203.0.113.10" });
    const first = secretsFor(victim);

    // Three wrong codes go straight through; the next one right after must wait, and is not counted.
    for (let i = 1; i <= 3; i++) {
      expect(await check.checkSignInCode({ email: victim, code: otherCode(first.code, i), ip: `198.51.100.${i}` })).toEqual({ state: "invalid" });
    }
    const tooSoon = await check.checkSignInCode({ email: victim, code: first.code, ip: "198.51.100.9" });
    expect(tooSoon).toMatchObject({ state: "wait" });

    // The attacker keeps at it through the hour (seven more, spaced past the delays).
    const hourAgo = Date.now() - 50 * 60_000;
    for (let i = 0; i < 7; i++) await adapter.recordFailedCode(temp.db, victim, hourAgo + i * 60_000);
    expect(await check.checkSignInCode({ email: victim, code: first.code, ip: "203.0.113.10" })).toMatchObject({ state: "locked" });

    // The owner asks again: the new code is refused as well, the old link is void, the new link works.
    await signIn.requestSignInEmail({ email: victim, callbackPath: "/", ip: "203.0.113.10" });
    const second = secretsFor(victim);
    expect(second.link).not.toBe(first.link);
    expect(await check.checkSignInCode({ email: victim, code: second.code, ip: "203.0.113.10" })).toMatchObject({ state: "locked" });
    expect(await check.checkSignInCode({ email: victim, code: first.link, ip: "203.0.113.10" })).toEqual({ state: "invalid" });
    expect(await check.checkSignInCode({ email: victim, code: second.link, ip: "203.0.113.10" })).toEqual({ state: "valid" });
  });

  it("a wrong link token costs the owner's code budget nothing (it cannot be guessed)", async () => {
    const owner = "owner@example.org";
    await signIn.requestSignInEmail({ email: owner, callbackPath: "/", ip: "203.0.113.11" });
    for (let i = 0; i < 12; i++) {
      const token = Buffer.alloc(16, i).toString("base64url");
      expect(await check.checkSignInCode({ email: owner, code: token, ip: `192.0.2.${i}` })).toEqual({ state: "invalid" });
    }
    expect(await adapter.codeBudget(temp.db, owner)).toEqual({ state: "open" });
    expect(await check.checkSignInCode({ email: owner, code: secretsFor(owner).code, ip: "203.0.113.11" })).toEqual({ state: "valid" });
  });

  it("wrong guesses from one network are capped, whichever addresses they target", async () => {
    const network = "2001:db8:aa:1::/64";
    for (let i = 0; i < limits.FAILURES_PER_NETWORK.limit; i++) {
      await check.checkSignInCode({ email: `spray-${i}@example.org`, code: "000000", ip: network });
    }
    expect(await check.checkSignInCode({ email: "spray-x@example.org", code: "000000", ip: network })).toMatchObject({ state: "rate_limited" });
  });
});

describe("asking for sign-in emails", () => {
  it("a request refused for its network spends nothing of the address's own budget", async () => {
    const owner = "budget-kept@example.org";
    const stranger = "198.18.0.1";
    for (let i = 0; i < 5; i++) await signIn.requestSignInEmail({ email: `filler-${i}@example.org`, callbackPath: "/", ip: stranger });
    for (let i = 0; i < 5; i++) {
      await expect(signIn.requestSignInEmail({ email: owner, callbackPath: "/", ip: stranger })).rejects.toMatchObject({ status: 429 });
    }
    // The owner, from their own network, still gets every email the address allows (3 here).
    for (let i = 0; i < 3; i++) await signIn.requestSignInEmail({ email: owner, callbackPath: "/", ip: `198.19.0.${i}` });
  });
});

describe("POST /api/signin from the network", () => {
  const post = (email: string, address: string, forwardedFor: string) =>
    signInRoute.POST(
      new NextRequest("http://localhost:3000/api/signin", {
        method: "POST",
        headers: {
          "content-type": "application/json",
          // Set by server/main.mjs from the socket; whatever X-Forwarded-For says is not believed.
          "x-aiw-client-address": address,
          "x-forwarded-for": forwardedFor,
        },
        body: JSON.stringify({ email }),
      }),
      undefined,
    );

  it("counts IPv6 clients by their /64, and ignores a forged X-Forwarded-For", async () => {
    for (let i = 1; i <= 5; i++) {
      expect((await post(`net-${i}@example.org`, `2001:db8:7:7::${i.toString(16)}`, `10.0.0.${i}`)).status).toBe(200);
    }
    const refused = await post("net-6@example.org", "2001:db8:7:7:ffff::6", "10.9.9.9");
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({ error: { code: "rate_limited:sign_in" } });
    expect((await post("net-7@example.org", "2001:db8:7:8::1", "10.0.0.1")).status).toBe(200);
  });

  it("answers alike for an address with an account and one without", async () => {
    const { createAuthAdapter } = adapter;
    await createAuthAdapter(temp.db).createUser!({ email: "known@example.org", emailVerified: new Date() });
    const known = await post("known@example.org", "192.0.2.200", "");
    const unknown = await post("unknown@example.org", "192.0.2.201", "");
    expect([known.status, unknown.status]).toEqual([200, 200]);
    expect(Object.keys(await known.json())).toEqual(Object.keys(await unknown.json()));
  });
});

describe("a site-wide ceiling", () => {
  it("slows requests down past it instead of refusing everyone", async () => {
    const ceiling = { limit: 2, windowMs: 60_000 };
    const started = Date.now();
    for (let i = 0; i < 2; i++) await limits.paceSiteWide(temp.db, "test:flood", ceiling);
    expect(Date.now() - started).toBeLessThan(500);
    // Past the ceiling: one a second for the whole site, each waiting its turn.
    await limits.paceSiteWide(temp.db, "test:flood", ceiling);
    await limits.paceSiteWide(temp.db, "test:flood", ceiling);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it("tells a request that found no turn to try again in a few seconds", async () => {
    const ceiling = { limit: 1, windowMs: 60_000 };
    await limits.paceSiteWide(temp.db, "test:busy", ceiling);
    const { recordHit } = await import("@/db/queries/rate-limits");
    // Others hold every turn for the next several seconds.
    await recordHit(temp.db, "test:busy:paced", Date.now() + 5_000);
    await expect(limits.paceSiteWide(temp.db, "test:busy", ceiling)).rejects.toMatchObject({
      status: 429,
      code: "busy:sign_in",
      headers: { "Retry-After": "5" },
    });
  });
});
