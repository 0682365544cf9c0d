// Integration: the shared route wrapper as Next runs it, with real Request
// bodies (streams, chunked or with a length): reading under a cap, and the
// Cache-Control every answer gets.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { parseBody, readBody, readFormData, readText, route } from "./route";

const KB = 1024;

/** A chunked body (no Content-Length) of `total` bytes in 1 KB chunks, counting how many were pulled. */
function chunkedBody(total = 64 * KB * KB) {
  const state = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (state.pulled * KB >= total) return controller.close();
        state.pulled++;
        controller.enqueue(new Uint8Array(KB).fill(0x61));
      },
      cancel() {
        state.cancelled = true;
      },
    },
    // Pulled only when read, so the count is what the reader took.
    { highWaterMark: 0 },
  );
  return { stream, state };
}

type NextRequestInit = NonNullable<ConstructorParameters<typeof NextRequest>[1]>;

function post(body: BodyInit | null, headers: Record<string, string> = {}) {
  // duplex: a stream body is sent as it is read (what Node's fetch requires of one).
  return new NextRequest("http://localhost:3000/api/test", { method: "POST", body, headers, duplex: "half" } as NextRequestInit);
}

const noContext = {};

describe("reading a body under a cap", () => {
  it("refuses a chunked body past the cap with 413 as soon as it passes it, without reading the rest", async () => {
    const { stream, state } = chunkedBody();
    const handler = route(async (request) => Response.json(await parseBody(request, z.object({}).passthrough())));
    const response = await handler(post(stream, { "content-type": "application/json" }), noContext);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: { code: "payload_too_large", message: "The request body is over 16384 bytes." } });
    // The 17th 1 KB chunk crosses 16 KB; the other 65,519 are never pulled.
    expect(state.pulled).toBe(17);
    expect(state.cancelled).toBe(true);
  });

  it("refuses a Content-Length over the cap without reading a byte", async () => {
    const { stream, state } = chunkedBody();
    const request = post(stream, { "content-type": "application/json", "content-length": String(64 * KB * KB) });
    await expect(readBody(request)).rejects.toMatchObject({ status: 413, code: "payload_too_large" });
    expect(state.pulled).toBe(0);
  });

  it("reads a body under the cap whole, and honours a larger cap where a handler sets one", async () => {
    const { stream } = chunkedBody(20 * KB);
    expect((await readText(post(stream), { maxBytes: 32 * KB })).length).toBe(20 * KB);
    const form = new URLSearchParams({ token: "abc" }).toString();
    expect(await readBody(post(form, { "content-type": "application/x-www-form-urlencoded" }))).toEqual({ token: "abc" });
  });

  it("parses multipart/form-data from the capped bytes, and refuses it past the cap", async () => {
    const small = new FormData();
    small.set("List-Unsubscribe", "One-Click");
    const encoded = new Request("http://localhost/", { method: "POST", body: small });
    const type = encoded.headers.get("content-type")!;
    const bytes = new Uint8Array(await encoded.arrayBuffer());
    expect((await readFormData(post(bytes, { "content-type": type })))?.get("List-Unsubscribe")).toBe("One-Click");
    expect(await readFormData(post("not a form", { "content-type": "multipart/form-data; boundary=x" }))).toBeNull();

    const { stream, state } = chunkedBody();
    await expect(readFormData(post(stream, { "content-type": type }))).rejects.toMatchObject({ status: 413 });
    expect(state.pulled).toBeLessThan(20);
  });

  it("answers a body that cannot be read with 400, not 500", async () => {
    const broken = new ReadableStream<Uint8Array>({
      pull() {
        throw new Error("connection reset");
      },
    });
    const response = await route(async (request) => Response.json(await readBody(request)))(post(broken), noContext);
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe("bad_request:body");
  });
});

describe("Cache-Control from route()", () => {
  const get = () => new NextRequest("http://localhost:3000/api/test");
  const cacheControl = async (handler: () => Promise<Response>) => (await route(handler)(get(), noContext)).headers.get("cache-control");

  it("marks every answer without one of its own private, no-store: JSON, errors, redirects", async () => {
    expect(await cacheControl(async () => Response.json({ mine: true }))).toBe("private, no-store");
    expect(await cacheControl(async () => new Response(null, { status: 303, headers: { Location: "/x" } }))).toBe("private, no-store");
    // Response.redirect's headers cannot be changed: the answer is copied.
    const redirect = await route(async () => Response.redirect("http://localhost:3000/elsewhere", 307))(get(), noContext);
    expect(redirect.status).toBe(307);
    expect(redirect.headers.get("location")).toBe("http://localhost:3000/elsewhere");
    expect(redirect.headers.get("cache-control")).toBe("private, no-store");
    expect(
      await cacheControl(async () => {
        throw new AppError("not_found:thing", "No such thing.", 404);
      }),
    ).toBe("private, no-store");
    const original = console.error;
    console.error = () => {};
    try {
      expect(
        await cacheControl(async () => {
          throw new Error("boom");
        }),
      ).toBe("private, no-store");
    } finally {
      console.error = original;
    }
  });

  it("keeps a handler's own Cache-Control, on answers and on errors", async () => {
    const publicFeed = async () => new Response("<rss/>", { headers: { "Cache-Control": "public, max-age=0, must-revalidate" } });
    expect(await cacheControl(publicFeed)).toBe("public, max-age=0, must-revalidate");
    expect(
      await cacheControl(async () => {
        throw new AppError("rate_limited", "Slow down.", 429, { "Cache-Control": "no-cache" });
      }),
    ).toBe("no-cache");
  });
});
