// @ts-check
// The production server that `npm start` runs: Next's own request handler,
// with one fast path in front. A plain GET or HEAD for a page in Next's cache
// (server/page-cache/handler.mjs) that is fresh is answered from there at once:
// the same HTML and headers Next would send, without its router, which costs
// several times more than the answer. Everything else (misses, stale or
// revalidated pages, query strings, client navigations, every other method)
// goes to Next unchanged, and Next fills the cache as usual.
//
// Addresses that name nothing (an unknown story, topic or cursor) get their 404
// page there too, without Next (server/unknown-pages.mjs).
//
// Plain JavaScript run by node itself: Next must not be loaded with the
// react-server condition that scripts/start.ts (which spawns this) runs under.
//
//   node server/main.mjs --port 3000 --hostname 127.0.0.1
import http from "node:http";
import net from "node:net";
import { parseArgs } from "node:util";
import next from "next";
import { runtimeEnv } from "./env.mjs";
import { cachedPage } from "./page-cache/fast-path.mjs";
import { closePageCache } from "./page-cache/handler.mjs";
import { CLIENT_ADDRESS_HEADER, clientAddress, trustedProxyHops } from "../lib/client-address.mjs";
import { loadAuthSecret } from "./auth-secret.mjs";
import { hooks } from "./hooks.mjs";
import { cursorIsListed, storyIsPublic, tagExists } from "./public-lookups.mjs";
import { readSequenceFromCookies, readSequenceKey, readSequenceSetCookie } from "./read-sequence.mjs";
import { securityHeaders } from "../lib/security-headers.mjs";
import { unknownPages } from "./unknown-pages.mjs";

// What the server creates (the database files, the outbox) is its user's alone.
process.umask(0o077);

// A bad value stops the server here, naming it, before it serves anything.
const env = runtimeEnv();

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
  if ((req.method !== "GET" && req.method !== "HEAD") || !req.url) return false;
  if (NEXT_REQUEST_HEADERS.some((name) => req.headers[name] !== undefined)) return false;
  if (req.headers.cookie?.includes("__prerender_bypass")) return false;
  // A reader who has just written: Next's cache handler first makes sure it
  // has seen every revalidation committed by now (server/page-cache/handler.mjs).
  if (replicaReads && readSequence(req) !== null) return false;
  const page = req.url.includes("?") ? null : cachedPage(req.url);
  if (!page) return answerNotFound(req, res);
  const ifNoneMatch = req.headers["if-none-match"];
  const notModified = !!ifNoneMatch && ifNoneMatch.split(",").some((tag) => tag.trim() === page.etag || tag.trim() === "*");
  const gzip = !notModified && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
  const body = notModified ? null : gzip ? page.gzip() : Buffer.from(page.html);

  const { revalidate = 300, expire } = page.cacheControl ?? {};
  const swr = typeof expire === "number" && revalidate < expire ? `, stale-while-revalidate=${expire - revalidate}` : "";
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

/**
 * An unknown story, topic or cursor: the 404 page Next would send, without
 * Next (server/unknown-pages.mjs); false when the address may name something.
 * @param {http.IncomingMessage} req
 * @param {http.ServerResponse} res
 */
function answerNotFound(req, res) {
  const parts = unknown.notFoundPage(/** @type {string} */ (req.url));
  if (!parts) return false;
  const body = Buffer.concat(parts);
  res.setHeader("Vary", VARY);
  res.setHeader("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate");
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.setHeader("Content-Length", body.length);
  res.statusCode = 404;
  res.end(req.method === "HEAD" ? undefined : body);
  return true;
}

/**
 * Next's own answer for `path`, asked over loopback (its router wants a real
 * request): how unknown-pages gets its copies of the 404 page.
 * @param {string} path
 * @returns {Promise<{ status: number, body: string }>}
 */
function renderThroughNext(path) {
  const host = hostname === "0.0.0.0" ? "127.0.0.1" : hostname === "::" ? "::1" : hostname;
  return new Promise((resolve, reject) => {
    const request = http.get({ host, port, path, headers: { "accept-encoding": "identity" } }, (response) => {
      /** @type {Buffer[]} */
      const chunks = [];
      response.on("data", (chunk) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
      response.on("error", reject);
    });
    request.on("error", reject);
    request.setTimeout(10_000, () => request.destroy(new Error("timed out")));
  });
}

const unknown = unknownPages({ lookups: { storyIsPublic, tagExists, cursorIsListed }, render: renderThroughNext });

const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

// Read-your-writes when reads go to a libSQL replica (db/client/libsql.ts): each
// request runs in a context holding the replication clock value from the
// reader's cookie; a request that writes gets the new value back in it.
// The cookie is signed (server/read-sequence.mjs) with a key derived from the
// auth secret, which every server sharing the database has.
const replicaReads = !!env.DATABASE_READ_URL;
const readSequenceSigningKey = replicaReads ? readSequenceKey(await loadAuthSecret(env)) : null;

/**
 * The clock value of a cookie this server family signed and that has not
 * expired; null for none, or for a made-up one.
 * @param {http.IncomingMessage} req
 */
function readSequence(req) {
  return readSequenceSigningKey ? readSequenceFromCookies(readSequenceSigningKey, req.headers.cookie) : null;
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
      if (context.seq !== null && readSequenceSigningKey && !res.headersSent) {
        const secure = (req.headers["x-forwarded-proto"] ?? "") === "https";
        // Two writes answered out of order must not lower it.
        const seq = Math.max(context.seq, context.minSeq ?? 0);
        const cookie = readSequenceSetCookie(readSequenceSigningKey, seq, { secure });
        const existing = res.getHeader("Set-Cookie");
        res.setHeader("Set-Cookie", existing === undefined ? [cookie] : [...(Array.isArray(existing) ? existing : [String(existing)]), cookie]);
      }
      return writeHead.apply(res, /** @type {any} */ (args));
    }
  );
  hooks.requestContext.run(context, () => void handle(req, res));
}

