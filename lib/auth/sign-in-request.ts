// Asking for a sign-in email: rate limited per address, per IP and site-wide,
// then a fresh code is stored (hashed) and mailed. Says nothing about whether
// the address already has an account.
import "server-only";
import { getDb } from "@/db/client";
import { issueVerificationToken } from "@/db/queries/auth-adapter";
import { hitRateLimit, pruneRateLimits, type RateLimit } from "@/db/queries/rate-limits";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { sendEmail } from "@/lib/mail/send";
import { signInEmail } from "@/lib/mail/sign-in-email";
import { signInLinkUrl } from "./options";
import { getAuthSecret } from "./secret";
import { generateSignInCode, hashSignInCode, SIGN_IN_CODE_MINUTES } from "./tokens";

const WINDOW_MS = 15 * 60_000;
/** A ceiling for the whole site, in case addresses and IPs are both rotated. */
const SITE_WIDE: RateLimit = { limit: 1_000, windowMs: WINDOW_MS };

async function enforce(key: string, limit: RateLimit) {
  const result = await hitRateLimit(getDb(), key, limit);
  if (!result.allowed) {
    const minutes = Math.max(1, Math.ceil(result.retryAfterSeconds / 60));
    throw new AppError(
      "rate_limited:sign_in",
      `Too many sign-in requests. Please wait ${minutes} minute${minutes === 1 ? "" : "s"} and try again.`,
      429,
      { "Retry-After": String(result.retryAfterSeconds) },
    );
  }
}

export async function requestSignInEmail({
  email,
  callbackPath,
  ip,
}: {
  email: string;
  callbackPath: string;
  ip: string | null;
}): Promise<void> {
  const db = getDb();
  await enforce(`sign-in:email:${email}`, { limit: env.SIGNIN_LIMIT_PER_EMAIL, windowMs: WINDOW_MS });
  if (ip) await enforce(`sign-in:ip:${ip}`, { limit: env.SIGNIN_LIMIT_PER_IP, windowMs: WINDOW_MS });
  await enforce("sign-in:all", SITE_WIDE);
  if (Math.random() < 0.05) await pruneRateLimits(db);

  const code = generateSignInCode();
  await issueVerificationToken(db, {
    identifier: email,
    token: hashSignInCode(code, await getAuthSecret()),
    expires: new Date(Date.now() + SIGN_IN_CODE_MINUTES * 60_000),
  });
  try {
    await sendEmail(
      signInEmail({ to: email, url: signInLinkUrl(email, code, callbackPath), code, minutes: SIGN_IN_CODE_MINUTES }),
    );
  } catch (error) {
    console.error("Sending a sign-in email failed:", error);
    throw new AppError("mail_failed", "We could not send the email just now. Please try again in a minute.", 503);
  }
}
