// Over 300 lines: each tag write (create, rename, merge, delete) with its audit entry and its races.
// Integration: the admin desk's tag writes and their audit entries, on a real SQLite file.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppDatabase } from "@/db/client";
import { sqlGet, sqlRun } from "@/test/raw-sql";
import { createTempDatabase } from "@/test/temp-db";
import { createTag, deleteTag, listTagsForDesk, mergeTags, updateTag } from "./admin-tags";
import { listAuditEntries, type Actor } from "./audit";
import { followTag, listFollowedTags } from "./follows";
import { getStoryForDesk } from "./admin-stories";
import { createStory, ensureTag } from "./story-writes";
import { getTagBySlug } from "./tags";
import { setRoleByEmail } from "./users";

const now = new Date("2026-06-01T12:00:00Z");
let db: AppDatabase;
let cleanup: () => Promise<void>;
let admin: Actor;
let storyCounter = 0;

async function story(tagSlugs: string[]) {
  const slug = `story-${++storyCounter}`;
  const { id } = await createStory(
    db,
    {
      slug,
      title: `Story ${slug}`,
      tldr: "A short summary.",
      takeaways: ["One thing."],
      body: "Some words.",
      tagSlugs,
      author: "Test Writer",
      status: storyCounter % 2 ? "published" : "draft",
      publishedAt: storyCounter % 2 ? new Date(now.getTime() - 3_600_000) : null,
      cover: null,
      sources: [],
    },
    now,
  );
  return id;
}

function tag(slug: string, name = slug) {
  return ensureTag(db, { slug, name });
}

const reader = async (email: string) => (await setRoleByEmail(db, email, "reader")).id;
const auditCount = async () => (await listAuditEntries(db, { limit: 10_000 })).entries.length;
const latestAudit = async () => (await listAuditEntries(db, { limit: 1 })).entries[0];
const tagSlugsOf = async (storyId: number) => (await getStoryForDesk(db, storyId, now))!.tags.map((t) => t.slug);
const rawPrimaryTagId = async (storyId: number) =>
  (await sqlGet<{ id: number }>(db, "select primary_tag_id as id from stories where id = ?", storyId))!.id;

let auditDownCounter = 0;

/**
 * Makes every audit write fail, to show the change it describes is rolled back with it.
 * A real trigger, not a TEMP one: on a libSQL server each request may be a new connection.
 */
async function withAuditDown(run: () => Promise<void>) {
  const trigger = `audit_down_${++auditDownCounter}`;
  await sqlRun(db, `create trigger ${trigger} before insert on audit_log begin select raise(abort, 'audit down'); end`);
  try {
    await run();
  } finally {
    await sqlRun(db, `drop trigger ${trigger}`);
  }
}

/** An error's message and its causes' (drizzle reports the database's error as the cause of its own). */
function messages(error: unknown): string {
  const parts: string[] = [];
  for (let e = error; e instanceof Error; e = e.cause) parts.push(e.message);
  return parts.join("\n");
}

/** The write fails because the audit entry could not be written. */
async function expectAuditDown(write: Promise<unknown>) {
  let error: unknown = null;
  try {
    await write;
  } catch (e) {
    error = e;
  }
  expect(error, "the write should have failed").toBeInstanceOf(Error);
  expect(messages(error)).toMatch(/audit down/);
}

beforeAll(async () => {
  ({ db, cleanup } = await createTempDatabase());
  const user = await setRoleByEmail(db, "desk@example.org", "admin");
  admin = { id: user.id, email: user.email };
});
afterAll(() => cleanup());

describe("createTag", () => {
  it("creates a tag with no stories or followers and records it", async () => {
    const tag = await createTag(db, admin, { slug: "robotics", name: "Robotics", description: "Machines that move." }, now);
    expect(tag).toMatchObject({ slug: "robotics", name: "Robotics", description: "Machines that move.", storyCount: 0, followerCount: 0 });
    expect(await latestAudit()).toMatchObject({
      action: "tag.create",
      subjectType: "tag",
      subjectId: String(tag.id),
      subjectLabel: "Robotics",
      actorId: admin.id,
      actorEmail: admin.email,
      at: now,
    });
  });

  it("refuses a taken slug with 409 and a message for the slug field, recording nothing", async () => {
    const before = await auditCount();
    let error: unknown;
    try {
      await createTag(db, admin, { slug: "robotics", name: "Robots again", description: "" }, now);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ status: 409, code: "conflict:tag_slug", fields: { slug: expect.stringContaining("robotics") } });
    expect((await getTagBySlug(db, "robotics"))?.name).toBe("Robotics");
    expect(await auditCount()).toBe(before);
  });

  it("writes no tag when its audit entry cannot be written", async () => {
    const before = await auditCount();
    await withAuditDown(async () => {
      await expectAuditDown(createTag(db, admin, { slug: "never-made", name: "Never made", description: "" }, now));
    });
    expect(await getTagBySlug(db, "never-made")).toBeNull();
    expect(await auditCount()).toBe(before);
  });
});

