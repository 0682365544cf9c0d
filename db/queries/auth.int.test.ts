// Integration: the next-auth adapter, sign-in tokens and rate limits on a real SQLite file.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppDatabase } from "@/db/client";
import { createTempDatabase } from "@/test/temp-db";
import { CODE_FAILURES, codeBudget, createAuthAdapter, issueSignInTokens, issueVerificationToken, recordFailedCode, verificationState } from "./auth-adapter";
import { hitRateLimit } from "./rate-limits";
import { sqlAll } from "@/test/raw-sql";
import { createSessionForUser } from "./sessions";
import { listAuditEntries } from "./audit";
import { deleteSessionsOfUser, getUserByEmail, setRoleById, setRoleByEmail, updateUserName } from "./users";

let db: AppDatabase;
let url: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ db, url, cleanup } = await createTempDatabase()));
afterAll(() => cleanup());

const adapter = () => createAuthAdapter(db);
const later = (minutes: number) => new Date(Date.now() + minutes * 60_000);

describe("users through the adapter", () => {
  it("stores emails lower-cased and finds them whatever the case", async () => {
    const a = adapter();
    const user = await a.createUser!({ email: "Ada@Example.ORG", emailVerified: new Date(), name: null });
    expect(user.email).toBe("ada@example.org");
    expect((await a.getUserByEmail!("ADA@example.org"))?.id).toBe(user.id);
  });

  it("makes every new user a reader (admins are made by email sign-in or by an admin)", async () => {
    const a = adapter();
    expect(((await a.createUser!({ email: "boss@example.com", emailVerified: null })) as { role: string }).role).toBe("reader");
    expect(((await a.createUser!({ email: "someone@example.com", emailVerified: null })) as { role: string }).role).toBe(
      "reader",
    );
  });

  it("never lets next-auth change a role", async () => {
    const a = adapter();
    const user = await a.getUserByEmail!("someone@example.com");
    await a.updateUser!({ id: user!.id, name: "Some One", role: "admin" } as never);
    expect((await getUserByEmail(db, "someone@example.com"))?.role).toBe("reader");
  });

  it("grants a role by email with one upsert, creating the user if needed", async () => {
    expect(await setRoleByEmail(db, "New.Editor@example.com", "admin")).toMatchObject({ email: "new.editor@example.com", role: "admin" });
    expect((await setRoleByEmail(db, "new.editor@example.com", "reader")).role).toBe("reader");
  });

  it("records a role change made by an admin in the audit log, in the same write", async () => {
    const boss = await setRoleByEmail(db, "boss@example.com", "admin");
    const target = await setRoleByEmail(db, "promoted@example.com", "admin", boss);
    await setRoleById(db, target.id, "reader", boss);
    const { entries } = await listAuditEntries(db, { subject: { type: "user", id: target.id } });
    expect(entries.map((e) => [e.action, e.actorEmail, e.subjectLabel, e.details])).toEqual([
      ["user.role", "boss@example.com", "promoted@example.com", { role: "reader" }],
      ["user.role", "boss@example.com", "promoted@example.com", { role: "admin" }],
    ]);
  });
});

describe("sessions", () => {
  it("survive in the database and end on sign-out everywhere", async () => {
    const a = adapter();
    const user = (await getUserByEmail(db, "ada@example.org"))!;
    await updateUserName(db, user.id, "Ada");
    const one = await createSessionForUser(db, user.id);
    await createSessionForUser(db, user.id);
    const found = await a.getSessionAndUser!(one.sessionToken);
    expect(found?.user).toMatchObject({ id: user.id, name: "Ada" });
    expect(await deleteSessionsOfUser(db, user.id)).toBe(2);
    expect(await a.getSessionAndUser!(one.sessionToken)).toBeNull();
  });
});

