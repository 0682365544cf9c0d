// Integration: what a stranger can make the sign-up form send, on a real
// SQLite file, over SMTP to a real SMTP server on loopback, through the route
// handler itself. The answers must not tell known, active, cooling-down and
// over-limit addresses apart.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { AppDatabase } from "@/db/client";
import type * as NewsletterQueries from "@/db/queries/newsletter";
import type * as RateLimits from "@/db/queries/rate-limits";
import { sqlGet, sqlRun } from "@/test/raw-sql";
import { startSmtpSink } from "@/test/smtp-sink";
import type * as Subscribe from "./subscribe";

// The form's handler asks who is signed in (cookies, next-auth): nobody is.
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => null }));

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let db: AppDatabase;
let cleanup: () => Promise<void>;
// Imported after the environment is set (lib/env reads it once).
let q: typeof NewsletterQueries;
let limits: typeof RateLimits;
let subscribe: typeof Subscribe;
let POST: (request: NextRequest, context: unknown) => Promise<Response>;

const MINUTE = 60_000;
const DAY = 86_400_000;

beforeAll(async () => {
  sink = await startSmtpSink(0, { refuse: (to) => to.startsWith("dead-mailbox") });
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ai-wins-subscribe-")), "test.db");
  Object.assign(process.env, {
    // The cluster test runner's libSQL database, when it set one (createTempDatabase then uses it too).
    DATABASE_URL: process.env.TEST_DATABASE_URL ?? `file:${file}`,
    SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
    EMAIL_FROM: "AI Wins <hello@aiwins.test>",
    NEXTAUTH_SECRET: "s".repeat(40),
    SITE_URL: "http://localhost:3000",
  });
  ({ db, cleanup } = await (await import("@/test/temp-db")).createTempDatabase(file));
  q = await import("@/db/queries/newsletter");
  limits = await import("@/db/queries/rate-limits");
  subscribe = await import("./subscribe");
  ({ POST } = await import("@/app/api/newsletter/subscribe/route"));
});
afterEach(() => {
  vi.useRealTimers();
});
afterAll(async () => {
  (await import("@/lib/mail/send")).closeMail();
  await sink.stop();
  await cleanup();
});

const mailsTo = (email: string) => sink.messages.filter((m) => m.to.includes(email)).length;
let ipCounter = 0;
/** Each sign-up from its own network unless told, so the per-IP limit stays out of the way. */
const freshIp = () => `198.51.100.${++ipCounter % 250}`;

async function signUp(email: string, { html = false, ip = freshIp() } = {}) {
  const request = new NextRequest("http://localhost:3000/api/newsletter/subscribe", {
    method: "POST",
    body: JSON.stringify({ email }),
    headers: {
      "content-type": "application/json",
      accept: html ? "text/html" : "application/json",
      origin: "http://localhost:3000",
      "x-aiw-client-address": ip,
    },
  });
  const response = await POST(request, {});
  return {
    status: response.status,
    location: response.headers.get("location"),
    cacheControl: response.headers.get("cache-control"),
    retryAfter: response.headers.get("retry-after"),
    body: html ? null : await response.json(),
  };
}

function at(ms: number) {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(ms);
}

describe("confirmation emails per address", () => {
  it("sends at most one per cooldown and three a day, then nothing until the oldest is a day old", async () => {
    const email = "three-a-day@example.org";
    const t0 = Date.now();
    const sends: [number, number][] = [
      [0, 1], // sent
      [1 * MINUTE, 1], // cooldown
      [6 * MINUTE, 2], // sent
      [12 * MINUTE, 3], // sent
      [18 * MINUTE, 3], // the day's three are spent
      [6 * 60 * MINUTE, 3],
      [DAY - MINUTE, 3],
      [DAY + MINUTE, 4], // the first has left the 24 hours
    ];
    for (const [offset, expected] of sends) {
      at(t0 + offset);
      expect(await signUp(email)).toEqual({ status: 200, location: null, cacheControl: "private, no-store", retryAfter: null, body: { ok: true, subscribed: false } });
      expect(mailsTo(email), `after ${offset / MINUTE} minutes`).toBe(expected);
    }
  });

  it("answers exactly alike for a new, a cooling-down, an over-limit and an active address", async () => {
    const t0 = Date.now();
    at(t0);
    const cooling = "cooling@example.org";
    const overLimit = "over-limit@example.org";
    const active = "active@example.org";
    for (let i = 0; i < 3; i++) {
      at(t0 + i * 6 * MINUTE);
      await signUp(overLimit);
    }
    at(t0 + 18 * MINUTE);
    await signUp(cooling);
    await q.savePreferences(db, active, { subscribed: true, frequency: "weekly", content: "all" });
    at(t0 + 20 * MINUTE);
    const before = { cooling: mailsTo(cooling), overLimit: mailsTo(overLimit), active: mailsTo(active) };
    expect(before).toEqual({ cooling: 1, overLimit: 3, active: 0 });

    const addresses = ["brand-new@example.org", cooling, overLimit, active];
    for (const html of [false, true]) {
      const answers = [];
      for (const email of addresses) answers.push(await signUp(email, { html }));
      for (const answer of answers) expect(answer).toEqual(answers[0]);
    }
    expect((await signUp("another-new@example.org", { html: true })).location).toBe("/newsletter/check-inbox");
    // Only the new addresses were sent anything.
    expect({ cooling: mailsTo(cooling), overLimit: mailsTo(overLimit), active: mailsTo(active) }).toEqual(before);
    expect(mailsTo("brand-new@example.org")).toBe(1);
  });

  it("takes back the counted send when the mail server refuses it", async () => {
    const email = "dead-mailbox@example.org";
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    await expect(subscribe.subscribeAddress(email, freshIp())).rejects.toMatchObject({ status: 503, code: "mail_failed" });
    const hits = await limits.peekRateLimit(db, q.confirmationLimitKeys.address(email), q.CONFIRMATIONS_PER_ADDRESS);
    expect(hits).toBe(0);
    expect(logged).toHaveBeenCalledOnce();
    logged.mockRestore();
    expect((await q.getSubscriberByEmail(db, email))?.confirmationSentAt).toBeNull();
  });
});

