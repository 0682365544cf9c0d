// The database side of `npm run bench:durable`, in raw SQL (bench/sql.ts) so it
// works on a file and on sqld alike: signed-in readers made straight in the
// database (a user row and a session row each, as e2e/fixtures.ts does through
// db/queries), the stories and tags they toggle, and afterwards what the
// database holds for them, set against what each reader was told.
import { randomBytes, randomUUID } from "node:crypto";
import type { Pair, Reader } from "./durable-load";
import type { Sql, Statement } from "./sql";

export type { Reader };
export type Targets = { storyIds: number[]; tagSlugs: string[]; tagIdBySlug: Map<string, number> };
export type Library = {
  /** `${userId}|${storyId}` for every bookmark row of the run's readers. */
  bookmarks: Set<string>;
  /** `${userId}|${tagId}` for every follow row. */
  follows: Set<string>;
  duplicateBookmarks: number;
  duplicateFollows: number;
};

/** next-auth's session cookie on http (lib/auth/cookies.ts). */
const SESSION_COOKIE = "next-auth.session-token";
/** As long as a real session (lib/auth/options.ts), so next-auth never rewrites its expiry during the run. */
const SESSION_DAYS = 30;
const CHUNK = 100;

/** Every reader of one run has an email starting with this, so the run's rows are easy to find and remove. */
export function emailPrefix(runId: string): string {
  return `durable-${runId}-`;
}

/** `count` readers with verified emails and a session each, in one transaction. */
export async function createReaders(sql: Sql, runId: string, count: number): Promise<Reader[]> {
  const now = Date.now();
  const expires = now + SESSION_DAYS * 86_400_000;
  const readers = Array.from({ length: count }, (_, i) => ({
    id: randomUUID(),
    email: `${emailPrefix(runId)}${i}@example.com`,
    token: randomBytes(32).toString("hex"),
  }));
  const statements: Statement[] = [];
  for (let i = 0; i < readers.length; i += CHUNK) {
    const chunk = readers.slice(i, i + CHUNK);
    statements.push({
      sql: `INSERT INTO users (id, name, email, email_verified, role, created_at) VALUES ${chunk.map(() => "(?, ?, ?, ?, 'reader', ?)").join(", ")}`,
      args: chunk.flatMap((r, j) => [r.id, `Durable reader ${i + j}`, r.email, now, now]),
    });
    statements.push({
      sql: `INSERT INTO sessions (session_token, user_id, expires) VALUES ${chunk.map(() => "(?, ?, ?)").join(", ")}`,
      args: chunk.flatMap((r) => [r.token, r.id, expires]),
    });
  }
  await sql.batch(statements);
  return readers.map((r) => ({ id: r.id, cookie: `${SESSION_COOKIE}=${r.token}` }));
}

/** The newest public stories and the first tags: few of each, so the same rows are written over and over. */
export async function pickTargets(sql: Sql, stories: number, tags: number): Promise<Targets> {
  const storyRows = await sql.all(
    "SELECT id FROM stories WHERE status <> 'draft' AND published_at <= ? ORDER BY published_at DESC, id DESC LIMIT ?",
    [Date.now(), stories],
  );
  const tagRows = await sql.all("SELECT id, slug FROM tags ORDER BY id LIMIT ?", [tags]);
  if (storyRows.length < stories || tagRows.length < tags) {
    throw new Error(
      `the database has ${storyRows.length} public stories and ${tagRows.length} tags; the run needs ${stories} and ${tags} (seed it first)`,
    );
  }
  return {
    storyIds: storyRows.map((r) => Number(r.id)),
    tagSlugs: tagRows.map((r) => String(r.slug)),
    tagIdBySlug: new Map(tagRows.map((r) => [String(r.slug), Number(r.id)])),
  };
}

const RUN_USERS = "SELECT id FROM users WHERE email LIKE ? ESCAPE '\\'";

