// Integration: the next-auth adapter, sign-in tokens and rate limits on a real SQLite file.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppDatabase } from "@/db/client";
import { createTempDatabase } from "@/test/temp-db";
import { CODE_ATTEMPTS, createAuthAdapter, issueVerificationToken, verificationState } from "./auth-adapter";
import { hitRateLimit } from "./rate-limits";
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

  it("are void after too many wrong codes, even the right one; a new email starts afresh", async () => {
    const a = adapter();
    await issueVerificationToken(db, { identifier: "target@example.com", token: "right", expires: later(15) });
    for (let i = 0; i < CODE_ATTEMPTS.limit; i++) {
      expect(await a.useVerificationToken!({ identifier: "target@example.com", token: `wrong-${i}` })).toBeNull();
    }
    expect(await verificationState(db, { identifier: "target@example.com", token: "right" })).toBe("locked");
    expect(await a.useVerificationToken!({ identifier: "target@example.com", token: "right" })).toBeNull();

    await issueVerificationToken(db, { identifier: "target@example.com", token: "fresh", expires: later(15) });
    expect(await verificationState(db, { identifier: "target@example.com", token: "fresh" })).toBe("valid");
    expect(await a.useVerificationToken!({ identifier: "target@example.com", token: "fresh" })).toMatchObject({ token: "fresh" });
  });
});

describe("rate limits", () => {
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
