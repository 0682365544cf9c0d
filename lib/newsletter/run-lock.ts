// One digest run at a time. The lock is a row in app_meta naming the process
// that holds it; a run that crashed leaves it behind, so it is taken over when
// its process is gone (same host) or its heartbeat is older than a minute.
import "server-only";
import os from "node:os";
import type { AppDatabase } from "@/db/client";
import { deleteMeta, replaceMeta, updateMeta } from "@/db/queries/app-meta";

const KEY = "newsletter_run_lock";
const STALE_MS = 60_000;
const HEARTBEAT_MS = 10_000;

type Holder = { pid: number; host: string; heartbeatAt: number };

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function parse(value: string | undefined): Holder | null {
  try {
    return value ? (JSON.parse(value) as Holder) : null;
  } catch {
    return null;
  }
}

/** Takes the lock, or returns null if a live run holds it. Call release() when done. */
export async function acquireRunLock(db: AppDatabase): Promise<{ release: () => Promise<void> } | null> {
  const me: Holder = { pid: process.pid, host: os.hostname(), heartbeatAt: Date.now() };
  const acquired = await replaceMeta(db, KEY, (current) => {
    const holder = parse(current);
    const free =
      !holder ||
      Date.now() - holder.heartbeatAt > STALE_MS ||
      (holder.host === me.host && holder.pid !== me.pid && !isAlive(holder.pid));
    return free ? JSON.stringify(me) : null;
  });
  if (!acquired) return null;
  const beat = setInterval(() => {
    updateMeta(db, KEY, JSON.stringify({ ...me, heartbeatAt: Date.now() }))
      // One missed beat is harmless (the lock goes stale only after STALE_MS); the next one retries.
      .catch((error: unknown) => console.error("Newsletter run lock heartbeat failed:", error));
  }, HEARTBEAT_MS);
  beat.unref();
  return {
    release: async () => {
      clearInterval(beat);
      await deleteMeta(db, KEY);
    },
  };
}
