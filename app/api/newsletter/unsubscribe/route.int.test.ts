// Integration: the unsubscribe link's handlers on a real SQLite file. Opening
// the link changes nothing (mail scanners open links); the page's button and
// the RFC 8058 one-click POST unsubscribe; bodies are read under the cap.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppDatabase } from "@/db/client";
import type * as NewsletterQueries from "@/db/queries/newsletter";
import type * as Tokens from "@/lib/newsletter/tokens";

type Handler = (request: NextRequest, context: unknown) => Promise<Response>;

let db: AppDatabase;
let cleanup: () => Promise<void>;
// Imported after the environment is set (lib/env reads it once).
let q: typeof NewsletterQueries;
let tokens: typeof Tokens;
let oneClick: { GET: Handler; POST: Handler };
let confirm: Handler;
let resubscribe: Handler;

const SITE = "http://localhost:3000";

beforeAll(async () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ai-wins-unsubscribe-")), "test.db");
  Object.assign(process.env, {
    // The cluster test runner's libSQL database, when it set one (createTempDatabase then uses it too).
    DATABASE_URL: process.env.TEST_DATABASE_URL ?? `file:${file}`,
    NEXTAUTH_SECRET: "u".repeat(40),
    SITE_URL: SITE,
  });
  ({ db, cleanup } = await (await import("@/test/temp-db")).createTempDatabase(file));
  q = await import("@/db/queries/newsletter");
  tokens = await import("@/lib/newsletter/tokens");
  oneClick = await import("./route");
  ({ POST: confirm } = await import("./confirm/route"));
  ({ POST: resubscribe } = await import("../resubscribe/route"));
});
afterAll(async () => {
  await cleanup();
});

let counter = 0;
async function activeSubscriber() {
  const subscriber = await q.savePreferences(db, `reader-${++counter}@example.org`, { subscribed: true, frequency: "weekly", content: "all" });
  return { ...subscriber, token: await tokens.signSubscriberToken("manage", subscriber) };
}
const statusOf = async (id: string) => (await q.getSubscriberById(db, id))?.status;

function request(url: string, init: RequestInit & { duplex?: "half" } = {}) {
  return new NextRequest(new URL(url, SITE), init as ConstructorParameters<typeof NextRequest>[1]);
}

/** The button's plain form post, as a browser on our page sends it. */
function buttonPost(token: string, headers: Record<string, string> = {}) {
  return request("/api/newsletter/unsubscribe/confirm", {
    method: "POST",
    body: new URLSearchParams({ token }).toString(),
    headers: { "content-type": "application/x-www-form-urlencoded", origin: SITE, "sec-fetch-site": "same-origin", ...headers },
  });
}

describe("opening the unsubscribe link", () => {
  it("changes nothing and leads to the page with the Unsubscribe button", async () => {
    const s = await activeSubscriber();
    const response = await oneClick.GET(request(`/api/newsletter/unsubscribe?token=${s.token}`), {});
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/newsletter/unsubscribe?token=${encodeURIComponent(s.token)}`);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(await statusOf(s.id)).toBe("active");
  });

  it("leads a broken link to the same page, which says it does not work", async () => {
    const response = await oneClick.GET(request("/api/newsletter/unsubscribe?token=forged.AAAA"), {});
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/newsletter/unsubscribe?token=forged.AAAA");
  });
});

describe("the page's Unsubscribe button", () => {
  it("unsubscribes and shows the result, from which Undo resubscribes", async () => {
    const s = await activeSubscriber();
    const response = await confirm(buttonPost(s.token), {});
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/newsletter/unsubscribed?token=${encodeURIComponent(s.token)}`);
    expect(await statusOf(s.id)).toBe("unsubscribed");

    const undo = await resubscribe(buttonPost(s.token), {});
    expect(undo.headers.get("location")).toBe(`/newsletter/unsubscribed?token=${encodeURIComponent(s.token)}`);
    expect(await statusOf(s.id)).toBe("active");
  });

  it("sends a forged, missing or malformed token to the page that says the link does not work", async () => {
    const s = await activeSubscriber();
    const forged = s.token.replace(/\.(.)/, (_m, c: string) => `.${c === "A" ? "B" : "A"}`);
    for (const token of [forged, "", "x".repeat(700)]) {
      const response = await confirm(buttonPost(token), {});
      expect(response.status).toBe(303);
      expect(response.headers.get("location")).toBe("/newsletter/unsubscribed?error=invalid");
    }
    // A confirm token is not a manage token.
    const wrongPurpose = await tokens.signSubscriberToken("confirm", s);
    expect((await confirm(buttonPost(wrongPurpose), {})).headers.get("location")).toBe("/newsletter/unsubscribed?error=invalid");
    expect(await statusOf(s.id)).toBe("active");
  });

  it("refuses a post from another site", async () => {
    const s = await activeSubscriber();
    const response = await confirm(buttonPost(s.token, { origin: "https://evil.example", "sec-fetch-site": "cross-site" }), {});
    expect(response.status).toBe(403);
    expect((await response.json()).error.code).toBe("forbidden:origin");
    expect(await statusOf(s.id)).toBe("active");
  });
});

