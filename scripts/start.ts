// npm start — the one command a newcomer runs: prepares the database (create,
// migrate, seed demo stories the first time), builds the app if there is no
// production build yet, then serves it on http://localhost:$PORT (default 3000).
// With a libSQL DATABASE_URL it only checks that the primary is migrated
// (`npm run db:migrate` does that, once, not each server) and seeds nothing.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { databasePath, isFileDatabase } from "@/db/client";
import { DatabaseNotMigratedError, prepareDatabase } from "@/db/prepare";
import { env } from "@/lib/env";
import { spawnServer, stopServer } from "./lib/server-process";

const { PORT: port, HOST: host, DATABASE_URL: databaseUrl } = env;
const nextBin = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");

async function main() {
  try {
    const { seeded } = await prepareDatabase(databaseUrl, { authToken: env.DATABASE_AUTH_TOKEN });
    if (isFileDatabase(databaseUrl)) {
      console.log(
        seeded
          ? `Database ready at ${databasePath(databaseUrl)} (created and filled with demo stories).`
          : `Database ready at ${databasePath(databaseUrl)} (existing data left as it was).`,
      );
    } else {
      console.log(
        `Database: libSQL primary ${databaseUrl}, migrated${env.DATABASE_READ_URL ? `; reads from ${env.DATABASE_READ_URL}` : ""}.`,
      );
    }
  } catch (error) {
    if (!(error instanceof DatabaseNotMigratedError)) throw error;
    console.error(error.message);
    process.exit(1);
  }

  if (!fs.existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) {
    console.log("No production build found: running `next build` once (about a minute)…");
    const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit" });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }

  // server/main.mjs: Next's handler, with cached pages answered in front of its router.
  // In this terminal's process group, so Ctrl-C reaches it as before.
  const server = await spawnServer({
    port,
    hostname: host,
    log: "inherit",
    ready: false,
    // process.env carries DATABASE_READ_URL and DATABASE_AUTH_TOKEN through as they were set.
    env: { DATABASE_URL: databaseUrl },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    // The server caps its own shutdown (10 s for requests, 5 s for the databases); the kill is a last resort.
    process.on(signal, () => void stopServer(server, { signal, graceMs: 20_000 }));
  }
  const { code, signal } = await server.exited;
  process.exit(code ?? (signal ? 0 : 1));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