describe("sign-in tokens", () => {
  it("work once", async () => {
    const a = adapter();
    await issueVerificationToken(db, { identifier: "once@example.com", token: "hash-1", expires: later(15) });
    expect(await verificationState(db, { identifier: "once@example.com", token: "hash-1" })).toBe("valid");
    expect(await a.useVerificationToken!({ identifier: "once@example.com", token: "hash-1" })).toMatchObject({ token: "hash-1" });
    expect(await a.useVerificationToken!({ identifier: "once@example.com", token: "hash-1" })).toBeNull();
    expect(await verificationState(db, { identifier: "once@example.com", token: "hash-1" })).toBe("invalid");
  });

  it("say when they have expired", async () => {
    await issueVerificationToken(db, { identifier: "late@example.com", token: "hash-2", expires: later(-1) }, later(-20));
    expect(await verificationState(db, { identifier: "late@example.com", token: "hash-2" })).toBe("expired");
  });

  it("only the newest email's token works", async () => {
    await issueVerificationToken(db, { identifier: "two@example.com", token: "old", expires: later(15) });
    await issueVerificationToken(db, { identifier: "two@example.com", token: "new", expires: later(15) });
    expect(await verificationState(db, { identifier: "two@example.com", token: "old" })).toBe("invalid");
    expect(await verificationState(db, { identifier: "two@example.com", token: "new" })).toBe("valid");
  });

  it("stop codes, not the link, once an address has spent its failure budget, and a new email does not refill it", async () => {
    const a = adapter();
    const email = "target@example.com";
    await issueSignInTokens(db, { identifier: email, code: "code-1", link: "link-1", expires: later(15) });
    // Ten wrong codes in an hour, spaced past the growing delays.
    const start = Date.now() - 30 * 60_000;
    for (let i = 0; i < CODE_FAILURES.perHour.limit; i++) await recordFailedCode(db, email, start + i * 150_000);
    expect((await codeBudget(db, email)).state).toBe("spent");
    expect(await verificationState(db, { identifier: email, token: "code-1" })).toBe("locked");
    expect(await a.useVerificationToken!({ identifier: email, token: "code-1" })).toBeNull();

    // A new email brings a new code, refused just the same, and a new link, which works.
    await issueSignInTokens(db, { identifier: email, code: "code-2", link: "link-2", expires: later(15) });
    expect(await verificationState(db, { identifier: email, token: "code-2" })).toBe("locked");
    expect(await verificationState(db, { identifier: email, token: "link-1" })).toBe("invalid");
    expect(await verificationState(db, { identifier: email, token: "link-2" })).toBe("valid");
    expect(await a.useVerificationToken!({ identifier: email, token: "link-2" })).toMatchObject({ token: "link-2" });
    // Using the link used up the email's code as well.
    expect(await sqlAll(db, "select token from verification_tokens where identifier = ?", email)).toEqual([]);
  });

  it("make each wrong code after the third wait longer, and allow at most 20 a day", async () => {
    const email = "slow@example.com";
    const t = Date.now() - 60_000;
    for (let i = 0; i < CODE_FAILURES.freeInARow; i++) {
      expect((await codeBudget(db, email, t + i)).state).toBe("open");
      await recordFailedCode(db, email, t + i);
    }
    // Third wrong code at t+2: the next may come 2 s after it, then 4 s after the fourth.
    expect(await codeBudget(db, email, t + 1_000)).toEqual({ state: "wait", retryAfterSeconds: 2 });
    expect((await codeBudget(db, email, t + 2_002)).state).toBe("open");
    await recordFailedCode(db, email, t + 2_002);
    expect(await codeBudget(db, email, t + 3_000)).toEqual({ state: "wait", retryAfterSeconds: 4 });

    const daily = "daily@example.com";
    const dayStart = Date.now() - 23 * 3_600_000;
    // Ten an hour, two hours apart: twenty in the day spend the daily budget.
    for (let i = 0; i < CODE_FAILURES.perDay.limit; i++) await recordFailedCode(db, daily, dayStart + Math.floor(i / 10) * 7_200_000 + (i % 10) * 300_000);
    const budget = await codeBudget(db, daily);
    expect(budget.state).toBe("spent");
    // Until the first of them is a day old.
    const retry = budget.state === "open" ? 0 : budget.retryAfterSeconds;
    expect(retry).toBeGreaterThan(3_500);
    expect(retry).toBeLessThanOrEqual(3_600);
  });

  it("an email's code and link: either works, once, and uses up the other", async () => {
    const a = adapter();
    await issueSignInTokens(db, { identifier: "pair@example.com", code: "c", link: "l", expires: later(15) });
    expect(await a.useVerificationToken!({ identifier: "pair@example.com", token: "c" })).toMatchObject({ token: "c" });
    expect(await verificationState(db, { identifier: "pair@example.com", token: "l" })).toBe("invalid");
  });
});

