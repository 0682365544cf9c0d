// Save buttons ask whether their story is saved; the ones rendered together
// (a feed page's twenty cards) are answered by one GET /api/me/saved.
import { MAX_SAVED_QUERY } from "@/lib/me";
import { fetcher } from "./fetcher";

type Waiting = { id: number; resolve: (saved: boolean) => void; reject: (error: unknown) => void };
let queue: Waiting[] = [];

async function flush() {
  const batch = queue;
  queue = [];
  for (let i = 0; i < batch.length; i += MAX_SAVED_QUERY) {
    const part = batch.slice(i, i + MAX_SAVED_QUERY);
    const ids = [...new Set(part.map((w) => w.id))];
    try {
      const { saved } = await fetcher<{ saved: number[] }>(`/api/me/saved?stories=${ids.join(",")}`);
      const set = new Set(saved);
      for (const w of part) w.resolve(set.has(w.id));
    } catch (error) {
      for (const w of part) w.reject(error);
    }
  }
}

/** Whether the signed-in reader has saved this story, asked together with every other Save button on the page. */
export function isSaved(id: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    if (queue.length === 0) setTimeout(flush, 0);
    queue.push({ id, resolve, reject });
  });
}
