// /api/auth/* – next-auth: sessions, OAuth and the email callback that signs people in
import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { jsonError } from "@/lib/api/route";
import { getAuthOptions } from "@/lib/auth/options";
import { AppError } from "@/lib/errors";

type Context = { params: Promise<{ nextauth: string[] }> };

function handler(request: NextRequest, context: Context) {
  return NextAuth(request, context, getAuthOptions());
}

export { handler as GET };

export async function POST(request: NextRequest, context: Context) {
  // Email sign-in requests go through POST /api/signin, which validates and rate-limits them.
  const [action, provider] = (await context.params).nextauth;
  if (action === "signin" && provider === "email") {
    return jsonError(new AppError("not_found", "Request a sign-in email with POST /api/signin.", 404));
  }
  return handler(request, context);
}