describe("the site-wide daily cap", () => {
  /** Spends the site's budget down to `left` with sends an hour old. */
  async function spendSiteBudget(left: number) {
    const key = q.confirmationLimitKeys.siteWide;
    await limits.clearRateLimit(db, key);
    await sqlRun(
      db,
      "insert into rate_limit_hits (key, at) with recursive n(i) as (select 1 union all select i + 1 from n where i < ?) select ?, ? from n",
      q.SITE_WIDE_CONFIRMATIONS_PER_DAY - left,
      key,
      Date.now() - 60 * MINUTE,
    );
  }
  afterAll(async () => {
    await limits.clearRateLimit(db, q.confirmationLimitKeys.siteWide);
  });

  it("is 2,000 confirmations in any 24 hours", () => {
    expect(q.SITE_WIDE_CONFIRMATIONS_PER_DAY).toBe(2_000);
    expect(q.CONFIRMATIONS_SITE_WIDE).toEqual({ limit: 2_000, windowMs: DAY });
  });

  it("sends the last confirmation of the day, then answers every sign-up 429 alike, whatever the address", async () => {
    await spendSiteBudget(1);
    await q.savePreferences(db, "cap-active@example.org", { subscribed: true, frequency: "weekly", content: "all" });
    expect(await signUp("cap-last@example.org")).toMatchObject({ status: 200 });
    expect(mailsTo("cap-last@example.org")).toBe(1);
    const count = await sqlGet<{ n: number }>(db, "select count(*) as n from rate_limit_hits where key = ?", q.confirmationLimitKeys.siteWide);
    expect(count?.n).toBe(2_000);

    const answers = [];
    for (const email of ["cap-new@example.org", "cap-last@example.org", "cap-active@example.org"]) answers.push(await signUp(email));
    for (const answer of answers) {
      expect(answer).toEqual(answers[0]);
      expect(answer.status).toBe(429);
      expect(answer.body.error.code).toBe("rate_limited:newsletter_daily");
      // The oldest of the day's sends (an hour old) leaves the window in about 23 hours.
      expect(Number(answer.retryAfter)).toBeGreaterThan(22 * 3600);
    }
    expect(mailsTo("cap-new@example.org")).toBe(0);
    const page = await signUp("cap-new@example.org", { html: true });
    expect(page.location).toBe("/newsletter/check-inbox?error=rate_limited%3Anewsletter_daily");
  });

  it("sends nothing, silently, when the budget runs out between the check and the claim", async () => {
    await spendSiteBudget(0);
    const { sendConfirmation } = await q.requestSubscription(db, "cap-race@example.org");
    expect(sendConfirmation).toBe(false);
    expect(await limits.peekRateLimit(db, q.confirmationLimitKeys.address("cap-race@example.org"), q.CONFIRMATIONS_PER_ADDRESS)).toBe(0);
  });
});

describe("the per-IP limit", () => {
  it("answers 429 past 20 sign-ups from one network in 15 minutes, whatever the address", async () => {
    const ip = "203.0.113.9";
    for (let i = 0; i < 20; i++) expect((await signUp(`ip-${i}@example.org`, { ip })).status).toBe(200);
    const fresh = await signUp("ip-new@example.org", { ip });
    const known = await signUp("ip-0@example.org", { ip });
    expect(fresh.status).toBe(429);
    expect(known).toEqual(fresh);
  });
});
