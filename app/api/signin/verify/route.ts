// POST /api/signin/verify – check an emailed link or code, then let next-auth sign the person in
import { getDb } from "@/db/client";
import { recordFailedCode, verificationState } from "@/db/queries/auth-adapter";
import { assertSameOrigin, parseBody, route, seeOther } from "@/lib/api/route";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { getAuthSecret } from "@/lib/auth/secret";
import { hashSignInCode } from "@/lib/auth/tokens";
import { AppError } from "@/lib/errors";
import { signInVerifySchema } from "@/lib/schemas/auth";

// A form endpoint: it always answers 303 to a page that explains the outcome.
export const POST = route(async (request) => {
  let body;
  try {
    assertSameOrigin(request);
    body = await parseBody(request, signInVerifySchema);
  } catch (error) {
    if (error instanceof AppError) return seeOther(`/signin?error=${error.code.split(":")[0]}`);
    throw error;
  }
  const { email, code, source } = body;
  const callbackPath = safeCallbackPath(body.callbackUrl);
  const db = getDb();
  const state = verificationState(db, { identifier: email, token: hashSignInCode(code, getAuthSecret()) });

  if (state !== "valid") {
    if (state === "invalid") recordFailedCode(db, email);
    const params = new URLSearchParams({ error: state, email, callbackUrl: callbackPath });
    return seeOther(source === "code" ? `/signin/check-email?${params}` : `/signin?${params}`);
  }
  // next-auth's callback consumes the token (once), creates the session and sets its cookie.
  const callback = new URLSearchParams({ callbackUrl: callbackPath, token: code, email });
  return seeOther(`/api/auth/callback/email?${callback}`);
});
