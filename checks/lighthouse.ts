// npm run lighthouse — Lighthouse's default (mobile) run on the feed and a story
// page: serves the production build on a demo database on loopback, drives the
// system Chromium (Playwright's own where there is none), prints the four
// category scores per page, the metrics, and every failing audit with the
// elements or files it names. Full reports go to .lighthouse/. Not part of
// `npm test`: scores on a shared machine move by a few points between runs.
//
//   npm run lighthouse                     # one run per page
//   LIGHTHOUSE_RUNS=3 npm run lighthouse   # the median run (by performance) of three
import fs from "node:fs";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import type { Flags, Result } from "lighthouse";
import { chromiumPath, CHROMIUM_ARGS } from "@/test/chromium";
import { startDemoServer } from "./demo-server";
import { formatTable } from "./first-load-js";

const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 3520);
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 1));
const OUT_DIR = path.join(process.cwd(), ".lighthouse");
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const METRICS = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"];
/** Items printed per failing audit; the HTML report in .lighthouse/ has them all. */
const MAX_ITEMS = 8;

type Audit = Result["audits"][string];

/** Lighthouse's own report lists an audit as passed at 0.9 and above (1 for pass/fail audits). */
const PASS = 0.9;

/**
 * The audits Lighthouse's report shows as not passed: scored below the pass
 * mark, or not run. The performance category's metrics are here too (each one
 * below 0.9); audits the report hides (its "insights" copies of diagnostics) are not.
 */
function failingAudits(lhr: Result): { category: string; audit: Audit }[] {
  return CATEGORIES.flatMap((id) =>
    (lhr.categories[id]?.auditRefs ?? []).flatMap((ref) => {
      const audit = lhr.audits[ref.id];
      if (!audit || ref.group === "hidden") return [];
      if (audit.scoreDisplayMode === "error") return [{ category: id, audit }];
      if (audit.score === null) return [];
      const pass = audit.scoreDisplayMode === "binary" ? 1 : PASS;
      return ["binary", "numeric", "metricSavings"].includes(audit.scoreDisplayMode) && audit.score < pass ? [{ category: id, audit }] : [];
    }),
  );
}

type Heading = { key?: string | null; label?: unknown; valueType?: string };

/** A cell of a Lighthouse table as text: an element's selector and HTML, a URL, bytes, milliseconds. */
function describeValue(value: unknown, valueType?: string): string {
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "number") {
    if (valueType === "bytes") return `${(value / 1024).toFixed(1)} KiB`;
    if (valueType === "ms" || valueType === "timespanMs") return `${Math.round(value)} ms`;
    return String(Math.round(value * 1000) / 1000);
  }
  if (typeof value !== "object") return String(value);
  const v = value as Record<string, unknown>;
  switch (v.type) {
    case "node":
      return [
        v.selector ? `\`${String(v.selector)}\`` : "",
        v.snippet ? String(v.snippet) : "",
        v.explanation ? `— ${String(v.explanation).replace(/\s+/g, " ")}` : "",
      ]
        .filter(Boolean)
        .join(" ");
    case "source-location":
      return `${String(v.url)}:${String(v.line)}:${String(v.column)}`;
    case "url":
    case "text":
    case "code":
    case "numeric":
      return describeValue(v.value, valueType);
    default:
      return "";
  }
}