describe("updateTag", () => {
  it("renames and re-describes a tag, keeping its slug, and records the previous name", async () => {
    await tag("space", "Space");
    const updated = await updateTag(db, admin, "space", { name: "Space science", description: "Rockets and telescopes." }, now);
    expect(updated).toEqual({ slug: "space", name: "Space science", description: "Rockets and telescopes." });
    expect(await getTagBySlug(db, "space")).toMatchObject({ name: "Space science", description: "Rockets and telescopes." });
    expect(await latestAudit()).toMatchObject({
      action: "tag.update",
      subjectLabel: "Space science",
      details: { previousName: "Space", describedAs: "Rockets and telescopes." },
    });
  });

  it("answers 404 for an unknown tag", async () => {
    await expect(updateTag(db, admin, "no-such-tag", { name: "X", description: "" }, now)).rejects.toThrow(
      expect.objectContaining({ status: 404, code: "not_found:tag" }),
    );
  });

  it("keeps the old name when the audit entry cannot be written", async () => {
    await withAuditDown(async () => {
      await expectAuditDown(updateTag(db, admin, "space", { name: "Not saved", description: "" }, now));
    });
    expect((await getTagBySlug(db, "space"))?.name).toBe("Space science");
  });
});

describe("mergeTags", () => {
  let onlyFrom: number, fromSecond: number, both: number, intoFirst: number, untouched: number;
  let ada: string, bob: string, cy: string;

  beforeAll(async () => {
    const fromId = await tag("ml-old", "Machine learning (old)");
    await tag("ml", "Machine learning");
    await tag("other", "Other");
    onlyFrom = await story(["ml-old", "other"]); // ml-old is primary, ml absent
    fromSecond = await story(["other", "ml-old"]); // ml-old secondary
    both = await story(["ml-old", "ml", "other"]); // both, ml-old primary
    intoFirst = await story(["ml", "ml-old"]); // both, ml primary
    untouched = await story(["other"]);
    ada = await reader("ada@example.org");
    bob = await reader("bob@example.org");
    cy = await reader("cy@example.org");
    await followTag(db, ada, "ml-old", now); // moves
    await followTag(db, bob, "ml-old", now); // follows both: keeps one
    await followTag(db, bob, "ml", now);
    await followTag(db, cy, "other", now);
    expect(await rawPrimaryTagId(onlyFrom)).toBe(fromId);
  });

  it("moves stories and followers onto the target, then removes the source", async () => {
    const mlId = (await getTagBySlug(db, "ml"))!.id;
    const versionOf = (id: number) => getStoryForDesk(db, id, now).then((s) => s!.version);
    const versions = await Promise.all([onlyFrom, intoFirst, untouched].map(versionOf));
    const later = new Date(now.getTime() + 60_000);
    const result = await mergeTags(db, admin, "ml-old", "ml", later);
    expect(result).toEqual({ stories: 4, followers: 2 });

    expect(await getTagBySlug(db, "ml-old")).toBeNull();
    // The primary tag is switched and placed first; other tags keep their order.
    expect(await tagSlugsOf(onlyFrom)).toEqual(["ml", "other"]);
    expect(await rawPrimaryTagId(onlyFrom)).toBe(mlId);
    expect(await tagSlugsOf(fromSecond)).toEqual(["other", "ml"]);
    // A story that had both keeps a single link.
    expect(await tagSlugsOf(both)).toEqual(["ml", "other"]);
    expect(await rawPrimaryTagId(both)).toBe(mlId);
    expect(await tagSlugsOf(intoFirst)).toEqual(["ml"]);
    expect(await tagSlugsOf(untouched)).toEqual(["other"]);
    // Moved stories get a new version, so an editor holding the old tag list must reload first.
    expect(await Promise.all([onlyFrom, intoFirst, untouched].map(versionOf))).toEqual([versions[0]! + 1, versions[1]! + 1, versions[2]]);
    expect((await getStoryForDesk(db, onlyFrom, now))!.updatedAt).toEqual(later);
    // Each moved story's own history records the merge, so a stale editor is told who changed it.
    const history = await listAuditEntries(db, { subject: { type: "story", id: onlyFrom } });
    expect(history.entries[0]).toMatchObject({
      action: "story.update",
      actorEmail: admin.email,
      details: { changed: ["tags"], mergedTag: "ml-old", into: "ml" },
    });
    expect((await listAuditEntries(db, { subject: { type: "story", id: untouched } })).entries).toEqual([]);
    const links = await sqlGet<{ n: number }>(db, "select count(*) as n from story_tags where tag_id = ?", mlId);
    expect(links!.n).toBe(4);

    expect((await listFollowedTags(db, ada)).map((t) => t.slug)).toEqual(["ml"]);
    expect((await listFollowedTags(db, bob)).map((t) => t.slug)).toEqual(["ml"]);
    expect((await listFollowedTags(db, cy)).map((t) => t.slug)).toEqual(["other"]);

    const desk = (await listTagsForDesk(db)).find((t) => t.slug === "ml");
    expect(desk).toMatchObject({ storyCount: 4, followerCount: 2 });
    expect(await latestAudit()).toMatchObject({
      action: "tag.merge",
      subjectType: "tag",
      subjectLabel: "Machine learning (old)",
      details: { into: "ml", intoName: "Machine learning", stories: 4, followers: 2 },
    });
  });

  it("refuses merging a tag into itself (422 on the into field) or into an unknown tag (404)", async () => {
    await expect(mergeTags(db, admin, "ml", "ml", now)).rejects.toThrow(
      expect.objectContaining({ status: 422, fields: { into: expect.any(String) } }),
    );
    await expect(mergeTags(db, admin, "other", "no-such-tag", now)).rejects.toThrow(
      expect.objectContaining({ status: 404, fields: { into: expect.any(String) } }),
    );
    expect(await getTagBySlug(db, "other")).not.toBeNull();
  });

  it("moves nothing when the audit entry cannot be written", async () => {
    await tag("solo-from", "Solo from");
    await tag("solo-into", "Solo into");
    const id = await story(["solo-from"]);
    await followTag(db, cy, "solo-from", now);
    const before = await auditCount();
    await withAuditDown(async () => {
      await expectAuditDown(mergeTags(db, admin, "solo-from", "solo-into", now));
    });
    expect(await tagSlugsOf(id)).toEqual(["solo-from"]);
    expect((await listFollowedTags(db, cy)).map((t) => t.slug)).toContain("solo-from");
    expect(await getTagBySlug(db, "solo-from")).not.toBeNull();
    expect(await auditCount()).toBe(before);
  });
});

