// @ts-check
// How long a revalidation counts, on both backends (server/page-cache/invalidations.mjs).

/** Rows older than this are pruned, so a page cached before then is not trusted either. */
export const HORIZON_MS = 7 * 24 * 3600 * 1000;

/**
 * A trigger dates its row when the write runs, a moment before it commits; a
 * render that starts in that moment reads the old data. A page therefore also
 * goes stale for a revalidation dated up to this long before its render.
 */
export const COMMIT_SLACK_MS = 1000;
