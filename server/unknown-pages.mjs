// @ts-check
// 404s for public addresses that name nothing, answered by server/main.mjs
// before Next's router: an unknown story or topic, or an older page whose
// cursor no list handed out. Next renders each of those afresh (404s are
// never cached), about an eighth as fast as a cached page; here they cost one
// indexed read (server/public-lookups.mjs) and a copy of the 404 page.
//
// The copy is Next's own: the first time a kind of address is needed, the
// server asks Next (over loopback) for that kind's 404 at a made-up address
// whose parts are random tokens, and keeps it. Next's 404 for an address
// differs from another's of the same kind only where the address's parts
// appear (its route params, the sign-in link's return path, the share card's
// URL), so putting the requested parts in place of the tokens gives the page
// Next would send. Parts are limited to characters that read the same in
// HTML, JSON and URLs ([A-Za-z0-9_-]); anything else goes to Next.
//
// Nothing is remembered per address: the read runs on every request, so a
// story published a moment later has its page at once.
import { randomBytes } from "node:crypto";
import { decodeCanonicalCursor } from "../lib/cursor-codec.mjs";

const PART = "([A-Za-z0-9_-]{1,120})";
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/; // lib/schemas/story.ts's slugSchema (≤ 120 characters, as PART)

/** @typedef {{ storyIsPublic(slug: string): boolean | null, tagExists(slug: string): boolean | null, cursorIsListed(cursor: { at: Date, id: number }, tagSlug: string | null): boolean | null }} Lookups */
/** @typedef {(path: string) => Promise<{ status: number, body: string }>} Render */
/**
 * @typedef {{ pattern: RegExp, path: (...parts: string[]) => string,
 *   exists: (lookups: Lookups, parts: string[]) => boolean | null }} Kind
 */

/** @param {Lookups} lookups @param {string} cursor @param {string | null} tagSlug */
function listed(lookups, cursor, tagSlug) {
  const position = decodeCanonicalCursor(cursor);
  return position ? lookups.cursorIsListed(position, tagSlug) : false;
}

/**
 * Each kind of address: how to recognise it (the query forms are proxy.ts's
 * rewrites), how to build one, and whether its parts name something: true,
 * false (a 404), or null (cannot tell here: Next decides).
 * @type {Record<string, Kind>}
 */
const KINDS = {
  story: {
    pattern: new RegExp(`^/stories/${PART}$`),
    path: (slug) => `/stories/${slug}`,
    exists: (lookups, [slug]) => (SLUG.test(slug ?? "") ? lookups.storyIsPublic(slug ?? "") : false),
  },
  tag: {
    pattern: new RegExp(`^/tags/${PART}$`),
    path: (slug) => `/tags/${slug}`,
    exists: (lookups, [slug]) => (SLUG.test(slug ?? "") ? lookups.tagExists(slug ?? "") : false),
  },
  older: {
    pattern: new RegExp(`^/older/${PART}$`),
    path: (cursor) => `/older/${cursor}`,
    exists: (lookups, [cursor]) => listed(lookups, cursor ?? "", null),
  },
  feedBefore: {
    pattern: new RegExp(`^/\\?before=${PART}$`),
    path: (cursor) => `/?before=${cursor}`,
    exists: (lookups, [cursor]) => listed(lookups, cursor ?? "", null),
  },
  tagOlder: {
    pattern: new RegExp(`^/tags/${PART}/older/${PART}$`),
    path: (slug, cursor) => `/tags/${slug}/older/${cursor}`,
    exists: (lookups, [slug, cursor]) => (SLUG.test(slug ?? "") ? listed(lookups, cursor ?? "", slug ?? "") : false),
  },
  tagBefore: {
    // proxy.ts routes only a slug-shaped topic to its older pages.
    pattern: /^\/tags\/([a-z0-9]+(?:-[a-z0-9]+)*)\?before=([A-Za-z0-9_-]{1,120})$/,
    path: (slug, cursor) => `/tags/${slug}?before=${cursor}`,
    exists: (lookups, [slug, cursor]) => listed(lookups, cursor ?? "", slug ?? ""),
  },
};

/** How long to wait before asking Next again after a copy could not be made. */
const RETRY_MS = 30_000;

/**
 * @typedef {{ parts: Buffer[], slots: number[] }} Template
 *   The 404 page cut at its tokens: parts[0], the value of slots[0], parts[1], …
 */

/**
 * @param {{ lookups: Lookups, render: Render, onError?: (message: string) => void }} options
 */
export function unknownPages({ lookups, render, onError = (message) => console.error(message) }) {
  /** @type {Map<string, Template>} */
  const templates = new Map();
  /** @type {Map<string, number>} When each kind may be asked for again (a request in flight, or one that failed). */
  const notBefore = new Map();

  /** @param {string} name @param {Kind} kind */
  async function load(name, kind) {
    // Slug-shaped, so each goes the way a real slug would (proxy.ts, getTag).
    const tokens = Array.from({ length: kind.path.length }, () => `t${randomBytes(12).toString("hex")}`);
    const { status, body } = await render(kind.path(...tokens));
    const cut = body.split(new RegExp(`(${tokens.join("|")})`));
    const slots = cut.filter((_, i) => i % 2 === 1).map((token) => tokens.indexOf(token));
    if (status !== 404 || tokens.some((_, i) => !slots.includes(i))) {
      throw new Error(`Next answered ${status} for ${name}'s made-up address, without its parts in place`);
    }
    templates.set(name, { parts: cut.filter((_, i) => i % 2 === 0).map((text) => Buffer.from(text)), slots });
  }

  /** @param {string} name @param {Kind} kind */
  function loadSoon(name, kind) {
    if ((notBefore.get(name) ?? 0) > Date.now()) return;
    notBefore.set(name, Number.POSITIVE_INFINITY);
    load(name, kind).then(
      () => notBefore.delete(name),
      (error) => {
        notBefore.set(name, Date.now() + RETRY_MS);
        onError(`Could not keep a copy of the 404 page (${name}): ${error instanceof Error ? error.message : String(error)}`);
      },
    );
  }

  return {
    /**
     * The 404 page for `url` (path and query) when it names nothing and the
     * copy is ready; null otherwise (Next answers).
     * @param {string} url
     * @returns {Buffer[] | null}
     */
    notFoundPage(url) {
      for (const [name, kind] of Object.entries(KINDS)) {
        const match = kind.pattern.exec(url);
        if (!match) continue;
        const parts = match.slice(1).map(String);
        if (kind.exists(lookups, parts) !== false) return null;
        const template = templates.get(name);
        if (!template) {
          loadSoon(name, kind);
          return null;
        }
        const values = parts.map((part) => Buffer.from(part));
        /** @type {Buffer[]} */
        const body = [];
        template.parts.forEach((text, i) => {
          body.push(text);
          if (i < template.slots.length) body.push(/** @type {Buffer} */ (values[/** @type {number} */ (template.slots[i])]));
        });
        return body;
      }
      return null;
    },
  };
}