/** Reverse proxies whose X-Forwarded-For is believed (lib/client-address.mjs); none by default. */
const proxyHops = trustedProxyHops(env.TRUST_PROXY);

// On every answer, cached or Next's: next.config.ts's headers are fixed when
// the app is built, and HSTS follows the SITE_URL the server runs with.
const SECURITY_HEADERS = securityHeaders({ siteUrl: env.SITE_URL });
/** @param {http.ServerResponse} res */
function setSecurityHeaders(res) {
  for (const { key, value } of SECURITY_HEADERS) res.setHeader(key, value);
}

const server = http.createServer((req, res) => {
  setSecurityHeaders(res);
  // The one address rate limits count (lib/api/route.ts clientIp); a client's own copy is dropped.
  // A header shorter than TRUST_PROXY says (the origin reached past the proxy)
  // counts as the socket's address: a limit is never skipped for want of one.
  const address = clientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], proxyHops) ?? req.socket.remoteAddress;
  if (address) req.headers[CLIENT_ADDRESS_HEADER] = address;
  else delete req.headers[CLIENT_ADDRESS_HEADER];
  try {
    if (answerFromCache(req, res)) return;
  } catch (error) {
    // The fast path is only an optimisation: on any surprise, Next answers.
    console.error("Cached answer failed, passing to Next:", error);
    for (const name of res.getHeaderNames()) res.removeHeader(name);
    setSecurityHeaders(res);
  }
  handleWithContext(req, res);
});
server.listen(port, hostname, () => console.log(`Ready on http://${hostname}:${port}`));

// On SIGTERM or SIGINT: take no new connections, let the requests in flight
// finish (for up to 10 s), close the databases, then exit 0.
const SHUTDOWN_CAP_MS = 10_000;
/** How long an idle kept-alive connection stays open in shutdown, for a request already on its way. */
const IDLE_GRACE_MS = 100;
let shuttingDown = false;
/** @type {Set<http.ServerResponse>} Responses not yet finished, so shutdown can close their connections after them. */
const inFlight = new Set();
// Prepended: runs before the handler above, which may answer at once.
server.prependListener("request", (_req, res) => {
  // A request that comes on a kept-alive connection during shutdown is
  // answered, then its connection closed: the client opens its next one elsewhere.
  if (shuttingDown) res.setHeader("Connection", "close");
  inFlight.add(res);
  res.once("close", () => {
    inFlight.delete(res);
    if (shuttingDown) closeIdleConnectionsSoon();
  });
});
for (const signal of /** @type {const} */ (["SIGTERM", "SIGINT"])) {
  // `on`, not `once`: Ctrl-C under `npm start` delivers SIGINT twice (from the
  // terminal and forwarded by scripts/start.ts), and the second must not kill
  // the process mid-request.
  process.on(signal, () => {
    if (shuttingDown) return;
    shuttingDown = true;
    console.log(`${signal}: finishing ${inFlight.size} request(s) in flight, then exiting.`);
    for (const res of inFlight) if (!res.headersSent) res.setHeader("Connection", "close");
    // net.Server's close, not http.Server's: that one also drops the idle
    // connections at once, with any request already sent on them but not yet
    // read. Stop accepting now, and close idle connections a moment later.
    net.Server.prototype.close.call(server, () => void closeAndExit(0));
    closeIdleConnectionsSoon();
    setTimeout(() => {
      console.error(`${inFlight.size} request(s) still running after ${SHUTDOWN_CAP_MS / 1000} s: exiting without them.`);
      void closeAndExit(1);
    }, SHUTDOWN_CAP_MS).unref();
  });
}

/**
 * Node keeps an idle kept-alive connection open for its keep-alive timeout
 * (5 s), and close() waits for it. Closes those idle after a short grace,
 * in which a request already on its way is read (then answered, with
 * `Connection: close`). After a poll of the event loop, too: a busy loop
 * may not have read what arrived while it was busy.
 */
function closeIdleConnectionsSoon() {
  setTimeout(() => setImmediate(() => server.closeIdleConnections()), IDLE_GRACE_MS);
}

let closing = false;
/**
 * Closes the app's database (hooks.closeDatabase, set once db/client has opened
 * one) and the page cache's, so SQLite checkpoints its WAL, then exits.
 * @param {number} code
 */
async function closeAndExit(code) {
  if (closing) return;
  closing = true;
  // A close that hangs (a remote database gone quiet) must not keep the process.
  setTimeout(() => {
    console.error("Closing the databases took too long: exiting anyway.");
    process.exit(1);
  }, 5_000).unref();
  for (const [name, close] of /** @type {const} */ ([["the app's database", hooks.closeDatabase], ["the page cache", closePageCache]])) {
    if (!close) continue;
    try {
      await close();
      console.log(`Closed ${name}.`);
    } catch (error) {
      console.error(`Could not close ${name}:`, error);
      code = 1;
    }
  }
  process.exit(code);
}