describe("the RFC 8058 one-click POST", () => {
  const post = (token: string, body: BodyInit, headers: Record<string, string> = {}) =>
    request(`/api/newsletter/unsubscribe?token=${token}`, { method: "POST", body, headers, duplex: "half" });

  it("unsubscribes without cookies or Origin, multipart, form-encoded or unlabelled", async () => {
    const multipart = new FormData();
    multipart.set("List-Unsubscribe", "One-Click");
    const bodies: [BodyInit, Record<string, string>][] = [
      [multipart, {}],
      ["List-Unsubscribe=One-Click", { "content-type": "application/x-www-form-urlencoded" }],
      ["List-Unsubscribe=One-Click\r\n", { "content-type": "text/plain" }],
    ];
    for (const [body, headers] of bodies) {
      const s = await activeSubscriber();
      const response = await oneClick.POST(post(s.token, body, headers), {});
      expect(response.status).toBe(200);
      expect(await response.text()).toBe("You are unsubscribed from AI Wins.\n");
      expect(await statusOf(s.id)).toBe("unsubscribed");
    }
  });

  it("still answers a forged token 400 and any other body 422", async () => {
    const s = await activeSubscriber();
    const forged = await oneClick.POST(post("forged.AAAA", "List-Unsubscribe=One-Click"), {});
    expect(forged.status).toBe(400);
    expect((await forged.json()).error.code).toBe("invalid_token");
    const other = await oneClick.POST(post(s.token, "unsubscribe=yes", { "content-type": "application/x-www-form-urlencoded" }), {});
    expect(other.status).toBe(422);
    expect(await statusOf(s.id)).toBe("active");
  });

  it("answers a chunked body over the cap 413 as soon as it passes the cap, without reading the rest", async () => {
    const s = await activeSubscriber();
    for (const type of ["multipart/form-data; boundary=b", "application/x-www-form-urlencoded", "text/plain"]) {
      const body = oversizedBody();
      const response = await oneClick.POST(post(s.token, body.stream, { "content-type": type }), {});
      expect(response.status).toBe(413);
      expect((await response.json()).error.code).toBe("payload_too_large");
      expect(response.headers.get("cache-control")).toBe("private, no-store");
      // The 17th 1 KB chunk passes the 16 KB cap; the other 65,519 are never pulled.
      expect(body.pulled()).toBe(17);
    }
    expect(await statusOf(s.id)).toBe("active");
  });
});

/** A 64 MB chunked one-click body (no Content-Length), in 1 KB chunks pulled only when read. */
function oversizedBody() {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (pulled >= 64 * 1024) return controller.close();
        pulled++;
        controller.enqueue(new TextEncoder().encode(pulled === 1 ? "List-Unsubscribe=One-Click&pad=".padEnd(1024, "x") : "x".repeat(1024)));
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, pulled: () => pulled };
}
