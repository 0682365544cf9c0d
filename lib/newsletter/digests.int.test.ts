// Integration: subscriptions and digest delivery on a real SQLite file, over
// SMTP to a real SMTP server on loopback; a crash is a real SIGKILL.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppDatabase } from "@/db/client";
import type * as FollowQueries from "@/db/queries/follows";
import type * as NewsletterQueries from "@/db/queries/newsletter";
import type * as UserQueries from "@/db/queries/users";
import { sqlAll, sqlGet } from "@/test/raw-sql";
import { startSmtpSink } from "@/test/smtp-sink";
import type * as Digests from "./digests";

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let db: AppDatabase;
let file: string;
let cleanup: () => Promise<void>;
// Imported after the environment is set (lib/env reads it once).
let q: typeof NewsletterQueries;
let digests: typeof Digests;
let follows: typeof FollowQueries;
let users: typeof UserQueries;
const env: Record<string, string> = {};

const DAY = 86_400_000;

beforeAll(async () => {
  sink = await startSmtpSink(0, { refuse: (to) => to.startsWith("dead-mailbox") });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ai-wins-digest-"));
  file = path.join(dir, "test.db");
  Object.assign(env, {
    // The cluster test runner's libSQL database, when it set one (createTempDatabase then uses it too).
    DATABASE_URL: process.env.TEST_DATABASE_URL ?? `file:${file}`,
    SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
    EMAIL_FROM: "AI Wins <digest@aiwins.test>",
    NEXTAUTH_SECRET: "n".repeat(40),
    SITE_URL: "http://localhost:3000",
  });
  Object.assign(process.env, env);
  ({ db, cleanup } = await (await import("@/test/temp-db")).createTempDatabase(file));
  await (await import("@/db/seed/demo")).seedDemoContent(db);
  q = await import("@/db/queries/newsletter");
  digests = await import("./digests");
  follows = await import("@/db/queries/follows");
  users = await import("@/db/queries/users");
});
afterAll(async () => {
  (await import("@/lib/mail/send")).closeMail();
  await sink.stop();
  await cleanup();
});

const mailTo = (email: string) => sink.messages.filter((m) => m.to.includes(email));

describe("signing up", () => {
  it("sends one confirmation per cooldown, and none to an active subscriber", async () => {
    const t = new Date();
    expect((await q.requestSubscription(db, "New@Example.org", t)).sendConfirmation).toBe(true);
    expect((await q.requestSubscription(db, "new@example.org", new Date(t.getTime() + 60_000))).sendConfirmation).toBe(false);
    expect((await q.requestSubscription(db, "new@example.org", new Date(t.getTime() + 6 * 60_000))).sendConfirmation).toBe(true);
    const subscriber = (await q.requestSubscription(db, "new@example.org", t)).subscriber;
    expect(subscriber.status).toBe("pending");
    await q.confirmSubscription(db, subscriber.id, subscriber.email);
    expect((await q.requestSubscription(db, "new@example.org", new Date(t.getTime() + DAY))).sendConfirmation).toBe(false);
  });

  it("does not confirm with the wrong address for the id", async () => {
    const { subscriber } = await q.requestSubscription(db, "other@example.org");
    expect(await q.confirmSubscription(db, subscriber.id, "new@example.org")).toBeNull();
  });
});

