// Asking for a sign-in email: rate limited per address, per network and
// site-wide (lib/auth/limits.ts), then a fresh code and link token are stored
// (hashed) and mailed. Says nothing about whether the address has an account.
import "server-only";
import { getDb } from "@/db/client";
import { issueSignInTokens } from "@/db/queries/auth-adapter";
import { pruneRateLimits } from "@/db/queries/rate-limits";
import { AppError } from "@/lib/errors";
import { sendEmail } from "@/lib/mail/send";
import { signInEmail } from "@/lib/mail/sign-in-email";
import { EMAILS_SITE_WIDE, emailsPerAddress, emailsPerNetwork, enforce, paceSiteWide } from "./limits";
import { signInLinkUrl } from "./options";
import { getAuthSecret } from "./secret";
import { generateSignInCode, generateSignInLinkToken, hashSignInCode, SIGN_IN_CODE_MINUTES } from "./tokens";

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
  // The network's and the site's limits first: a request they refuse must not
  // spend the address's budget, or a stranger could spend it for the owner.
  if (ip) await enforce(db, `sign-in:ip:${ip}`, emailsPerNetwork(), "sign-in requests from your network");
  await paceSiteWide(db, "sign-in:all", EMAILS_SITE_WIDE);
  for (const limit of emailsPerAddress()) await enforce(db, `sign-in:email:${limit.windowMs}:${email}`, limit, "sign-in requests for this address");
  if (Math.random() < 0.05) await pruneRateLimits(db);

  const code = generateSignInCode();
  const link = generateSignInLinkToken();
  const secret = await getAuthSecret();
  await issueSignInTokens(db, {
    identifier: email,
    code: hashSignInCode(code, secret),
    link: hashSignInCode(link, secret),
    expires: new Date(Date.now() + SIGN_IN_CODE_MINUTES * 60_000),
  });
  try {
    await sendEmail(
      signInEmail({ to: email, url: signInLinkUrl(email, link, callbackPath), code, minutes: SIGN_IN_CODE_MINUTES }),
    );
  } catch (error) {
    console.error("Sending a sign-in email failed:", error);
    throw new AppError("mail_failed", "We could not send the email just now. Please try again in a minute.", 503);
  }
}
