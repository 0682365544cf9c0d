// npm run db:backup -- FILE [--force] — an online, consistent copy of the embedded
// database (DATABASE_URL=file:…) taken while the site keeps serving.
//
// SQLite's online backup API copies the pages of one read snapshot: in WAL mode
// that neither blocks the servers' writes nor sees half of one. The copy is
// written beside FILE, checked (integrity_check) and only then renamed into
// place, so FILE is either a whole, checked backup or absent.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";

const USAGE = "Usage: npm run db:backup -- FILE [--force]   (e.g. backups/aiwins-$(date +%F).db)";
/** Reported after the copy, when the copy has them (an unmigrated database may not). */
const COUNTED_TABLES = ["stories", "users", "bookmarks"] as const;

/** A failure the operator can act on: printed as one line, exit 1. */
class BackupError extends Error {}

/** `file:./data/app.db` → an absolute path (as db/client reads it). */
function databasePath(url: string): string {
  return path.resolve(url.slice("file:".length));
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { force: { type: "boolean", default: false }, help: { type: "boolean", short: "h", default: false } },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const [target, ...extra] = positionals;
  if (!target || extra.length > 0) throw new BackupError(USAGE);

  // Checked before lib/env is loaded, so a server URL gets this answer and not
  // a validation error about its shape.
  const rawUrl = process.env.DATABASE_URL?.trim();
  if (rawUrl && /^(https?|libsql|wss?):\/\//i.test(rawUrl)) {
    throw new BackupError(
      `DATABASE_URL is a libSQL server (${serverName(rawUrl)}): db:backup copies only the embedded ` +
        "database (file:…). A libSQL server is backed up by its operator: sqld snapshots or bottomless " +
        "replication to object storage, or Turso's point-in-time restore.",
    );
  }
  const { env } = await import("@/lib/env");
  const url = env.DATABASE_URL;
  if (!url.startsWith("file:")) throw new BackupError(`Unsupported DATABASE_URL "${url}": expected file:…`);

  const source = databasePath(url);
  const dest = path.resolve(target);
  if (!fs.existsSync(source)) throw new BackupError(`No database at ${source} (DATABASE_URL=${url}): nothing to back up.`);
  if (dest === source) throw new BackupError(`${dest} is the database itself: choose another file.`);
  if (fs.existsSync(dest) && !values.force) throw new BackupError(`${dest} already exists: choose another name, or add --force to replace it.`);

  const dir = path.dirname(dest);
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    fs.accessSync(dir, fs.constants.W_OK);
  } catch (error) {
    throw new BackupError(`Cannot write to ${dir}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }

  const temp = path.join(dir, `.${path.basename(dest)}.${process.pid}.tmp`);
  const started = performance.now();
  try {
    let src: Database.Database;
    try {
      src = new Database(source, { readonly: true, fileMustExist: true });
      // Reading can wait on a checkpoint or WAL recovery by a server.
      src.pragma("busy_timeout = 5000");
    } catch (error) {
      throw new BackupError(`Cannot open ${source}: ${String(error)}`);
    }
    try {
      // A backup holds what the database holds: owner only, as db/client
      // creates the database. SQLite keeps an existing file's mode.
      fs.writeFileSync(temp, "", { mode: 0o600 });
      fs.chmodSync(temp, 0o600);
      // The first step opens the backup; ask for every page in the next one, so
      // the whole copy is one snapshot. In small steps, each commit by a server
      // between two steps would restart the copy, possibly forever under load.
      await src.backup(temp, { progress: () => 0x7fffffff });
    } catch (error) {
      const code = String((error as { code?: unknown }).code ?? "");
      if (/^SQLITE_(CANTOPEN|READONLY|FULL|IOERR)/.test(code)) throw new BackupError(`Cannot write the backup in ${dir}: ${String(error)} (${code})`);
      throw error;
    } finally {
      src.close();
    }

    const copy = new Database(temp, { fileMustExist: true });
    let report: { pages: number; rows: string };
    try {
      // The pages carry the source's WAL flag; a rollback journal makes the
      // backup one self-contained file. The app turns WAL back on when it opens it.
      copy.pragma("journal_mode = DELETE");
      const problems = copy.pragma("integrity_check", { simple: false }) as { integrity_check: string }[];
      if (problems.length !== 1 || problems[0]?.integrity_check !== "ok") {
        throw new BackupError(`The copy failed integrity_check: ${problems.map((p) => p.integrity_check).join("; ")}`);
      }
      const present = new Set(
        (copy.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name),
      );
      const rows = COUNTED_TABLES.map((table) =>
        present.has(table) ? `${table} ${(copy.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n}` : `${table} (no table)`,
      );
      report = { pages: copy.pragma("page_count", { simple: true }) as number, rows: rows.join(", ") };
    } finally {
      copy.close();
    }

    if (values.force) fs.renameSync(temp, dest);
    else {
      // A link fails if FILE appeared meanwhile, where a rename would replace it.
      fs.linkSync(temp, dest);
      fs.rmSync(temp);
    }
    syncDirectory(dir);

    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    const { size } = fs.statSync(dest);
    console.log(`Backed up ${source}`);
    console.log(`       to ${dest}`);
    console.log(`  ${formatBytes(size)} (${size} bytes), ${report.pages} pages, ${seconds} s, integrity_check ok`);
    console.log(`  rows: ${report.rows}`);
  } catch (error) {
    for (const leftover of [temp, `${temp}-journal`, `${temp}-wal`, `${temp}-shm`]) fs.rmSync(leftover, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw new BackupError(`${dest} appeared during the backup: not replaced (add --force to replace it).`);
    if (code === "EACCES" || code === "EPERM" || code === "EROFS" || code === "ENOSPC") {
      throw new BackupError(`Cannot write the backup in ${dir}: ${code}`);
    }
    throw error;
  }
}

/** The scheme and host only: a URL may carry a password or an auth token. */
function serverName(url: string): string {
  try {
    const { protocol, host } = new URL(url);
    return `${protocol}//${host}`;
  } catch {
    return "a server URL";
  }
}

/** Makes the rename itself durable; best effort where directories cannot be opened. */
function syncDirectory(dir: string) {
  try {
    const fd = fs.openSync(dir, "r");
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Not supported on every platform; the file itself is already synced by SQLite.
  }
}

function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

main().catch((error: unknown) => {
  console.error(`db:backup: ${error instanceof BackupError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
