// The load of `npm run bench:durable`: virtual readers saving and unsaving
// stories and following and unfollowing tags, each reader one request at a
// time, with a ledger of what the servers confirmed to each reader about each
// story and tag. Plain fetch rather than autocannon: every answer is matched to
// the write it answers, and a request that failed after it was sent must be
// told apart from one refused before it was.
import { performance } from "node:perf_hooks";

export type Kind = "bookmark" | "follow";

/** One reader and one story or tag: what the reader was last told, and what is unknown since. */
/** A reader of the run, signed in by the cookie made for them. */
export type Reader = { id: string; cookie: string };

export type Pair = {
  kind: Kind;
  readerId: string;
  item: string;
  /** The last state a server confirmed, or null when a request sent since has no answer (its fate is unknown). */
  expected: boolean | null;
  /** The last confirmed state, even when something unknown came after it. */
  lastConfirmed: boolean;
  /** The states that unanswered requests since the last confirmation asked for. */
  unanswered: boolean[];
  confirmed: number;
  failedAfterSend: number;
};

export type Outcome = "2xx" | "4xx" | "5xx" | "network" | "refused";

export type Counters = { sent: number; ok: number; c4xx: number; c5xx: number; network: number; refused: number };

export type LoadOptions = {
  servers: string[];
  readers: Reader[];
  storyIds: number[];
  tagSlugs: string[];
  concurrency: number;
  seconds: number;
  maxRequests: number;
  timeoutMs: number;
};

/** SQLITE_BUSY as better-sqlite3 and libSQL word it. */
export const BUSY = /SQLITE_BUSY|database is locked/i;

export function zero(): Counters {
  return { sent: 0, ok: 0, c4xx: 0, c5xx: 0, network: 0, refused: 0 };
}

export class Load {
  readonly pairs = new Map<string, Pair>();
  readonly totals = zero();
  readonly perServer: Counters[];
  /** Requests sent to each server and not yet answered. */
  readonly inFlight: number[];
  /** Network failures after sending, by error code. */
  readonly networkErrors: Record<string, number> = {};
  /** When they happened (seconds into the run), which server, what error: the first 50. */
  readonly networkEvents: { at: number; server: number; code: string }[] = [];
  readonly statuses: Record<string, number> = {};
  /** Bodies of non-2xx answers, the first few. */
  readonly samples: string[] = [];
  /** 2xx answers that said the opposite of the write they answer. */
  wrongAnswers = 0;
  busyBodies = 0;
  readonly latencies: number[] = [];
  /** Counters for a window of the run (the rolling restart), while open. */
  private window: Counters | null = null;
  private nextServer = 0;
  /** Writes begun, for the request cap (counted before they are sent, so the cap is never overshot). */
  private issued = 0;
  private startedAt = 0;
  private endedAt = 0;

  constructor(private readonly options: LoadOptions) {
    this.perServer = options.servers.map(() => zero());
    this.inFlight = options.servers.map(() => 0);
  }

  /** The load's duration: so far while it runs, then its length. */
  get elapsedSeconds(): number {
    return ((this.endedAt || performance.now()) - this.startedAt) / 1000;
  }

  /** Seconds since the load began, still counting after it ended. */
  sinceStart(): number {
    return (performance.now() - this.startedAt) / 1000;
  }

  openWindow(): Counters {
    this.window = zero();
    return this.window;
  }

  closeWindow() {
    this.window = null;
  }

  /** Runs the virtual readers until the time or the request cap runs out. */
  async run(): Promise<void> {
    const { readers, concurrency, seconds } = this.options;
    this.startedAt = performance.now();
    const deadline = this.startedAt + seconds * 1000;
    // Each worker owns a slice of the readers, so no reader ever has two requests in flight.
    const workers = Array.from({ length: Math.min(concurrency, readers.length) }, (_, w) =>
      this.worker(
        readers.filter((_, i) => i % concurrency === w),
        deadline,
      ),
    );
    await Promise.all(workers);
    this.endedAt = performance.now();
  }

  private async worker(mine: Reader[], deadline: number) {
    const { storyIds, tagSlugs, maxRequests } = this.options;
    while (performance.now() < deadline && this.issued < maxRequests) {
      this.issued++;
      const reader = pick(mine);
      const kind: Kind = Math.random() < 0.5 ? "bookmark" : "follow";
      const item = kind === "bookmark" ? String(pick(storyIds)) : pick(tagSlugs);
      await this.write(reader, kind, item, Math.random() < 0.5, deadline);
    }
  }

  private pair(reader: Reader, kind: Kind, item: string): Pair {
    const key = `${kind}|${reader.id}|${item}`;
    let pair = this.pairs.get(key);
    if (!pair) {
      // A fresh reader has saved and followed nothing.
      pair = { kind, readerId: reader.id, item, expected: false, lastConfirmed: false, unanswered: [], confirmed: 0, failedAfterSend: 0 };
      this.pairs.set(key, pair);
    }
    return pair;
  }

