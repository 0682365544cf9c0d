// /api/auth/* – next-auth: sessions, OAuth and the email callback that signs people in
import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { jsonError, readBytes, seeOther } from "@/lib/api/route";
import { getAuthOptions } from "@/lib/auth/options";
import { clearTicketCookie, isValidTicket, TICKET_COOKIE } from "@/lib/auth/sign-in-ticket";
import { AppError } from "@/lib/errors";

type Context = { params: Promise<{ nextauth: string[] }> };

async function handler(request: NextRequest, context: Context) {
  return NextAuth(request, context, await getAuthOptions());
}

export async function GET(request: NextRequest, context: Context) {
  const [action, provider] = (await context.params).nextauth;
  if (action !== "callback" || provider !== "email") return handler(request, context);
  // The email callback runs only when handed over by POST /api/signin/verify.
  const email = request.nextUrl.searchParams.get("email") ?? "";
  const code = request.nextUrl.searchParams.get("token") ?? "";
  const secure = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  if (!(await isValidTicket(request.cookies.get(TICKET_COOKIE)?.value, email, code))) {
    const response = seeOther(`/signin?error=ticket&email=${encodeURIComponent(email)}`);
    response.headers.append("Set-Cookie", clearTicketCookie(secure));
    return response;
  }
  const response = await handler(request, context);
  response.headers.append("Set-Cookie", clearTicketCookie(secure));
  return response;
}

export async function POST(request: NextRequest, context: Context) {
  const [action, provider] = (await context.params).nextauth;
  // Email sign-in goes through POST /api/signin and /api/signin/verify, which
  // validate, rate-limit and hand over to the callback above.
  if (provider === "email" && (action === "signin" || action === "callback")) {
    return jsonError(new AppError("not_found", "Request a sign-in email with POST /api/signin.", 404));
  }
  // next-auth reads the whole body itself (req.text(), req.json()): hand it a
  // copy read under the shared cap instead (sign-out and OAuth forms are tiny).
  let body: Uint8Array<ArrayBuffer>;
  try {
    body = await readBytes(request);
  } catch (error) {
    if (error instanceof AppError) return jsonError(error);
    throw error;
  }
  return handler(new NextRequest(request.url, { method: "POST", headers: request.headers, body }), context);
}
