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
let cleanup: () => void;
let ada: string;
let bob: string;

beforeAll(() => {
  ({ db, cleanup } = createTempDatabase());
  ada = setRoleByEmail(db, "ada@example.org", "reader").id;
  bob = setRoleByEmail(db, "bob@example.org", "reader").id;
});
afterAll(() => cleanup());

describe("feed tokens", () => {
  it("are created once, on first use, and then stay the same", () => {
    const token = getOrCreateFeedToken(db, ada);
    expect(feedTokenSchema.safeParse(token).success).toBe(true);
    expect(getOrCreateFeedToken(db, ada)).toBe(token);
    expect(db.select().from(feedTokens).where(eq(feedTokens.userId, ada)).all()).toHaveLength(1);
    expect(findFeedTokenOwner(db, token)).toBe(ada);
  });

  it("differ between readers", () => {
    expect(getOrCreateFeedToken(db, bob)).not.toBe(getOrCreateFeedToken(db, ada));
    expect(findFeedTokenOwner(db, getOrCreateFeedToken(db, bob))).toBe(bob);
  });

  it("reset to a new token; the old one then finds nobody", () => {
    const old = getOrCreateFeedToken(db, ada);
    const fresh = resetFeedToken(db, ada);
    expect(fresh).not.toBe(old);
    expect(feedTokenSchema.safeParse(fresh).success).toBe(true);
    expect(findFeedTokenOwner(db, old)).toBeNull();
    expect(findFeedTokenOwner(db, fresh)).toBe(ada);
    expect(getOrCreateFeedToken(db, ada)).toBe(fresh);
    // Bob's is untouched.
    expect(findFeedTokenOwner(db, getOrCreateFeedToken(db, bob))).toBe(bob);
  });

  it("reset works for a reader who never had one", () => {
    const carol = setRoleByEmail(db, "carol@example.org", "reader").id;
    const token = resetFeedToken(db, carol);
    expect(getOrCreateFeedToken(db, carol)).toBe(token);
  });

  it("find nobody for a token never given out", () => {
    expect(findFeedTokenOwner(db, "A".repeat(43))).toBeNull();
  });

  it("go with the reader's account", () => {
    const dave = setRoleByEmail(db, "dave@example.org", "reader").id;
    const token = getOrCreateFeedToken(db, dave);
    db.delete(users).where(eq(users.id, dave)).run();
    expect(findFeedTokenOwner(db, token)).toBeNull();
    expect(db.select().from(feedTokens).where(eq(feedTokens.userId, dave)).all()).toEqual([]);
  });
});