/** The elements, files and figures an audit names, a line each (at most MAX_ITEMS per table). */
function describeDetails(details: unknown): string[] {
  if (typeof details !== "object" || details === null) return [];
  const d = details as { type?: string; items?: unknown; headings?: Heading[] };
  switch (d.type) {
    case "list":
      return Array.isArray(d.items) ? d.items.flatMap(describeDetails) : [];
    case "node":
      return [describeValue(d)];
    case "checklist":
      // Only the checks that failed.
      return Object.values((d.items ?? {}) as Record<string, { label: string; value: boolean }>)
        .filter((check) => !check.value)
        .map((check) => `✗ ${check.label}`);
    case "table":
    case "opportunity": {
      if (!Array.isArray(d.items)) return [];
      const headings = (d.headings ?? []).filter((h): h is Heading & { key: string } => !!h.key);
      const rows = (d.items as Record<string, unknown>[]).slice(0, MAX_ITEMS).map((item) => {
        const cells = headings
          .map((h) => {
            const text = describeValue(item[h.key], h.valueType);
            const label = typeof h.label === "string" && h.valueType !== "node" && h.valueType !== "url" ? `${h.label}: ` : "";
            return text && `${label}${text}`;
          })
          .filter(Boolean);
        const sub = (item.subItems as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
        const subLines = sub.slice(0, 3).map((s) => `    ${Object.values(s).map((x) => describeValue(x)).filter(Boolean).join(" ")}`);
        return [cells.join(" · "), ...subLines].join("\n");
      });
      if (d.items.length > MAX_ITEMS) rows.push(`… and ${d.items.length - MAX_ITEMS} more`);
      return rows;
    }
    default:
      return [];
  }
}

const score = (lhr: Result, id: string) => {
  const s = lhr.categories[id]?.score;
  return s === null || s === undefined ? "—" : String(Math.round(s * 100));
};

async function audit(url: string, port: number): Promise<{ lhr: Result; html: string }> {
  // Lighthouse's defaults are the mobile preset: a Moto G Power screen, slow 4G
  // and a 4× slower CPU, simulated from an unthrottled load.
  const flags: Flags = { port, output: "html", logLevel: "error", onlyCategories: [...CATEGORIES] };
  // Imported, not required: tsx compiles a package it require()s with esbuild's
  // keepNames, which wraps functions in `__name(…)`, and Lighthouse sends some of
  // its functions to the page as source text, where `__name` is not defined.
  const { default: lighthouse } = await import("lighthouse");
  const runs: { lhr: Result; html: string }[] = [];
  for (let i = 0; i < RUNS; i++) {
    const result = await lighthouse(url, flags);
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (result.lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${result.lhr.runtimeError.message}`);
    runs.push({ lhr: result.lhr, html: String(result.report) });
  }
  runs.sort((a, b) => (a.lhr.categories.performance?.score ?? 0) - (b.lhr.categories.performance?.score ?? 0));
  return runs[Math.floor(runs.length / 2)]!;
}

async function run() {
  const server = await startDemoServer(PORT);
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: ["--headless=new", ...CHROMIUM_ARGS],
    logLevel: "silent",
  });
  try {
    const feed = await (await fetch(server.origin)).text();
    const story = feed.match(/href="(\/stories\/[^"/?#]+)"/)?.[1];
    if (!story) throw new Error("the feed links to no story");
    const pages = [
      { name: "feed", path: "/" },
      { name: "story", path: story },
    ];
    fs.mkdirSync(OUT_DIR, { recursive: true });

    const results: { name: string; path: string; lhr: Result }[] = [];
    for (const page of pages) {
      console.log(`Lighthouse (mobile, ${RUNS} run${RUNS > 1 ? "s" : ""}): ${page.path}`);
      const { lhr, html } = await audit(server.origin + page.path, chrome.port);
      fs.writeFileSync(path.join(OUT_DIR, `${page.name}.report.html`), html);
      fs.writeFileSync(path.join(OUT_DIR, `${page.name}.report.json`), JSON.stringify(lhr, null, 1));
      results.push({ ...page, lhr });
    }

    const { lighthouseVersion, environment } = results[0]!.lhr;
    const browser = environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0] ?? "Chromium";
    // Simulated CPU time is this machine's own task time × 4: a slower or busier host
    // (a lower benchmark index) scores lower.
    const benchmark = results.map(({ name, lhr }) => `${name} ${Math.round(lhr.environment.benchmarkIndex)}`).join(", ");
    console.log(`\nLighthouse ${lighthouseVersion}, ${browser}, mobile preset; CPU benchmark index: ${benchmark}\n`);
    console.log(
      formatTable(
        ["page", ...CATEGORIES],
        results.map(({ name, lhr }) => [name, ...CATEGORIES.map((c) => score(lhr, c))]),
        [1, 2, 3, 4],
      ),
    );
    console.log();
    console.log(
      formatTable(
        ["page", "FCP", "LCP", "TBT", "CLS", "Speed Index"],
        results.map(({ name, lhr }) => [name, ...METRICS.map((m) => lhr.audits[m]?.displayValue ?? "—")]),
      ),
    );

    for (const { name, path: pagePath, lhr } of results) {
      const failing = failingAudits(lhr);
      for (const warning of lhr.runWarnings) console.log(`\n${name}: Lighthouse warns: ${warning}`);
      console.log(`\n${name} (${pagePath}): ${failing.length ? `${failing.length} failing audit${failing.length > 1 ? "s" : ""}` : "no failing audits"}`);
      for (const { category, audit: a } of failing) {
        const value = a.displayValue ? ` — ${a.displayValue}` : "";
        const s = a.score === null ? a.scoreDisplayMode : String(Math.round(a.score * 100));
        console.log(`  [${category}] ${a.title} (${a.id}, score ${s})${value}`);
        if (a.errorMessage) console.log(`      ${a.errorMessage}`);
        if (a.explanation) console.log(`      ${a.explanation}`);
        for (const line of describeDetails(a.details)) console.log(`      ${line.replace(/\n/g, "\n      ")}`);
      }
    }
    console.log(`\nFull reports: ${path.relative(process.cwd(), OUT_DIR)}/*.report.html`);
  } finally {
    chrome.kill();
    await server.stop();
  }
}

run().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
