// @ts-check
// The production server that `npm start` runs: Next's own request handler,
// with one fast path in front. A plain GET or HEAD for a page in Next's cache
// (db/page-cache-handler.mjs) that is fresh is answered from there at once:
// the same HTML and headers Next would send, without its router, which costs
// several times more than the answer. Everything else (misses, stale or
// revalidated pages, query strings, client navigations, every other method)
// goes to Next unchanged, and Next fills the cache as usual.
//
// Plain JavaScript run by node itself: Next must not be loaded with the
// react-server condition that scripts/start.ts (which spawns this) runs under.
//
//   node scripts/server.mjs --port 3000 --hostname 127.0.0.1
import { AsyncLocalStorage } from "node:async_hooks";
import http from "node:http";
import { parseArgs } from "node:util";
import next from "next";
import { cachedPage } from "../db/page-cache-handler.mjs";
import { securityHeaders } from "../lib/security-headers.mjs";

const { values } = parseArgs({ options: { port: { type: "string", default: "3000" }, hostname: { type: "string", default: "127.0.0.1" } } });
const port = Number(values.port);
const hostname = values.hostname ?? "127.0.0.1";

// What Next adds to a cached page's answer, besides the cache lifetime and ETag.
const VARY = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding";
// Requests Next answers differently from a plain page load.
const NEXT_REQUEST_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action"];

/**
 * Answers from the cache when it can; false when Next must.
 * @param {http.IncomingMessage} req
 * @param {http.ServerResponse} res
 */
function answerFromCache(req, res) {
  if ((req.method !== "GET" && req.method !== "HEAD") || !req.url || req.url.includes("?")) return false;
  if (NEXT_REQUEST_HEADERS.some((name) => req.headers[name] !== undefined)) return false;
  if (req.headers.cookie?.includes("__prerender_bypass")) return false;
  const page = cachedPage(req.url);
  if (!page) return false;
  const ifNoneMatch = req.headers["if-none-match"];
  const notModified = !!ifNoneMatch && ifNoneMatch.split(",").some((tag) => tag.trim() === page.etag || tag.trim() === "*");
  const gzip = !notModified && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
  const body = notModified ? null : gzip ? page.gzip() : Buffer.from(page.html);

  const { revalidate = 300, expire } = page.cacheControl ?? {};
  const swr = typeof expire === "number" && revalidate < expire ? `, stale-while-revalidate=${expire - revalidate}` : "";
  for (const { key, value } of securityHeaders) res.setHeader(key, value);
  res.setHeader("Vary", VARY);
  res.setHeader("x-nextjs-cache", "HIT");
  res.setHeader("x-nextjs-prerender", "1");
  res.setHeader("x-nextjs-stale-time", String(revalidate));
  res.setHeader("Cache-Control", `s-maxage=${revalidate}${swr}`);
  res.setHeader("ETag", page.etag);
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  if (!body) {
    res.statusCode = 304;
    res.end();
    return true;
  }
  if (gzip) res.setHeader("Content-Encoding", "gzip");
  res.setHeader("Content-Length", body.length);
  res.statusCode = 200;
  res.end(req.method === "HEAD" ? undefined : body);
  return true;
}

const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

// Read-your-writes when reads go to a libSQL replica (db/client.ts): each
// request runs in a context holding the replication clock value from the
// reader's cookie; a request that writes gets the new value back in it.
const READ_SEQUENCE_COOKIE = "aiw_rs";
const READ_SEQUENCE_MAX_AGE = 60;
const replicaReads = !!process.env.DATABASE_READ_URL;
/** @type {AsyncLocalStorage<{ minSeq: number | null, seq: number | null }>} */
const requestContext = (/** @type {any} */ (globalThis).__aiWinsRequestContext ??= new AsyncLocalStorage());

/** @param {http.IncomingMessage} req */
function readSequence(req) {
  const match = /(?:^|;\s*)aiw_rs=(\d{1,15})(?:;|$)/.exec(req.headers.cookie ?? "");
  return match ? Number(match[1]) : null;
}

/**
 * @param {http.IncomingMessage} req
 * @param {http.ServerResponse} res
 */
function handleWithContext(req, res) {
  if (!replicaReads) return void handle(req, res);
  const context = { minSeq: readSequence(req), seq: /** @type {number | null} */ (null) };
  const writeHead = res.writeHead;
  // Headers go out after the handler has run its writes, through writeHead
  // (called explicitly or by the first write).
  res.writeHead = /** @type {typeof res.writeHead} */ (
    function (/** @type {any[]} */ ...args) {
      if (context.seq !== null && !res.headersSent) {
        const secure = (req.headers["x-forwarded-proto"] ?? "") === "https" ? "; Secure" : "";
        const cookie = `${READ_SEQUENCE_COOKIE}=${context.seq}; Path=/; Max-Age=${READ_SEQUENCE_MAX_AGE}; HttpOnly; SameSite=Lax${secure}`;
        const existing = res.getHeader("Set-Cookie");
        res.setHeader("Set-Cookie", existing === undefined ? [cookie] : [...(Array.isArray(existing) ? existing : [String(existing)]), cookie]);
      }
      return writeHead.apply(res, /** @type {any} */ (args));
    }
  );
  requestContext.run(context, () => void handle(req, res));
}

const server = http.createServer((req, res) => {
  try {
    if (answerFromCache(req, res)) return;
  } catch (error) {
    // The fast path is only an optimisation: on any surprise, Next answers.
    console.error("Cached answer failed, passing to Next:", error);
    for (const name of res.getHeaderNames()) res.removeHeader(name);
  }
  handleWithContext(req, res);
});
server.listen(port, hostname, () => console.log(`Ready on http://${hostname}:${port}`));

// On SIGTERM or SIGINT: take no new requests, let those in flight finish (for
// up to 10 s), then exit.
for (const signal of /** @type {const} */ (["SIGTERM", "SIGINT"])) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
