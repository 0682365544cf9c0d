// Integration: `npm run db:backup` through the real CLI, against a real WAL-mode
// SQLite file that another process keeps writing to while the copy is taken.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const tsx = path.join(root, "node_modules", ".bin", "tsx");
const TOTAL = 1000;

let dir: string;
let source: string;
let writer: ChildProcess | undefined;

/**
 * Every transaction inserts a pair of rows, moves an amount between the two
 * accounts and counts itself: a copy holding part of one breaks an invariant.
 */
const WRITER = `
const Database = require("better-sqlite3");
const db = new Database(process.env.SOURCE);
db.pragma("journal_mode = WAL");
db.pragma("busy_timeout = 5000");
const insert = db.prepare("INSERT INTO pairs (txn, filler) VALUES (?, randomblob(600))");
const move = db.prepare("UPDATE accounts SET balance = balance + CASE id WHEN 1 THEN -? ELSE ? END");
const count = db.prepare("UPDATE meta SET txns = txns + 1 RETURNING txns");
const step = db.transaction(() => {
  const { txns } = count.get();
  insert.run(txns);
  insert.run(txns);
  const amount = Math.floor(Math.random() * 50);
  move.run(amount, amount);
});
let first = true;
(function loop() {
  for (let i = 0; i < 20; i++) step();
  if (first) { first = false; console.log("writing"); }
  setImmediate(loop);
})();
`;

/** The CLI as `npm run db:backup -- …` runs it, against `databaseUrl`. */
function run(args: string[], databaseUrl: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, ["--conditions=react-server", path.join(root, "scripts", "db-backup.ts"), ...args], {
      cwd: root,
      env: { ...process.env, NODE_OPTIONS: "", DATABASE_URL: databaseUrl },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

function transactions(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare("SELECT txns FROM meta").get() as { txns: number }).txns;
  } finally {
    db.close();
  }
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ai-wins-backup-"));
  source = path.join(dir, "app.db");
  const db = new Database(source);
  db.pragma("journal_mode = WAL");
  db.exec(`
    CREATE TABLE accounts (id INTEGER PRIMARY KEY, balance INTEGER NOT NULL);
    CREATE TABLE pairs (id INTEGER PRIMARY KEY, txn INTEGER NOT NULL, filler BLOB NOT NULL);
    CREATE INDEX pairs_txn ON pairs (txn);
    CREATE TABLE meta (txns INTEGER NOT NULL);
    INSERT INTO accounts VALUES (1, ${TOTAL}), (2, 0);
    INSERT INTO meta VALUES (0);
  `);
  // A few megabytes, so the copy is many pages and takes a while.
  const seed = db.prepare("INSERT INTO pairs (txn, filler) VALUES (?, randomblob(2000))");
  db.transaction(() => {
    for (let txn = -1500; txn < 0; txn++) {
      seed.run(txn);
      seed.run(txn);
    }
  })();
  db.close();
});

afterAll(() => {
  writer?.kill("SIGKILL");
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("npm run db:backup", () => {
  it("copies a consistent snapshot while another process keeps writing", { timeout: 20_000 }, async () => {
    const child = spawn(process.execPath, ["-e", WRITER], { cwd: root, env: { ...process.env, SOURCE: source }, stdio: ["ignore", "pipe", "inherit"] });
    writer = child;
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", () => resolve());
      child.on("exit", (code) => reject(new Error(`The writer exited early (${code})`)));
    });
    const before = transactions(source);
    const target = path.join(dir, "backups", "copy.db");

    const result = await run([target], `file:${source}`);
    const atEnd = transactions(source);
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
    const final = transactions(source);

    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(target);
    expect(result.stdout).toContain("integrity_check ok");
    // The writer was busy throughout: the backup is not of a quiet database.
    expect(atEnd).toBeGreaterThan(before);

    // One self-contained file, nothing left beside it, readable by its owner alone.
    expect(fs.readdirSync(path.dirname(target))).toEqual(["copy.db"]);
    expect(fs.statSync(target).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.dirname(target)).mode & 0o777).toBe(0o700);
    const copy = new Database(target, { readonly: true, fileMustExist: true });
    try {
      expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
      expect(copy.pragma("journal_mode", { simple: true })).toBe("delete");
      const txns = (copy.prepare("SELECT txns FROM meta").get() as { txns: number }).txns;
      expect(txns).toBeGreaterThanOrEqual(before);
      expect(txns).toBeLessThanOrEqual(final);
      expect(copy.prepare("SELECT sum(balance) AS sum FROM accounts").get()).toEqual({ sum: TOTAL });
      expect(copy.prepare("SELECT count(*) AS n FROM pairs WHERE txn > 0").get()).toEqual({ n: 2 * txns });
      expect(copy.prepare("SELECT count(*) AS n FROM (SELECT txn FROM pairs GROUP BY txn HAVING count(*) <> 2)").get()).toEqual({ n: 0 });
    } finally {
      copy.close();
    }
  });

  it("refuses to replace an existing file unless --force", { timeout: 20_000 }, async () => {
    const target = path.join(dir, "existing.db");
    fs.writeFileSync(target, "keep me");

    const refused = await run([target], `file:${source}`);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/already exists.*--force/);
    expect(fs.readFileSync(target, "utf8")).toBe("keep me");

    const forced = await run([target, "--force"], `file:${source}`);
    expect(forced.code).toBe(0);
    expect(fs.statSync(target).mode & 0o777).toBe(0o600);
    const copy = new Database(target, { readonly: true, fileMustExist: true });
    expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
    copy.close();
    expect(fs.readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("refuses a libSQL server, and says who backs it up", { timeout: 20_000 }, async () => {
    const target = path.join(dir, "remote.db");
    const result = await run([target], "libsql://aiwins-example.turso.io");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/libSQL server/);
    expect(result.stderr).toMatch(/sqld snapshots.*Turso's point-in-time restore/);
    expect(fs.existsSync(target)).toBe(false);
  });

  it("says when there is no database to back up", { timeout: 20_000 }, async () => {
    const result = await run([path.join(dir, "none.db")], `file:${path.join(dir, "missing.db")}`);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/No database at .*missing\.db/);
    expect(fs.existsSync(path.join(dir, "missing.db"))).toBe(false);
  });
});