describe("deleteTag", () => {
  it("refuses a tag any story uses, drafts included, with 409 and no audit entry", async () => {
    await tag("in-use", "In use");
    await story(["other", "in-use"]);
    await story(["other", "in-use"]);
    const before = await auditCount();
    await expect(deleteTag(db, admin, "in-use", now)).rejects.toThrow(
      expect.objectContaining({ status: 409, code: "conflict:tag_in_use", message: expect.stringMatching(/2 stories.*Merge/) }),
    );
    expect(await getTagBySlug(db, "in-use")).not.toBeNull();
    expect(await auditCount()).toBe(before);
  });

  it("deletes an unused tag; its followers stop following it", async () => {
    const id = await tag("unused", "Unused");
    const dee = await reader("dee@example.org");
    await followTag(db, dee, "unused", now);
    await followTag(db, dee, "other", now);
    expect(await deleteTag(db, admin, "unused", now)).toEqual({ followers: 1 });
    expect(await getTagBySlug(db, "unused")).toBeNull();
    expect((await listFollowedTags(db, dee)).map((t) => t.slug)).toEqual(["other"]);
    const left = await sqlGet<{ n: number }>(db, "select count(*) as n from tag_follows where tag_id = ?", id);
    expect(left!.n).toBe(0);
    expect(await latestAudit()).toMatchObject({
      action: "tag.delete",
      subjectId: String(id),
      subjectLabel: "Unused",
      details: { slug: "unused", followers: 1 },
    });
  });

  it("answers 404 for an unknown tag", async () => {
    await expect(deleteTag(db, admin, "no-such-tag", now)).rejects.toThrow(expect.objectContaining({ status: 404 }));
  });

  it("keeps the tag and its followers when the audit entry cannot be written", async () => {
    await tag("kept", "Kept");
    const eve = await reader("eve@example.org");
    await followTag(db, eve, "kept", now);
    await withAuditDown(async () => {
      await expectAuditDown(deleteTag(db, admin, "kept", now));
    });
    expect(await getTagBySlug(db, "kept")).not.toBeNull();
    expect((await listFollowedTags(db, eve)).map((t) => t.slug)).toEqual(["kept"]);
  });
});

describe("listTagsForDesk", () => {
  it("counts stories of every status and followers, sorted by name", async () => {
    const list = await listTagsForDesk(db);
    expect(list.map((t) => t.name)).toEqual([...list.map((t) => t.name)].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" })));
    // Two stories, one of them a draft.
    expect(list.find((t) => t.slug === "in-use")).toMatchObject({ storyCount: 2, followerCount: 0 });
  });
});