describe("the first email sign-in of an address", () => {
  it("unlinks OAuth accounts attached before it and ends their sessions; later sign-ins leave links alone", async () => {
    const a = adapter();
    const user = await a.createUser!({ email: "squatted@example.com", emailVerified: null, name: "Who" });
    await a.linkAccount!({ userId: user.id, type: "oauth", provider: "github", providerAccountId: "gh-1" });
    const squatter = await createSessionForUser(db, user.id);

    // next-auth's email callback sets emailVerified, then makes the new session.
    await a.updateUser!({ id: user.id, emailVerified: new Date() });
    expect(await a.getUserByAccount!({ provider: "github", providerAccountId: "gh-1" })).toBeNull();
    expect(await a.getSessionAndUser!(squatter.sessionToken)).toBeNull();

    await a.linkAccount!({ userId: user.id, type: "oauth", provider: "github", providerAccountId: "gh-2" });
    const mine = await createSessionForUser(db, user.id);
    await a.updateUser!({ id: user.id, emailVerified: new Date() });
    expect((await a.getUserByAccount!({ provider: "github", providerAccountId: "gh-2" }))?.id).toBe(user.id);
    expect(await a.getSessionAndUser!(mine.sessionToken)).not.toBeNull();
  });
});

describe("rate limits", () => {
  it("slide: no window edge lets twice the limit through", async () => {
    const limit = { limit: 5, windowMs: 15 * 60_000 };
    const t = 1_800_000_000_000;
    // Five just before a fixed window would have ended, then five just after it.
    for (let i = 0; i < 5; i++) expect((await hitRateLimit(db, "test:edge", limit, t - 60_000 + i)).allowed).toBe(true);
    const after = await hitRateLimit(db, "test:edge", limit, t + 60_000);
    expect(after.allowed).toBe(false);
    // The oldest of the five leaves the window 15 minutes after it came.
    expect(after.retryAfterSeconds).toBe(13 * 60);
    expect((await hitRateLimit(db, "test:edge", limit, t - 60_000 + limit.windowMs + 1)).allowed).toBe(true);
  });

  it("count hits that race: exactly the limit pass", async () => {
    const limit = { limit: 7, windowMs: 60_000 };
    const results = await Promise.all(Array.from({ length: 30 }, () => hitRateLimit(db, "test:race", limit)));
    expect(results.filter((r) => r.allowed)).toHaveLength(7);
  });

  it("count within a window and start again in the next", async () => {
    const limit = { limit: 3, windowMs: 60_000 };
    const t = 1_800_000_000_000;
    const results = [];
    for (const i of [0, 1, 2, 3]) results.push(await hitRateLimit(db, "test:key", limit, t + i));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(results[3]!.retryAfterSeconds).toBeGreaterThan(0);
    expect((await hitRateLimit(db, "test:key", limit, t + 60_000)).allowed).toBe(true);
  });

  it("are kept in the database, so a new connection (a restarted server) sees them", async () => {
    const { openDatabase } = await import("@/db/client");
    const limit = { limit: 2, windowMs: 3_600_000 };
    await hitRateLimit(db, "test:restart", limit);
    await hitRateLimit(db, "test:restart", limit);
    const other = openDatabase(url);
    try {
      expect((await hitRateLimit(other, "test:restart", limit)).allowed).toBe(false);
    } finally {
      await other.$close();
    }
  });
});
