import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  gzipSize,
  kB,
  overBudget,
  pageEntries,
  parseClientReferenceManifest,
  readFirstLoadJs,
  routeScripts,
  withSizes,
} from "./first-load-js";

// The shape Next 16.4 (Turbopack) writes, trimmed.
const rscManifestCode = (entry: string, entryJSFiles: Record<string, string[]>) =>
  `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};\n` +
  `globalThis.__RSC_MANIFEST[${JSON.stringify(entry)}] = ${JSON.stringify({
    moduleLoading: { prefix: "" },
    clientModules: {},
    entryCSSFiles: { "[project]/app/layout": [{ path: "static/chunks/a.css", inlined: false }] },
    entryJSFiles,
  })};`;

describe("pageEntries", () => {
  it("keeps pages, drops route handlers, metadata routes and the global error page", () => {
    expect(
      pageEntries({
        "/stories/[slug]/page": "/stories/[slug]",
        "/stories/[slug]/opengraph-image/route": "/stories/[slug]/opengraph-image",
        "/api/bookmarks/route": "/api/bookmarks",
        "/_global-error/page": "/_global-error",
        "/page": "/",
      }),
    ).toEqual([
      { entry: "/page", route: "/" },
      { entry: "/stories/[slug]/page", route: "/stories/[slug]" },
    ]);
  });
});

describe("parseClientReferenceManifest", () => {
  it("reads the entry the script assigns", () => {
    const code = rscManifestCode("/stories/[slug]/page", { "[project]/app/layout": ["static/chunks/l.js"] });
    expect(parseClientReferenceManifest(code, "/stories/[slug]/page").entryJSFiles).toEqual({
      "[project]/app/layout": ["static/chunks/l.js"],
    });
  });

  it("says so when the entry is missing", () => {
    expect(() => parseClientReferenceManifest(rscManifestCode("/page", {}), "/tags/page")).toThrow(/no entry for \/tags\/page/);
  });

  it("refuses a manifest without entry chunks (a webpack build) rather than count too little", () => {
    const code = `globalThis.__RSC_MANIFEST = { "/page": { clientModules: {} } };`;
    expect(() => parseClientReferenceManifest(code, "/page")).toThrow(/not a Turbopack build/);
  });

  it("runs the script without access to this process", () => {
    expect(() => parseClientReferenceManifest("process.exit(3)", "/page")).toThrow(/process is not defined/);
  });
});

describe("routeScripts", () => {
  it("is the shared files then each segment's, once each, without polyfills or CSS", () => {
    const route = routeScripts(
      "/stories/[slug]",
      { rootMainFiles: ["static/chunks/react.js", "static/chunks/runtime.js"], polyfillFiles: ["static/chunks/polyfills.js"] },
      {
        entryJSFiles: {
          "[project]/app/layout": ["static/chunks/layout.js"],
          "[project]/app/error": ["static/chunks/layout.js", "static/chunks/error.js"],
          "[project]/app/stories/[slug]/page": ["static/chunks/layout.js", "static/chunks/page.js", "static/chunks/page.css"],
        },
      },
    );
    expect(route).toEqual({
      route: "/stories/[slug]",
      scripts: [
        "static/chunks/react.js",
        "static/chunks/runtime.js",
        "static/chunks/layout.js",
        "static/chunks/error.js",
        "static/chunks/page.js",
      ],
      shared: ["static/chunks/react.js", "static/chunks/runtime.js"],
      noModule: ["static/chunks/polyfills.js"],
    });
  });

  it("counts a file both shared and named by a segment once", () => {
    const route = routeScripts("/", { rootMainFiles: ["static/chunks/a.js"] }, { entryJSFiles: { page: ["static/chunks/a.js"] } });
    const sized = withSizes(route, () => 10);
    expect(sized).toMatchObject({ total: 10, sharedTotal: 10, sizes: [10] });
  });
});

describe("sizes and budgets", () => {
  it("gzips at level 9", () => {
    const text = "const x = 1;\n".repeat(1000);
    expect(gzipSize(text)).toBeLessThan(text.length / 50);
    expect(gzipSize(text)).toBeLessThanOrEqual(gzipSize(Buffer.from(text)));
  });

  it("prints kB as 1,000 bytes", () => {
    expect(kB(110_000)).toBe("110.0 kB");
    expect(kB(156_549)).toBe("156.5 kB");
  });

  it("allows a route at its budget and refuses one byte more", () => {
    const budgets = { "/stories/[slug]": 110_000 };
    expect(overBudget([{ route: "/stories/[slug]", total: 110_000 }], budgets)).toEqual([]);
    expect(overBudget([{ route: "/stories/[slug]", total: 110_001 }, { route: "/", total: 900_000 }], budgets)).toEqual([
      { route: "/stories/[slug]", total: 110_001, budget: 110_000 },
    ]);
  });

  it("fails when a budgeted route is not in the build, rather than passing silently", () => {
    expect(() => overBudget([{ route: "/", total: 1 }], { "/stories/[slug]": 110_000 })).toThrow(/no page \/stories\/\[slug\]/);
  });
});

describe("readFirstLoadJs", () => {
  let dir = "";
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  function write(file: string, content: string) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), content);
  }

  it("sums the gzip size of each page's scripts from a build directory", () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "first-load-js-"));
    const framework = "function framework(){}".repeat(200);
    const page = "function page(){}".repeat(50);
    write("static/chunks/framework.js", framework);
    write("static/chunks/page.js", page);
    write("static/chunks/polyfills.js", "x".repeat(10_000));
    write("app-path-routes-manifest.json", JSON.stringify({ "/stories/[slug]/page": "/stories/[slug]", "/rss.xml/route": "/rss.xml" }));
    write("build-manifest.json", JSON.stringify({ rootMainFiles: ["static/chunks/framework.js"], polyfillFiles: ["static/chunks/polyfills.js"] }));
    write(
      "server/app/stories/[slug]/page_client-reference-manifest.js",
      rscManifestCode("/stories/[slug]/page", { "[project]/app/stories/[slug]/page": ["static/chunks/page.js"] }),
    );

    const [story, ...rest] = readFirstLoadJs(dir);
    expect(rest).toEqual([]);
    expect(story).toMatchObject({
      route: "/stories/[slug]",
      scripts: ["static/chunks/framework.js", "static/chunks/page.js"],
      sizes: [gzipSize(framework), gzipSize(page)],
      total: gzipSize(framework) + gzipSize(page),
      sharedTotal: gzipSize(framework),
    });
  });

  it("asks for a build when there is none", () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "first-load-js-"));
    expect(() => readFirstLoadJs(dir)).toThrow(/run `next build` first/);
  });
});
