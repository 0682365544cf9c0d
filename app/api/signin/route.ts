// POST /api/signin – email a sign-in link and 6-digit code (JSON, or a plain form post)
import { assertSameOrigin, clientIp, jsonError, parseBody, route, seeOther, wantsHtml } from "@/lib/api/route";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { requestSignInEmail } from "@/lib/auth/sign-in-request";
import { AppError } from "@/lib/errors";
import { signInRequestSchema } from "@/lib/schemas/auth";

export const POST = route(async (request) => {
  const html = wantsHtml(request);
  let email = "";
  let callbackPath = "/";
  try {
    assertSameOrigin(request);
    const body = await parseBody(request, signInRequestSchema);
    email = body.email;
    callbackPath = safeCallbackPath(body.callbackUrl);
    await requestSignInEmail({ email, callbackPath, ip: clientIp(request) });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (!html) return jsonError(error);
    // Without JavaScript: back to the form, with the message and what was typed.
    const params = new URLSearchParams({ error: error.code.split(":")[0]!, callbackUrl: callbackPath });
    if (email) params.set("email", email);
    return seeOther(`/signin?${params}`);
  }
  if (html) return seeOther(`/signin/check-email?${new URLSearchParams({ email, callbackUrl: callbackPath })}`);
  return Response.json({ ok: true, email });
});