describe("digests", () => {
  it("sends due subscribers one digest with the last period's stories, in HTML and text, with one-click unsubscribe", async () => {
    await q.savePreferences(db, "weekly@example.org", { subscribed: true, frequency: "weekly", content: "all" });
    const report = await digests.sendDueDigests(db);
    expect(report.sent).toBeGreaterThanOrEqual(2);
    const [mail] = mailTo("weekly@example.org");
    expect(mail).toBeDefined();
    expect(mail!.subject).toMatch(/^AI Wins: \d+ positive AI stor(y|ies) this week$/);
    expect(mail!.html).toContain("<a href=\"http://localhost:3000/stories/");
    expect(mail!.text).toContain("http://localhost:3000/stories/");
    expect(mail!.headers["list-unsubscribe"]).toMatch(/^<http:\/\/localhost:3000\/api\/newsletter\/unsubscribe\?token=[\w.-]+>$/);
    expect(mail!.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    expect(mail!.headers["message-id"]).toMatch(/^<digest-\d+@localhost>$/);
    // Only stories from the last week: the demo's older ones are not in it.
    expect(mail!.text).not.toContain("malaria");
  });

  it("sends nothing more when run again", async () => {
    const before = sink.messages.length;
    const report = await digests.sendDueDigests(db);
    expect(report.sent).toBe(0);
    expect(sink.messages.length).toBe(before);
  });

  it("never sends to pending or unsubscribed addresses", async () => {
    await q.requestSubscription(db, "pending-only@example.org");
    const gone = await q.savePreferences(db, "gone@example.org", { subscribed: false, frequency: "daily", content: "all" });
    await digests.sendDueDigests(db);
    expect(mailTo("pending-only@example.org").filter((m) => m.subject.includes("stories"))).toHaveLength(0);
    expect(mailTo(gone.email)).toHaveLength(0);
  });

  it("covers only followed tags when asked, and sends nothing when nothing is new", async () => {
    const reader = await users.setRoleByEmail(db, "fan@example.org", "reader");
    await follows.followTag(db, reader.id, "safety");
    await q.savePreferences(db, "fan@example.org", { subscribed: true, frequency: "daily", content: "followed" });
    // No safety story in the demo content's last day: nothing sent.
    let report = await digests.sendDueDigests(db);
    expect(mailTo("fan@example.org")).toHaveLength(0);
    expect(report.nothingNew).toBeGreaterThanOrEqual(1);
    // Weekly, with climate followed too: a week's climate stories (and no safety one is that recent).
    await follows.followTag(db, reader.id, "climate");
    await q.savePreferences(db, "fan@example.org", { subscribed: true, frequency: "weekly", content: "followed" });
    report = await digests.sendDueDigests(db);
    const [mail] = mailTo("fan@example.org");
    expect(mail).toBeDefined();
    expect(mail!.text).toContain("topics you follow");
    const links = mail!.text.split("\n").filter((l) => l.startsWith("http://localhost:3000/stories/"));
    expect(links.length).toBeGreaterThan(0);
    const climate = await sqlAll<{ slug: string }>(
      db,
      "select s.slug from stories s join story_tags st on st.story_id = s.id join tags t on t.id = st.tag_id where t.slug = 'climate'",
    );
    for (const link of links) expect(climate.map((c) => `http://localhost:3000/stories/${c.slug}`)).toContain(link);
  });

  it("finishes what a crashed run claimed, exactly once", async () => {
    const s = await q.savePreferences(db, "crash-one@example.org", { subscribed: true, frequency: "weekly", content: "all" });
    const now = new Date();
    const claim = await q.claimDigest(db, {
      subscriberId: s.id,
      seenWatermark: s.lastDigestAt,
      periodStart: new Date(now.getTime() - 7 * DAY),
      periodEnd: now,
      storyCount: 3,
    });
    expect(claim).not.toBeNull();
    // Claimed, not sent: the process died here. The next run sends it, once.
    const report = await digests.sendDueDigests(db);
    expect(report.resumed).toBe(1);
    expect(mailTo("crash-one@example.org")).toHaveLength(1);
    await digests.sendDueDigests(db);
    expect(mailTo("crash-one@example.org")).toHaveLength(1);
    expect(await q.countSends(db, s.id)).toBe(1);
  });

  it("runs one at a time, and a claim composed from an old watermark loses", async () => {
    const [a, b] = await Promise.all([digests.sendDueDigests(db), digests.sendDueDigests(db)]);
    expect([a.busy, b.busy].sort()).toEqual([false, true]);
    const s = await q.savePreferences(db, "cas@example.org", { subscribed: true, frequency: "weekly", content: "all" });
    const now = new Date();
    const claim = (end: Date) =>
      q.claimDigest(db, { subscriberId: s.id, seenWatermark: s.lastDigestAt, periodStart: new Date(0), periodEnd: end, storyCount: 1 });
    expect(await claim(now)).not.toBeNull();
    // A second run composed from the same old watermark, a moment later: refused.
    expect(await claim(new Date(now.getTime() + 1000))).toBeNull();
    expect(await q.countSends(db, s.id)).toBe(1);
    await digests.sendDueDigests(db);
  });

  it("an address the SMTP server refuses does not stop the run, and is given up after 3 tries", async () => {
    const dead = await q.savePreferences(db, "dead-mailbox@example.org", { subscribed: true, frequency: "weekly", content: "all" });
    const alive = await q.savePreferences(db, "alive@example.org", { subscribed: true, frequency: "weekly", content: "all" });
    const first = await digests.sendDueDigests(db);
    expect(first.failed).toBe(1);
    expect(mailTo(alive.email)).toHaveLength(1);
    await digests.sendDueDigests(db);
    await digests.sendDueDigests(db);
    const fourth = await digests.sendDueDigests(db);
    expect(fourth.failed).toBe(0);
    const row = await sqlGet<{ status: string; attempts: number; last_error: string }>(
      db,
      "select status, attempts, last_error from digest_sends where subscriber_id = ?",
      dead.id,
    );
    expect(row).toMatchObject({ status: "failed", attempts: 3 });
    expect(row!.last_error).toContain("Mailbox unavailable");
  });

  it("after a SIGKILL mid-run, a re-run gives every due subscriber exactly one digest", async () => {
    const emails = Array.from({ length: 120 }, (_, i) => `crowd-${i}@example.org`);
    for (const email of emails) await q.savePreferences(db, email, { subscribed: true, frequency: "weekly", content: "all" });
    const run = () =>
      spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/newsletter-send.ts", "--quiet"], {
        env: { ...process.env, ...env, NODE_OPTIONS: "" },
        stdio: "ignore",
      });

    const first = run();
    const crowdMail = () => sink.messages.filter((m) => m.to.some((t) => t.startsWith("crowd-")));
    await expect.poll(() => crowdMail().length, { timeout: 20_000, interval: 5 }).toBeGreaterThanOrEqual(10);
    first.kill("SIGKILL");
    await new Promise((r) => first.once("exit", r));
    const atCrash = crowdMail().length;
    expect(atCrash).toBeLessThan(emails.length); // it really died mid-run

    const second = run();
    await new Promise((r) => second.once("exit", r));
    const third = run();
    await new Promise((r) => third.once("exit", r));

    for (const email of emails) {
      const received = mailTo(email);
      // One digest each, none skipped. SMTP cannot promise more: a message the
      // server accepted just as the process died is sent again on the re-run,
      // with the same Message-ID, so receiving servers drop the copy.
      expect(received.length, email).toBeGreaterThanOrEqual(1);
      expect(new Set(received.map((m) => m.headers["message-id"])).size, email).toBe(1);
    }
    // Only messages in flight at the kill (10 sends run in parallel) can repeat.
    const duplicates = crowdMail().length - emails.length;
    expect(duplicates).toBeLessThanOrEqual(10);
    const rows = await sqlAll<{ n: number; sent: number }>(
      db,
      "select s.email, count(*) n, sum(d.status = 'sent') sent from digest_sends d join subscribers s on s.id = d.subscriber_id where s.email like 'crowd-%' group by s.email",
    );
    expect(rows).toHaveLength(emails.length);
    for (const row of rows) expect(row).toMatchObject({ n: 1, sent: 1 });
  }, 60_000);
});