  private count(server: number, outcome: Outcome) {
    for (const counters of [this.totals, this.perServer[server]!, this.window]) {
      if (!counters) continue;
      if (outcome === "refused") {
        counters.refused++;
        continue;
      }
      counters.sent++;
      if (outcome === "2xx") counters.ok++;
      else if (outcome === "4xx") counters.c4xx++;
      else if (outcome === "5xx") counters.c5xx++;
      else counters.network++;
    }
  }

  /**
   * One write, as Save and Follow send it (components/library/save-button.tsx,
   * follow-button.tsx): PUT to set, DELETE to clear, no body, the session
   * cookie, and the Origin and Sec-Fetch-Site a browser adds to a same-origin
   * fetch. Refused connections (nothing sent) move on to the next server.
   */
  private async write(reader: Reader, kind: Kind, item: string, on: boolean, deadline: number) {
    const { servers, timeoutMs } = this.options;
    const pair = this.pair(reader, kind, item);
    const path = kind === "bookmark" ? `/api/bookmarks/${item}` : `/api/follows/${item}`;
    let refusedInARow = 0;
    for (;;) {
      if (performance.now() >= deadline) return; // never sent: the ledger stands
      const server = this.nextServer++ % servers.length;
      const origin = servers[server]!;
      const started = performance.now();
      let response: Response;
      let body: string;
      this.inFlight[server]!++;
      try {
        response = await fetch(`${origin}${path}`, {
          method: on ? "PUT" : "DELETE",
          headers: { accept: "application/json", cookie: reader.cookie, origin, "sec-fetch-site": "same-origin" },
          signal: AbortSignal.timeout(timeoutMs),
        });
        body = await response.text();
      } catch (error) {
        const code = errorCode(error);
        if (code === "ECONNREFUSED") {
          this.count(server, "refused");
          // Every server refused: one is restarting and the other is not up yet; wait a moment.
          if (++refusedInARow >= servers.length) await sleep(50);
          continue;
        }
        this.count(server, "network");
        this.networkErrors[code] = (this.networkErrors[code] ?? 0) + 1;
        if (this.networkEvents.length < 50) this.networkEvents.push({ at: Number(this.elapsedSeconds.toFixed(2)), server, code });
        pair.expected = null;
        pair.unanswered.push(on);
        pair.failedAfterSend++;
        return;
      } finally {
        this.inFlight[server]!--;
      }
      this.latencies.push(performance.now() - started);
      this.statuses[response.status] = (this.statuses[response.status] ?? 0) + 1;
      if (BUSY.test(body)) this.busyBodies++;
      if (response.ok) {
        this.count(server, "2xx");
        const answer = parseAnswer(body, kind === "bookmark" ? "saved" : "following");
        if (answer !== on) this.wrongAnswers++;
        pair.expected = answer ?? null;
        if (answer !== undefined) {
          pair.lastConfirmed = answer;
          pair.unanswered = [];
        }
        pair.confirmed++;
        return;
      }
      this.count(server, response.status >= 500 ? "5xx" : "4xx");
      if (this.samples.length < 5) this.samples.push(`${response.status} ${on ? "PUT" : "DELETE"} ${path}: ${body.slice(0, 300)}`);
      // A 5xx may have come after the write committed; a 4xx is a refusal before any write.
      if (response.status >= 500) {
        pair.expected = null;
        pair.unanswered.push(on);
      }
      return;
    }
  }
}

function pick<T>(items: readonly T[]): T {
  return items[Math.floor(Math.random() * items.length)]!;
}

function sleep(ms: number) {
  return new Promise((r) => setTimeout(r, ms));
}

function parseAnswer(body: string, field: "saved" | "following"): boolean | undefined {
  try {
    const value = (JSON.parse(body) as Record<string, unknown>)[field];
    return typeof value === "boolean" ? value : undefined;
  } catch {
    return undefined;
  }
}

/** fetch's failure reason: the socket error's code (ECONNREFUSED, ECONNRESET, UND_ERR_SOCKET…), or TimeoutError. */
function errorCode(error: unknown): string {
  if (error instanceof Error && error.name === "TimeoutError") return "timeout";
  let cause: unknown = error instanceof Error ? error.cause : undefined;
  // Several addresses tried: an AggregateError of the attempts.
  if (cause instanceof AggregateError) cause = cause.errors[0];
  const code = (cause as { code?: unknown } | undefined)?.code;
  return typeof code === "string" ? code : error instanceof Error ? error.message : String(error);
}

/** The p-th percentile (0–100) of samples, in their unit; 0 when empty. */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return 0;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
