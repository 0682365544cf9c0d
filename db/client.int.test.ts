// Integration: the database client's promises on whichever backend the run
// uses (a SQLite file, or under `npm run test:cluster` a sqld primary and its
// read replica): transactions and batches are all or nothing, statements
// outside a transaction never slip into it, and a reader's own writes are
// visible to their next read even when reads go to the replica.
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, requestContext, sqliteError, type AppDatabase, type RequestContext } from "@/db/client";
import { appMeta } from "@/db/schema";
import { createTempDatabase } from "@/test/temp-db";

let db: AppDatabase;
let url: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ db, url, cleanup } = await createTempDatabase());
});
afterAll(() => cleanup());

const value = async (key: string) => (await db.select().from(appMeta).where(eq(appMeta.key, key)).get())?.value;

describe("transactions and batches", () => {
  it("commits every statement of a transaction, or none when it throws", async () => {
    await db.transaction(async (tx) => {
      await tx.insert(appMeta).values({ key: "tx-a", value: "1" });
      await tx.insert(appMeta).values({ key: "tx-b", value: "2" });
    });
    expect([await value("tx-a"), await value("tx-b")]).toEqual(["1", "2"]);

    await expect(
      db.transaction(async (tx) => {
        await tx.insert(appMeta).values({ key: "tx-c", value: "3" });
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    expect(await value("tx-c")).toBeUndefined();
  });

  it("rolls a batch back whole when one statement fails, with SQLite's own error code", async () => {
    const failure = await db
      .batch([db.insert(appMeta).values({ key: "batch-a", value: "1" }), db.insert(appMeta).values({ key: "tx-a", value: "again" })])
      .catch((error: unknown) => error);
    expect(sqliteError(failure)?.code).toMatch(/^SQLITE_CONSTRAINT_(UNIQUE|PRIMARYKEY)$/);
    expect(await value("batch-a")).toBeUndefined();
    expect(await value("tx-a")).toBe("1");
  });

  it("keeps other statements out of a transaction while it runs, and lets a stray db call inside join it", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let outsideDone = false;
    const inside = db.transaction(async (tx) => {
      await tx.insert(appMeta).values({ key: "iso-in", value: "1" });
      // A statement on `db` (not `tx`) in the transaction's own code runs in it.
      await db.insert(appMeta).values({ key: "iso-stray", value: "1" });
      await gate;
      throw new Error("roll back");
    });
    // Started while the transaction is open: must not land inside it.
    const outside = db
      .insert(appMeta)
      .values({ key: "iso-out", value: "1" })
      .then(() => (outsideDone = true));
    await new Promise((r) => setTimeout(r, 50));
    if (db.$kind === "embedded") expect(outsideDone).toBe(false); // it waits for the connection
    release();
    await expect(inside).rejects.toThrow("roll back");
    await outside;
    expect(await value("iso-in")).toBeUndefined();
    expect(await value("iso-stray")).toBeUndefined();
    expect(await value("iso-out")).toBe("1");
  });

  it("answers concurrent read-then-write transactions one after another, none lost", async () => {
    await db.insert(appMeta).values({ key: "counter", value: "0" });
    await Promise.all(
      Array.from({ length: 20 }, () =>
        db.transaction(async (tx) => {
          const current = Number((await tx.select().from(appMeta).where(eq(appMeta.key, "counter")).get())?.value);
          await tx.update(appMeta).set({ value: String(current + 1) }).where(eq(appMeta.key, "counter"));
        }),
      ),
    );
    expect(await value("counter")).toBe("20");
  });
});

describe("read-your-writes with a read replica", () => {
  const readUrl = process.env.TEST_DATABASE_READ_URL;

  it.runIf(!!readUrl)("hands a writer the replication clock, and their next read sees the write wherever it is read", async () => {
    const app = openDatabase(url, { readUrl });
    try {
      const writer: RequestContext = { minSeq: null, seq: null };
      // Queries run when awaited: inside the context, as in a request.
      await requestContext.run(writer, async () => {
        await app.insert(appMeta).values({ key: "ryw", value: "written" });
      });
      expect(writer.seq).toBeGreaterThan(0);
      // The next request carries that value (the aiw_rs cookie): its read waits for the replica or goes to the primary.
      const next: RequestContext = { minSeq: writer.seq, seq: null };
      const read = await requestContext.run(next, async () => await app.select().from(appMeta).where(eq(appMeta.key, "ryw")).get());
      expect(read?.value).toBe("written");
      // A clock value the replica cannot have yet sends reads to the primary, which has everything.
      const ahead: RequestContext = { minSeq: Number.MAX_SAFE_INTEGER, seq: null };
      const count = await requestContext.run(ahead, async () => await app.get<{ n: number }>(sql`select count(*) as n from app_meta where key = 'ryw'`));
      expect(count).toMatchObject({ n: 1 });
      expect(await ahead.replicaOk).toBe(false);
    } finally {
      await app.$close();
    }
  });

  it.runIf(!readUrl)("sets no clock without a replica, so the embedded default has nothing extra to write", async () => {
    const context: RequestContext = { minSeq: null, seq: null };
    await requestContext.run(context, async () => {
      await db.insert(appMeta).values({ key: "no-replica", value: "1" });
    });
    expect(context.seq).toBeNull();
  });
});
