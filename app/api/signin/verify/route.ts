// POST /api/signin/verify – check an emailed link's token or a typed code, then let next-auth sign the person in
import { z } from "zod";
import { assertSameOrigin, clientIp, readBody, route, seeOther, validateBody } from "@/lib/api/route";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { checkSignInCode } from "@/lib/auth/check-code";
import { ticketCookie } from "@/lib/auth/sign-in-ticket";
import { emailSchema } from "@/lib/email-address";
import { AppError } from "@/lib/errors";
import { signInVerifySchema } from "@/lib/schemas/auth";

/** Enough of the form to send a failure back to the page it came from. */
const returnSchema = z.object({
  email: emailSchema.catch(""),
  callbackUrl: z.string().max(2048).catch("/"),
  source: z.enum(["link", "code"]).catch("code"),
});

function back(form: z.infer<typeof returnSchema>, error: string) {
  const params = new URLSearchParams({ error, callbackUrl: safeCallbackPath(form.callbackUrl) });
  if (form.email) params.set("email", form.email);
  return seeOther(form.source === "code" && form.email ? `/signin/check-email?${params}` : `/signin?${params}`);
}

// A form endpoint: it always answers 303 to a page that explains the outcome.
export const POST = route(async (request) => {
  let raw: unknown = {};
  let body;
  try {
    assertSameOrigin(request);
    raw = await readBody(request);
    body = validateBody(signInVerifySchema, raw);
  } catch (error) {
    const form = returnSchema.parse(raw && typeof raw === "object" ? raw : {});
    if (!(error instanceof AppError)) throw error;
    return back(form, error.code === "invalid_input" ? "invalid" : error.code.split(":")[0]!);
  }
  const { email, code } = body;
  const { state } = await checkSignInCode({ email, code, ip: clientIp(request) });
  if (state !== "valid") return back({ email, callbackUrl: body.callbackUrl ?? "/", source: body.source }, state);

  // next-auth's callback consumes the token (once), creates the session and sets its cookie.
  const callback = new URLSearchParams({ callbackUrl: safeCallbackPath(body.callbackUrl), token: code, email });
  const response = seeOther(`/api/auth/callback/email?${callback}`);
  const secure = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  response.headers.append("Set-Cookie", await ticketCookie(email, code, secure));
  return response;
});
