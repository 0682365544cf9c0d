// The production build served on loopback from a throwaway database of demo
// stories, for tools that look at the site as a browser does (Lighthouse, the
// JavaScript budget check). Never touches data/app.db.
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { prepareDatabase } from "@/db/prepare";

export type DemoServer = { origin: string; stop: () => Promise<void> };


function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

export async function startDemoServer(port: number): Promise<DemoServer> {
  if (!fs.existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) {
    throw new Error("no production build: run `npm run build` first");
  }
  // A server already on the port would answer our readiness check instead of ours.
  if (!(await portIsFree(port))) throw new Error(`port ${port} on 127.0.0.1 is taken: choose another`);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ai-wins-demo-"));
  await prepareDatabase(`file:${path.join(dir, "app.db")}`);
  const origin = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, [path.join(process.cwd(), "server", "main.mjs"), "--port", String(port), "--hostname", "127.0.0.1"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      NODE_OPTIONS: "",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: `file:${path.join(dir, "app.db")}`,
      // Canonical links, og:url and the sitemap must point where the browser is.
      SITE_URL: origin,
      MAIL_OUTBOX: "1",
      MAIL_OUTBOX_DIR: path.join(dir, "outbox"),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  server.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
  server.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  let running = true;
  void exited.then(() => (running = false));

  const stop = async () => {
    if (running) server.kill("SIGTERM");
    await exited;
    fs.rmSync(dir, { recursive: true, force: true });
  };

  for (let i = 0; i < 300 && running; i++) {
    try {
      if ((await fetch(`${origin}/robots.txt`)).ok) return { origin, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`the production server did not start on ${origin}:\n${log}`);
}
