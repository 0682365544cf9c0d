// The shared shape of every route handler: errors become
// `{ error: { code, message } }` with their status, bodies are parsed with zod
// under a size limit, and mutating requests from other sites are refused.
import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import type { z, ZodType } from "zod";
import { CLIENT_ADDRESS_HEADER, rateLimitKeyOf } from "@/lib/client-address.mjs";
import { AppError } from "@/lib/errors";
import { site } from "@/lib/site";

export function jsonError(error: AppError): NextResponse {
  return NextResponse.json(
    { error: { code: error.code, message: error.message, ...(error.fields && { fields: error.fields }) } },
    { status: error.status, headers: error.headers },
  );
}

/** What a JSON answer says to caches when its handler says nothing: most are personal. */
const DEFAULT_CACHE_CONTROL = "private, no-store";

/**
 * Wraps a handler so that no failure escapes as an HTML 500 or a stack trace.
 * Every answer without a Cache-Control of its own (errors included) gets
 * `private, no-store`: a shared cache must never keep one reader's answer for
 * another. Public answers (the site and topic feeds) set their own.
 */
export function route<Ctx>(handler: (request: NextRequest, context: Ctx) => Promise<Response>) {
  return async (request: NextRequest, context: Ctx): Promise<Response> => {
    let response: Response;
    try {
      response = await handler(request, context);
    } catch (error) {
      if (error instanceof AppError) {
        response = jsonError(error);
      } else {
        // A personal feed's path holds its secret token: keep it out of the logs.
        const path = request.nextUrl.pathname.replace(/^\/feeds\/[^/]+/, "/feeds/[token]");
        console.error(`${request.method} ${path} failed:`, error);
        response = NextResponse.json(
          { error: { code: "internal", message: "Something went wrong on our side. Please try again." } },
          { status: 500 },
        );
      }
    }
    return withDefaultCacheControl(response);
  };
}

function withDefaultCacheControl(response: Response): Response {
  if (response.headers.has("cache-control")) return response;
  try {
    response.headers.set("Cache-Control", DEFAULT_CACHE_CONTROL);
    return response;
  } catch {
    // Some responses (Response.redirect, say) have immutable headers: copy them.
    const copy = new Response(response.body, response);
    copy.headers.set("Cache-Control", DEFAULT_CACHE_CONTROL);
    return copy;
  }
}

const DEFAULT_MAX_BYTES = 16 * 1024;

type ReadOptions = { maxBytes?: number };

function tooLarge(maxBytes: number) {
  return new AppError("payload_too_large", `The request body is over ${maxBytes} bytes.`, 413);
}

/**
 * The body's bytes, refused with 413 past `maxBytes`: at once when
 * Content-Length says so, otherwise (a chunked body) as soon as the stream
 * passes the cap, without reading the rest. Every handler reads its body
 * through here (or the helpers below), never with request.text()/json()/formData().
 */