function likePrefix(runId: string): string {
  return `${emailPrefix(runId).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The bookmark and follow rows of the run's readers, and how many pairs have more than one row. */
export async function readLibrary(sql: Sql, runId: string): Promise<Library> {
  const like = likePrefix(runId);
  const bookmarkRows = await sql.all(`SELECT user_id, story_id FROM bookmarks WHERE user_id IN (${RUN_USERS})`, [like]);
  const followRows = await sql.all(`SELECT user_id, tag_id FROM tag_follows WHERE user_id IN (${RUN_USERS})`, [like]);
  // The composite primary keys should make these impossible; counted anyway.
  const duplicates = async (table: string, column: string) =>
    (
      await sql.all(
        `SELECT count(*) AS n FROM (SELECT 1 FROM ${table} WHERE user_id IN (${RUN_USERS}) GROUP BY user_id, ${column} HAVING count(*) > 1)`,
        [like],
      )
    )[0]?.n;
  return {
    bookmarks: new Set(bookmarkRows.map((r) => `${String(r.user_id)}|${Number(r.story_id)}`)),
    follows: new Set(followRows.map((r) => `${String(r.user_id)}|${Number(r.tag_id)}`)),
    duplicateBookmarks: Number(await duplicates("bookmarks", "story_id")),
    duplicateFollows: Number(await duplicates("tag_follows", "tag_id")),
  };
}

/** Removes the run's readers and everything of theirs (for a database someone else keeps). */
export async function removeReaders(sql: Sql, runId: string): Promise<void> {
  const like = likePrefix(runId);
  await sql.batch(
    ["bookmarks", "tag_follows", "sessions"]
      .map((table) => ({ sql: `DELETE FROM ${table} WHERE user_id IN (${RUN_USERS})`, args: [like] }))
      .concat({ sql: "DELETE FROM users WHERE email LIKE ? ESCAPE '\\'", args: [like] }),
  );
}

/** The run's writes against the rows: lost, phantom, unknown. */
export function compare(pairs: Iterable<Pair>, targets: Targets, library: Library) {
  let lost = 0;
  let phantom = 0;
  /** Unknown pairs whose row shows the unanswered write was applied, was not, or cannot tell (it asked for what was already so). */
  const unknown = { total: 0, applied: 0, notApplied: 0, cannotTell: 0 };
  const examples: string[] = [];
  const seen = { bookmarks: new Set<string>(), follows: new Set<string>() };
  for (const pair of pairs) {
    const key = pair.kind === "bookmark" ? `${pair.readerId}|${pair.item}` : `${pair.readerId}|${targets.tagIdBySlug.get(pair.item)}`;
    const rows = pair.kind === "bookmark" ? library.bookmarks : library.follows;
    (pair.kind === "bookmark" ? seen.bookmarks : seen.follows).add(key);
    const present = rows.has(key);
    if (pair.expected === null) {
      unknown.total++;
      const asked = new Set(pair.unanswered);
      if (asked.size !== 1 || asked.has(pair.lastConfirmed)) unknown.cannotTell++;
      else if (present !== pair.lastConfirmed) unknown.applied++;
      else unknown.notApplied++;
    } else if (pair.expected !== present) {
      if (pair.expected) lost++;
      else phantom++;
      if (examples.length < 10) {
        examples.push(
          `${pair.expected ? "LOST" : "PHANTOM"} ${pair.kind} reader ${pair.readerId} ${pair.item}: told ${pair.expected}, row ${present ? "present" : "missing"} ` +
            `(${pair.confirmed} confirmed, ${pair.failedAfterSend} failed after sending)`,
        );
      }
    }
  }
  // Rows for a pair no reader ever wrote.
  for (const [rows, mine] of [[library.bookmarks, seen.bookmarks], [library.follows, seen.follows]] as const) {
    for (const key of rows) {
      if (mine.has(key)) continue;
      phantom++;
      if (examples.length < 10) examples.push(`PHANTOM row never written by this run: ${key}`);
    }
  }
  return { lost, phantom, unknown, doubled: library.duplicateBookmarks + library.duplicateFollows, examples };
}

