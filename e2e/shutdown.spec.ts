// SIGTERM under load: the production server (server/main.mjs) finishes the
// requests it has taken, closes the database and exits 0, and the database is
// whole afterwards. It stops the server, so it starts one of its own, on a
// database of its own, rather than the one the other tests share.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { openDatabase } from "@/db/client";
import { existingStoryIds } from "@/db/queries/admin-stories";
import { savedStoryIds } from "@/db/queries/bookmarks";
import { createSessionForUser } from "@/db/queries/sessions";
import { setRoleByEmail } from "@/db/queries/users";
import { E2E_AUTH_SECRET } from "../playwright.config";
import { expect, test } from "./fixtures";

const PORT = Number(process.env.E2E_SHUTDOWN_PORT ?? 3640);
const ORIGIN = `http://127.0.0.1:${PORT}`;
/** server/main.mjs waits this long for requests in flight. */
const CAP_MS = 10_000;

type Outcome =
  /** A whole response. */
  | { kind: "response"; label: string; status: number; endedAt: number }
  /** The connection failed before any of a response arrived: the server never took the request. */
  | { kind: "refused"; label: string; code: string }
  /** Part of a response arrived, then the connection broke. */
  | { kind: "cut"; label: string; status: number; code: string };

let server: ChildProcess | undefined;
let dir: string | undefined;

test.afterEach(() => {
  if (server && server.exitCode === null && server.signalCode === null) server.kill("SIGKILL");
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  server = dir = undefined;
});

