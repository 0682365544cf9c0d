// npm test: every check, in stages, with each stage's time in a table at the end.
//   1. typecheck, lint, and the unit and integration suites at once (they use
//      one core each, mostly): their output is held and printed per stage when
//      each ends, so the log reads in order;
//   2. the production build, then its JavaScript budget (as `npm run build`);
//   3. the end-to-end tests; 4. the cluster test.
// Stops after the first stage that fails (the stages running beside it finish
// first, so all their failures show) and still prints the table.
//
// TEST_SKIP=e2e,cluster (stage names, comma-separated) skips stages, for a
// quick local run; CI never sets it.
import { spawn } from "node:child_process";
import path from "node:path";
import { performance } from "node:perf_hooks";

type Stage = { name: string; command: string; args: string[] };
type Result = { name: string; seconds: number; status: "ok" | "FAILED" | "skipped" };

const bin = (name: string) => path.join(process.cwd(), "node_modules", ".bin", name);
const npm = (script: string): [string, string[]] => ["npm", ["run", "-s", script]];
const stage = (name: string, [command, args]: [string, string[]]): Stage => ({ name, command, args });

/** Each inner list runs at once; the lists run one after another. */
const PLAN: Stage[][] = [
  [
    stage("typecheck", npm("typecheck")),
    stage("lint", npm("lint")),
    // One vitest for both projects: they share its worker pool instead of competing.
    stage("unit + integration", [bin("vitest"), ["run"]]),
  ],
  [stage("build", [bin("next"), ["build"]])],
  [stage("js-budget", npm("js-budget"))],
  [stage("e2e", npm("test:e2e"))],
  [stage("cluster", npm("test:cluster"))],
];

const skipped = new Set((process.env.TEST_SKIP ?? "").split(",").map((s) => s.trim()).filter(Boolean));
const unknown = [...skipped].filter((name) => !PLAN.flat().some((s) => s.name === name));
if (unknown.length) {
  console.error(`TEST_SKIP names no stage: ${unknown.join(", ")} (stages: ${PLAN.flat().map((s) => s.name).join(", ")})`);
  process.exit(2);
}

/** Runs one stage; its output goes straight through, or is held and printed when it ends. */
function runStage({ name, command, args }: Stage, hold: boolean): Promise<Result> {
  const started = performance.now();
  if (!hold) console.log(`\n▶ ${name}`);
  const child = spawn(command, args, { stdio: hold ? ["ignore", "pipe", "pipe"] : "inherit" });
  const output: Buffer[] = [];
  child.stdout?.on("data", (chunk: Buffer) => output.push(chunk));
  child.stderr?.on("data", (chunk: Buffer) => output.push(chunk));
  return new Promise((resolve) => {
    const finish = (ok: boolean) => {
      const seconds = (performance.now() - started) / 1000;
      if (hold) {
        console.log(`\n▶ ${name} (${seconds.toFixed(1)} s)`);
        process.stdout.write(Buffer.concat(output));
      }
      resolve({ name, seconds, status: ok ? "ok" : "FAILED" });
    };
    child.once("error", (error) => {
      output.push(Buffer.from(`${error.message}\n`));
      finish(false);
    });
    child.once("close", (code) => finish(code === 0));
  });
}

function printTable(results: Result[], wallSeconds: number) {
  const rows = [...results.map((r) => [r.name, r.status === "skipped" ? "-" : `${r.seconds.toFixed(1)} s`, r.status]), ["total (wall clock)", `${wallSeconds.toFixed(1)} s`, ""]];
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i]!.length)));
  console.log("\nStage times:");
  for (const row of rows) console.log(`  ${row[0]!.padEnd(widths[0]!)}  ${row[1]!.padStart(widths[1]!)}  ${row[2]}`);
}

async function main(): Promise<number> {
  const started = performance.now();
  const results: Result[] = [];
  for (const group of PLAN) {
    const running = group.filter((s) => !skipped.has(s.name));
    const done = await Promise.all(running.map((s) => runStage(s, running.length > 1)));
    for (const s of group) results.push(done.find((r) => r.name === s.name) ?? { name: s.name, seconds: 0, status: "skipped" });
    if (done.some((r) => r.status === "FAILED")) {
      printTable(results, (performance.now() - started) / 1000);
      return 1;
    }
  }
  printTable(results, (performance.now() - started) / 1000);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