export async function readBytes(request: Request, { maxBytes = DEFAULT_MAX_BYTES }: ReadOptions = {}): Promise<Uint8Array<ArrayBuffer>> {
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      // The client went away mid-body, or the body was already read.
      throw new AppError("bad_request:body", "The request body could not be read.", 400);
    }
    if (chunk.done) break;
    size += chunk.value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge(maxBytes);
    }
    chunks.push(chunk.value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** The body as UTF-8 text, under the same cap as readBytes. */
export async function readText(request: Request, options: ReadOptions = {}): Promise<string> {
  return new TextDecoder().decode(await readBytes(request, options));
}

/**
 * A form body (multipart/form-data or URL-encoded) under the cap, parsed by
 * the platform from the bytes already read; null when it is not a valid form.
 */
export async function readFormData(request: Request, options: ReadOptions = {}): Promise<FormData | null> {
  const type = request.headers.get("content-type") ?? "";
  const bytes = await readBytes(request, options);
  try {
    return await new Response(bytes, { headers: { "content-type": type } }).formData();
  } catch {
    return null;
  }
}

/**
 * Reads a JSON or form-encoded body into a plain value. Too large → 413, not
 * JSON or form → 415, malformed JSON → 400.
 */
export async function readBody(request: Request, options: ReadOptions = {}): Promise<unknown> {
  const text = await readText(request, options);
  const type = request.headers.get("content-type") ?? "";
  if (type.includes("application/x-www-form-urlencoded")) return Object.fromEntries(new URLSearchParams(text));
  if (type.includes("application/json") || type === "") {
    try {
      return text === "" ? {} : JSON.parse(text);
    } catch {
      throw new AppError("bad_request:json", "The request body is not valid JSON.", 400);
    }
  }
  throw new AppError("unsupported_media_type", "Send JSON or a form-encoded body.", 415);
}

/**
 * Validates a body; invalid fields → 422. The message names the first problem;
 * `fields` holds one message per field, for forms to show beside each input.
 */
export function validateBody<T extends ZodType>(schema: T, data: unknown): z.infer<T> {
  const result = schema.safeParse(data);
  if (!result.success) {
    const fields: Record<string, string> = {};
    for (const issue of result.error.issues) {
      const path = issue.path.map(String).join(".") || "_";
      fields[path] ??= issue.message;
    }
    const issue = result.error.issues[0];
    const field = issue?.path.join(".");
    throw new AppError("invalid_input", `${field ? `${field}: ` : ""}${issue?.message ?? "Invalid input"}`, 422, {}, fields);
  }
  return result.data;
}

/** readBody, then validateBody. */
export async function parseBody<T extends ZodType>(
  request: Request,
  schema: T,
  options: ReadOptions = {},
): Promise<z.infer<T>> {
  return validateBody(schema, await readBody(request, options));
}

/** Validates route params or the query string; failures are 400 with the first problem. */
export function parseParams<T extends ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue?.path.join(".");
    throw new AppError("bad_request", `${field ? `${field}: ` : ""}${issue?.message ?? "Invalid request"}`, 400);
  }
  return result.data;
}

/** The query string as a plain object (first value of each key). */
export function searchParamsOf(request: NextRequest): Record<string, string> {
  return Object.fromEntries(request.nextUrl.searchParams);
}

/**
 * Refuses a mutating request sent by another site (CSRF). Browsers always send
 * Origin on POST/PUT/DELETE; clients without one (curl, scripts) carry no
 * ambient cookies of ours by accident, so they pass.
 */
export function assertSameOrigin(request: NextRequest): void {
  const origin = request.headers.get("origin");
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite === "cross-site" || origin === "null") throw crossSite();
  if (!origin) return;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw crossSite();
  }
  // The host the browser addressed (a reverse proxy passes it on as X-Forwarded-Host).
  const requestHost = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (originHost !== requestHost && origin !== new URL(site.url).origin) throw crossSite();
}

function crossSite() {
  return new AppError("forbidden:origin", "This request came from another site.", 403);
}

/**
 * The key a client is rate limited under: its address as server/main.mjs
 * derived it (the socket's, or X-Forwarded-For's only with TRUST_PROXY set),
 * an IPv6 address by its /64 (lib/client-address.mjs). Under `next dev`,
 * which has no such server, Next's own X-Forwarded-For is read instead.
 */
export function clientIp(request: NextRequest): string | null {
  const address =
    request.headers.get(CLIENT_ADDRESS_HEADER) ??
    (process.env.NODE_ENV === "production" ? null : request.headers.get("x-forwarded-for")?.split(",").at(-1)?.trim());
  return address ? rateLimitKeyOf(address) : null;
}

/** A browser form post (no JavaScript) wants a page back, not JSON. */
export function wantsHtml(request: Request): boolean {
  return (request.headers.get("accept") ?? "").includes("text/html");
}

/**
 * 303: after a form POST, the browser GETs the next page (post/redirect/get).
 * The Location is relative, so the browser stays on whatever host it used.
 */
export function seeOther(path: string): Response {
  return new Response(null, { status: 303, headers: { Location: path } });
}
