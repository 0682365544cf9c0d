// npm run js-budget:verify — checks that checks/first-load-js.ts counts what a
// browser really downloads. Serves the production build on a demo database,
// opens a few pages in a fresh Chromium profile and compares, per page:
// - the scripts the manifests name (what `npm run js-budget` sums),
// - the <script src> tags in the HTML the server sent (noModule ones apart),
// - the scripts Chromium downloaded until the network was idle, with their bytes
//   on the wire. Next compresses with gzip at zlib's default level (6), a little
//   larger than the level 9 we (and Next's old report) count, so "on the wire"
//   is expected to be slightly above "gzip -9"; the file sets must be equal.
// Scripts fetched later that the HTML does not name (a route the router
// prefetched, a dynamic import) are listed, not counted: they are not first load.
// Exits 1 when a page's HTML or download differs from the manifests.
import path from "node:path";
import { chromium, type Request } from "@playwright/test";
import { CHROMIUM_ARGS, systemChromium } from "@/test/chromium";
import { startDemoServer } from "./demo-server";
import { formatTable, gzipSize, kB, readFirstLoadJs } from "./first-load-js";

const PORT = Number(process.env.JS_BUDGET_PORT ?? 3510);

type Download = { file: string; wire: number; gzip9: number; encoding: string };

/** `/_next/static/chunks/a.js?dpl=…` → `static/chunks/a.js`, the form the manifests use. */
function fileOf(url: string): string | undefined {
  const pathname = decodeURIComponent(new URL(url).pathname);
  return pathname.startsWith("/_next/static/") && pathname.endsWith(".js") ? pathname.slice("/_next/".length) : undefined;
}

function htmlScripts(html: string): { scripts: string[]; noModule: string[] } {
  const scripts: string[] = [];
  const noModule: string[] = [];
  for (const [tag, src] of html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"[^>]*>/g)) {
    const file = fileOf(new URL(src!, "http://x").href);
    if (file) (/\snomodule\b/i.test(tag) ? noModule : scripts).push(file);
  }
  return { scripts: [...new Set(scripts)], noModule: [...new Set(noModule)] };
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));
const sum = (xs: number[]) => xs.reduce((t, x) => t + x, 0);

async function run() {
  const routes = readFirstLoadJs(path.join(process.cwd(), ".next"));
  const server = await startDemoServer(PORT);
  const executablePath = systemChromium();
  const browser = await chromium.launch(executablePath ? { executablePath, args: CHROMIUM_ARGS } : {});
  let failed = false;
  try {
    const feed = await (await fetch(server.origin)).text();
    const story = feed.match(/href="(\/stories\/[^"/?#]+)"/)?.[1];
    const tag = feed.match(/href="(\/tags\/[^"/?#]+)"/)?.[1];
    if (!story || !tag) throw new Error("the feed links to no story or no topic");
    const pages = [
      { route: "/", path: "/" },
      { route: "/stories/[slug]", path: story },
      { route: "/tags/[slug]", path: tag },
      { route: "/search", path: "/search?q=ai" },
      { route: "/signin", path: "/signin" },
    ];

    const rows: string[][] = [];
    const notes: string[] = [];
    for (const { route, path: pagePath } of pages) {
      const expected = routes.find((r) => r.route === route);
      if (!expected) throw new Error(`no page ${route} in the build`);
      // A fresh context: an empty cache, as for a first visit.
      const context = await browser.newContext();
      const page = await context.newPage();
      const finished: Promise<Download | undefined>[] = [];
      page.on("requestfinished", (request: Request) => {
        finished.push(
          (async () => {
            const file = fileOf(request.url());
            const response = await request.response();
            if (!file || !response) return undefined;
            const [{ responseBodySize }, body] = await Promise.all([request.sizes(), response.body()]);
            return { file, wire: responseBodySize, gzip9: gzipSize(body), encoding: response.headers()["content-encoding"] ?? "none" };
          })(),
        );
      });
      const response = await page.goto(server.origin + pagePath, { waitUntil: "networkidle" });
      if (!response?.ok()) throw new Error(`${pagePath} answered ${response?.status()}`);
      const html = htmlScripts(await response.text());
      await page.waitForTimeout(1000); // idle-time prefetches, to list them
      await page.waitForLoadState("networkidle");
      const downloads = (await Promise.all(finished)).filter((d): d is Download => !!d);
      await context.close();

      const firstLoad = downloads.filter((d) => html.scripts.includes(d.file));
      const later = downloads.filter((d) => !html.scripts.includes(d.file));
      const htmlMatches = sameSet(html.scripts, expected.scripts);
      const downloadMatches = sameSet(firstLoad.map((d) => d.file), expected.scripts);
      const noModuleSkipped = !downloads.some((d) => html.noModule.includes(d.file));
      if (!htmlMatches || !downloadMatches) failed = true;
      rows.push([
        pagePath.length > 32 ? `${pagePath.slice(0, 31)}…` : pagePath,
        String(expected.scripts.length),
        `${html.scripts.length}${htmlMatches ? " same" : " DIFFERENT"}`,
        `${firstLoad.length}${downloadMatches ? " same" : " DIFFERENT"}`,
        kB(expected.total),
        kB(sum(firstLoad.map((d) => d.gzip9))),
        `${kB(sum(firstLoad.map((d) => d.wire)))} ${[...new Set(firstLoad.map((d) => d.encoding))].join("/")}`,
        noModuleSkipped ? "skipped" : "DOWNLOADED",
        later.length ? `${later.length} (${kB(sum(later.map((d) => d.wire)))})` : "none",
      ]);
      if (!htmlMatches) {
        notes.push(`${pagePath}: the HTML names ${html.scripts.filter((f) => !expected.scripts.includes(f)).join(", ") || "nothing more"}` +
          ` and not ${expected.scripts.filter((f) => !html.scripts.includes(f)).join(", ") || "nothing less"}`);
      }
      const plain = firstLoad.filter((d) => d.encoding === "none");
      if (plain.length) {
        // Next's compression skips bodies under 1 kB: those cross the wire as they are.
        notes.push(`${pagePath}: sent uncompressed (under 1 kB): ${plain.map((d) => `${d.file} (${d.wire} B)`).join(", ")}`);
      }
      if (later.length) notes.push(`${pagePath}: fetched after first load: ${later.map((d) => d.file).join(", ")}`);
    }
    console.log(`\nFirst-load JavaScript: the manifests against the server's HTML and Chromium's downloads (${server.origin})\n`);
    console.log(
      formatTable(
        ["page", "manifest files", "in HTML", "downloaded", "manifest gzip -9", "downloaded gzip -9", "on the wire", "noModule", "fetched later"],
        rows,
        [4, 5],
      ),
    );
    for (const note of notes) console.log(`- ${note}`);
  } finally {
    await browser.close();
    await server.stop();
  }
  if (failed) {
    console.error("\n✖ The manifests and the browser disagree: checks/first-load-js.ts no longer counts what a visitor downloads.");
    process.exit(1);
  }
  console.log("\n✔ The manifests name exactly the scripts the HTML loads and Chromium downloads.");
}

run().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
