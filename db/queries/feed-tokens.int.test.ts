// Integration: personal feed tokens on a real SQLite file.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppDatabase } from "@/db/client";
import { feedTokens, users } from "@/db/schema";
import { feedTokenSchema } from "@/lib/schemas/feeds";
import { createTempDatabase } from "@/test/temp-db";
import { findFeedTokenOwner, getOrCreateFeedToken, resetFeedToken } from "./feed-tokens";
import { setRoleByEmail } from "./users";

let db: AppDatabase;
let cleanup: () => Promise<void>;
let ada: string;
let bob: string;

beforeAll(async () => {
  ({ db, cleanup } = await createTempDatabase());
  ada = (await setRoleByEmail(db, "ada@example.org", "reader")).id;
  bob = (await setRoleByEmail(db, "bob@example.org", "reader")).id;
});
afterAll(() => cleanup());

describe("feed tokens", () => {
  it("are created once, on first use, and then stay the same", async () => {
    const token = await getOrCreateFeedToken(db, ada);
    expect(feedTokenSchema.safeParse(token).success).toBe(true);
    expect(await getOrCreateFeedToken(db, ada)).toBe(token);
    expect(await db.select().from(feedTokens).where(eq(feedTokens.userId, ada)).all()).toHaveLength(1);
    expect(await findFeedTokenOwner(db, token)).toBe(ada);
  });

  it("differ between readers", async () => {
    expect(await getOrCreateFeedToken(db, bob)).not.toBe(await getOrCreateFeedToken(db, ada));
    expect(await findFeedTokenOwner(db, await getOrCreateFeedToken(db, bob))).toBe(bob);
  });

  it("reset to a new token; the old one then finds nobody", async () => {
    const old = await getOrCreateFeedToken(db, ada);
    const fresh = await resetFeedToken(db, ada);
    expect(fresh).not.toBe(old);
    expect(feedTokenSchema.safeParse(fresh).success).toBe(true);
    expect(await findFeedTokenOwner(db, old)).toBeNull();
    expect(await findFeedTokenOwner(db, fresh)).toBe(ada);
    expect(await getOrCreateFeedToken(db, ada)).toBe(fresh);
    // Bob's is untouched.
    expect(await findFeedTokenOwner(db, await getOrCreateFeedToken(db, bob))).toBe(bob);
  });

  it("reset works for a reader who never had one", async () => {
    const carol = (await setRoleByEmail(db, "carol@example.org", "reader")).id;
    const token = await resetFeedToken(db, carol);
    expect(await getOrCreateFeedToken(db, carol)).toBe(token);
  });

  it("find nobody for a token never given out", async () => {
    expect(await findFeedTokenOwner(db, "A".repeat(43))).toBeNull();
  });

  it("go with the reader's account", async () => {
    const dave = (await setRoleByEmail(db, "dave@example.org", "reader")).id;
    const token = await getOrCreateFeedToken(db, dave);
    await db.delete(users).where(eq(users.id, dave)).run();
    expect(await findFeedTokenOwner(db, token)).toBeNull();
    expect(await db.select().from(feedTokens).where(eq(feedTokens.userId, dave)).all()).toEqual([]);
  });
});
