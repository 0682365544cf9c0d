// What a fresh visitor's browser downloads as JavaScript before a route is
// interactive, read from what `next build` wrote to .next/ (App Router).
//
// Next 16 no longer prints sizes after a build, so this reads the manifests the
// server itself uses to write a page's <script> tags:
// - `build-manifest.json` `rootMainFiles`: the framework and the bundler's
//   runtime, on every page (`<script async>`);
// - the route's client reference manifest, `entryJSFiles`: the chunks of each
//   segment of the route (root layout, its error and not-found boundaries, the
//   page), each also a `<script async>` in the HTML;
// - `polyfillFiles`: a `<script noModule>`, which modern browsers skip; listed
//   apart and not counted.
// Chunks fetched later (a `next/dynamic` import, the client components of a
// route the router prefetches) are not first-load JavaScript and are not here.
// `npm run js-budget:verify` checks this file list against the HTML the
// production server sends and what Chromium downloads.
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import zlib from "node:zlib";

export type BuildManifest = { rootMainFiles?: string[]; polyfillFiles?: string[] };
export type ClientReferenceManifest = { entryJSFiles?: Record<string, string[]> };

export type RouteScripts = {
  /** The URL pattern, as in the build output: `/stories/[slug]`. */
  route: string;
  /** Files under .next/, framework first, each once: `static/chunks/…js`. */
  scripts: string[];
  /** The part of `scripts` every route shares (`rootMainFiles`). */
  shared: string[];
  /** Loaded only by browsers without ES modules. */
  noModule: string[];
};

export type SizedRoute = RouteScripts & {
  /** gzip size of each file in `scripts`, same order. */
  sizes: number[];
  total: number;
  sharedTotal: number;
};

/** Routes that are not pages a reader opens, so they are left out of the report. */
const NOT_A_PAGE = ["/_global-error"];

/**
 * The pages of an app-path-routes-manifest.json (`{"/stories/[slug]/page": "/stories/[slug]"}`),
 * sorted by route; route handlers and metadata routes (`…/route`) are not pages.
 */
export function pageEntries(appPathRoutes: Record<string, string>): { entry: string; route: string }[] {
  return Object.entries(appPathRoutes)
    .filter(([entry, route]) => entry.endsWith("/page") && !NOT_A_PAGE.includes(route))
    .map(([entry, route]) => ({ entry, route }))
    .sort((a, b) => a.route.localeCompare(b.route));
}

/**
 * A `page_client-reference-manifest.js` is a script that assigns the manifest
 * to `globalThis.__RSC_MANIFEST[entry]`; run it in an empty context (it is our
 * own build output) rather than guess at its formatting.
 */
export function parseClientReferenceManifest(code: string, entry: string): ClientReferenceManifest {
  const context: { __RSC_MANIFEST?: Record<string, ClientReferenceManifest> } = {};
  vm.runInNewContext(code, context, { timeout: 1000 });
  const manifest = context.__RSC_MANIFEST?.[entry];
  if (!manifest) throw new Error(`the client reference manifest has no entry for ${entry}`);
  // webpack builds name no entry chunks here (their pages load client chunks
  // through the React payload instead); counting without them would pass any page.
  if (!manifest.entryJSFiles) throw new Error(`the client reference manifest of ${entry} has no entryJSFiles: not a Turbopack build?`);
  return manifest;
}

/** The scripts a route's HTML loads, from its two manifests. */
export function routeScripts(route: string, build: BuildManifest, rsc: ClientReferenceManifest): RouteScripts {
  const isJs = (file: string) => file.endsWith(".js");
  const shared = [...new Set((build.rootMainFiles ?? []).filter(isJs))];
  const segments = Object.values(rsc.entryJSFiles ?? {}).flat().filter(isJs);
  const noModule = (build.polyfillFiles ?? []).filter(isJs);
  return { route, scripts: [...new Set([...shared, ...segments])], shared, noModule };
}

/** Next's old build report measured gzip at level 9 (the `gzip-size` package); so do we. */
export function gzipSize(content: Buffer | string): number {
  return zlib.gzipSync(content, { level: 9 }).length;
}

export function withSizes(route: RouteScripts, sizeOf: (file: string) => number): SizedRoute {
  const sizes = route.scripts.map(sizeOf);
  const sum = (files: string[]) => files.reduce((total, file) => total + sizes[route.scripts.indexOf(file)]!, 0);
  return { ...route, sizes, total: sum(route.scripts), sharedTotal: sum(route.shared) };
}

/** Every page of the build in `distDir` (usually `.next`), with the gzip size of its first-load scripts. */
export function readFirstLoadJs(distDir: string): SizedRoute[] {
  const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(distDir, file), "utf8")) as T;
  if (!fs.existsSync(path.join(distDir, "app-path-routes-manifest.json"))) {
    throw new Error(`no App Router build in ${distDir}: run \`next build\` first`);
  }
  const rootBuild = readJson<BuildManifest>("build-manifest.json");
  const cache = new Map<string, number>();
  const sizeOf = (file: string) => {
    let size = cache.get(file);
    if (size === undefined) {
      size = gzipSize(fs.readFileSync(path.join(distDir, file)));
      cache.set(file, size);
    }
    return size;
  };
  return pageEntries(readJson("app-path-routes-manifest.json")).map(({ entry, route }) => {
    // Each page has its own copy of the build manifest; fall back to the root one.
    const ownBuild = path.join("server", "app", entry, "build-manifest.json");
    const build = fs.existsSync(path.join(distDir, ownBuild)) ? readJson<BuildManifest>(ownBuild) : rootBuild;
    const rscFile = path.join(distDir, "server", "app", `${entry}_client-reference-manifest.js`);
    const rsc = parseClientReferenceManifest(fs.readFileSync(rscFile, "utf8"), entry);
    return withSizes(routeScripts(route, build, rsc), sizeOf);
  });
}

/** Bytes in kB as Next has always printed them: 1 kB = 1,000 bytes. */
export function kB(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

export type Overrun = { route: string; total: number; budget: number };

/** Routes over their budget (bytes of gzip); a budgeted route missing from the build is an error. */
export function overBudget(routes: Pick<SizedRoute, "route" | "total">[], budgets: Record<string, number>): Overrun[] {
  return Object.entries(budgets).flatMap(([route, budget]) => {
    const found = routes.find((r) => r.route === route);
    if (!found) throw new Error(`no page ${route} in the build: the budget names a route that does not exist`);
    return found.total > budget ? [{ route, total: found.total, budget }] : [];
  });
}

export function formatTable(head: string[], rows: string[][], alignRight: number[] = []): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  return [head, ...rows]
    .map((row) =>
      row
        .map((cell, i) => (alignRight.includes(i) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}
