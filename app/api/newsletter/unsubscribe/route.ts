// POST /api/newsletter/unsubscribe?token= – RFC 8058 one-click unsubscribe (List-Unsubscribe=One-Click)
// GET  /api/newsletter/unsubscribe?token= – the same link opened in a browser: the page that asks first
import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { unsubscribe } from "@/db/queries/newsletter";
import { readFormData, readText, route, seeOther } from "@/lib/api/route";
import { AppError } from "@/lib/errors";
import { verifySubscriberToken } from "@/lib/newsletter/tokens";

// Mail providers POST here from their own servers, without cookies or our
// Origin: the signed token is the whole authorization.
function subscriberFrom(request: NextRequest) {
  return verifySubscriberToken("manage", request.nextUrl.searchParams.get("token"));
}

/**
 * RFC 8058 asks for multipart/form-data and allows form-urlencoded; some
 * senders of the one-click POST label it neither. Accept all three. The body
 * is read under the shared cap (413 past it), chunked or not.
 */
async function isOneClick(request: NextRequest): Promise<boolean> {
  const type = request.headers.get("content-type") ?? "";
  if (type.includes("multipart/form-data") || type.includes("application/x-www-form-urlencoded")) {
    return (await readFormData(request))?.get("List-Unsubscribe") === "One-Click";
  }
  return new URLSearchParams((await readText(request)).trim()).get("List-Unsubscribe") === "One-Click";
}

export const POST = route(async (request) => {
  const who = await subscriberFrom(request);
  if (!who) throw new AppError("invalid_token", "This unsubscribe link is not valid.", 400);
  if (!(await isOneClick(request))) {
    throw new AppError("invalid_input", "Send List-Unsubscribe=One-Click to unsubscribe.", 422);
  }
  await unsubscribe(getDb(), who.id, who.email);
  return new Response("You are unsubscribed from AI Wins.\n", { status: 200, headers: { "Content-Type": "text/plain; charset=utf-8" } });
});

// Mail gateways open every link in a message to scan it, so opening this one
// must change nothing: it leads to the page with the Unsubscribe button (the
// address of emails sent before that page existed, and of List-Unsubscribe
// for mail apps without one-click).
export const GET = route(async (request) => {
  const token = request.nextUrl.searchParams.get("token") ?? "";
  return seeOther(`/newsletter/unsubscribe?token=${encodeURIComponent(token)}`);
});