test("on SIGTERM the server finishes the requests in flight, closes the database and exits 0", async ({}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "one server to stop is enough");
  test.setTimeout(120_000);

  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ai-wins-shutdown-"));
  const file = path.join(dir, "app.db");
  const url = `file:${file}`;
  const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");

  // Migrated and seeded as `npm start` would, then a signed-in reader.
  const prepared = spawnSync(tsx, ["--conditions=react-server", "scripts/prepare-db.ts"], {
    env: { ...process.env, DATABASE_URL: url, NODE_OPTIONS: "" },
    encoding: "utf8",
  });
  expect(prepared.status, prepared.stderr).toBe(0);
  const db = openDatabase(url);
  const user = await setRoleByEmail(db, `shutdown-${Date.now()}@example.com`, "reader");
  const { sessionToken } = await createSessionForUser(db, user.id);
  const storyIds = [...(await existingStoryIds(db, Array.from({ length: 24 }, (_, i) => i + 1)))];
  await db.$close();
  expect(storyIds.length).toBeGreaterThan(10);
  const cookie = `next-auth.session-token=${sessionToken}`;

  let log = "";
  server = spawn(process.execPath, ["server/main.mjs", "--port", String(PORT), "--hostname", "127.0.0.1"], {
    env: {
      ...process.env,
      DATABASE_URL: url,
      NODE_ENV: "production",
      NODE_OPTIONS: "",
      NEXT_TELEMETRY_DISABLED: "1",
      NEXTAUTH_SECRET: E2E_AUTH_SECRET,
      SITE_URL: ORIGIN,
      MAIL_OUTBOX_DIR: path.join(dir, "outbox"),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<{ code: number | null; signal: string | null; at: number }>((resolve) =>
    server!.once("exit", (code, signal) => resolve({ code, signal, at: Date.now() })),
  );
  server.stdout!.on("data", (chunk) => (log += chunk));
  server.stderr!.on("data", (chunk) => (log += chunk));
  await expect.poll(() => log, { timeout: 60_000, message: "the server starts" }).toContain("Ready on");

  // Kept-alive connections, as a proxy in front would hold them.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
  const send = (method: string, pathname: string, withCookie: boolean, { fresh = false } = {}) =>
    new Promise<Outcome>((resolve) => {
      const label = `${method} ${pathname}`;
      const headers = withCookie ? { cookie } : {};
      const req = http.request({ host: "127.0.0.1", port: PORT, method, path: pathname, headers, agent: fresh ? false : agent });
      let started = false;
      req.on("response", (res) => {
        started = true;
        res.resume();
        res.on("close", () => {
          const status = res.statusCode ?? 0;
          resolve(res.complete ? { kind: "response", label, status, endedAt: Date.now() } : { kind: "cut", label, status, code: "incomplete" });
        });
      });
      req.on("error", (error: NodeJS.ErrnoException) => {
        const code = error.code ?? String(error);
        resolve(started ? { kind: "cut", label, status: 0, code } : { kind: "refused", label, code });
      });
      req.end();
    });
  const pages: [string, string, boolean][] = [
    ["GET", "/", false],
    ["GET", "/search?q=ai", false],
    ["GET", "/tags", false],
    ["GET", "/saved", true],
    ["GET", "/search?q=health", true],
  ];

  // Every route answers before the test (a cold first render is not the
  // point), then all the connections are opened at once.
  for (const [method, pathname, withCookie] of [...pages, ["PUT", `/api/bookmarks/${storyIds[0]}`, true] as const]) {
    const outcome = await send(method, pathname, withCookie);
    expect(outcome, `${method} ${pathname}`).toMatchObject({ kind: "response", status: 200 });
  }
  for (const outcome of await Promise.all(Array.from({ length: 16 }, () => send("GET", "/search?q=ai", false)))) {
    expect(outcome).toMatchObject({ kind: "response", status: 200 });
  }

  // A batch of reads and writes (a save of every story). SIGTERM once a few
  // are answered, while the rest are with the server or queued.
  const batch: Promise<Outcome>[] = [];
  let answered = 0;
  let saves = 0;
  for (let i = 0; i < 64; i++) {
    const request =
      i % 3 === 0 ? send("PUT", `/api/bookmarks/${storyIds[saves++ % storyIds.length]}`, true) : send(...pages[i % pages.length]!);
    batch.push(request.finally(() => answered++));
  }
  await expect.poll(() => answered, { intervals: [5] }).toBeGreaterThanOrEqual(6);
  const killedAt = Date.now();
  server.kill("SIGTERM");
  // Late arrivals, on fresh connections: refused, or answered in full.
  const late: Promise<Outcome>[] = [];
  for (let i = 0; i < 5; i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    late.push(send("GET", "/", false, { fresh: true }));
  }
  const outcomes = await Promise.all([...batch, ...late]);
  const exit = await exited;
  agent.destroy();

  // The server had taken some of the batch when the signal came: otherwise
  // this proves nothing.
  const inFlight = Number(/finishing (\d+) request/.exec(log)?.[1]);
  expect(inFlight, log).toBeGreaterThan(0);

  // Nothing the server took was cut short or failed: every answer is whole and
  // not a 5xx; the rest never reached it (refused, or reset before a byte).
  expect(outcomes.filter((o) => o.kind === "cut"), log).toEqual([]);
  const responses = outcomes.flatMap((o) => (o.kind === "response" ? [o] : []));
  expect(responses.filter((r) => r.status >= 500 || r.status === 0)).toEqual([]);
  expect(responses.filter((r) => r.endedAt >= killedAt).length).toBeGreaterThanOrEqual(inFlight);
  const refused: Record<string, number> = {};
  for (const o of outcomes) {
    if (o.kind !== "refused") continue;
    expect(["ECONNREFUSED", "ECONNRESET"], o.label).toContain(o.code);
    refused[o.code] = (refused[o.code] ?? 0) + 1;
  }
  testInfo.annotations.push({
    type: "outcomes",
    description: `${inFlight} in flight at SIGTERM; ${responses.length} answered; refused: ${JSON.stringify(refused)}`,
  });

  // A clean exit, within the cap.
  testInfo.annotations.push({ type: "exit", description: `code ${exit.code}, ${exit.at - killedAt} ms after SIGTERM` });
  expect({ code: exit.code, signal: exit.signal }, log).toEqual({ code: 0, signal: null });
  expect(exit.at - killedAt).toBeLessThan(CAP_MS);
  // And sooner than Node's keep-alive timeout (5 s): idle connections did not hold it up.
  expect(exit.at - killedAt).toBeLessThan(5_000);

  // The database is whole, and holds every save a client was told of. A -wal
  // left behind means a connection was not closed; SQLite replays it on open.
  const wal = `${file}-wal`;
  testInfo.annotations.push({ type: "wal after exit", description: fs.existsSync(wal) ? `${fs.statSync(wal).size} bytes` : "none" });
  // The server closes every connection (db/client sets hooks.closeDatabase), and
  // the last one to close folds the WAL into the file.
  expect(log).toContain("Closed the app's database");
  expect(fs.existsSync(wal), log).toBe(false);
  const check = new Database(file, { fileMustExist: true });
  expect(check.pragma("integrity_check", { simple: true })).toBe("ok");
  check.close();
  const saved = outcomes.flatMap((o) => (o.kind === "response" && o.label.startsWith("PUT") && o.status === 200 ? [Number(o.label.split("/").at(-1))] : []));
  expect(saved.length).toBeGreaterThan(0);
  const after = openDatabase(url);
  const byId = (a: number, b: number) => a - b;
  expect([...(await savedStoryIds(after, user.id, saved))].sort(byId)).toEqual([...new Set(saved)].sort(byId));
  await after.$close();
});
