// Signing up from the call-to-action. The answer never says whether the
// address was already subscribed, or whether it was sent anything: a
// confirmation goes out at most once per cooldown and a few times a day per
// address (db/queries/newsletter.ts), and nothing else until it is confirmed.
import "server-only";
import { getDb } from "@/db/client";
import {
  getSubscriberByEmail,
  releaseConfirmation,
  requestSubscription,
  savePreferences,
  siteWideConfirmationsRetryAfter,
} from "@/db/queries/newsletter";
import { hitRateLimit, pruneRateLimits } from "@/db/queries/rate-limits";
import type { AppUser } from "@/db/queries/users";
import { AppError } from "@/lib/errors";
import { sendEmail } from "@/lib/mail/send";
import { confirmationEmail } from "./emails";

const PER_IP = { limit: 20, windowMs: 15 * 60_000 };

export async function subscribeAddress(email: string, ip: string | null): Promise<void> {
  const db = getDb();
  if (ip && !(await hitRateLimit(db, `newsletter:ip:${ip}`, PER_IP)).allowed) {
    throw new AppError("rate_limited:newsletter", "Too many sign-ups from here. Please try again in 15 minutes.", 429);
  }
  // Once the site's daily confirmations are spent, every sign-up is told so,
  // whatever the address: a 429 for all says nothing about any one of them,
  // while a silent skip would leave real readers waiting for an email that
  // never comes. It is checked before the address is looked at for that reason.
  const retryAfter = await siteWideConfirmationsRetryAfter(db);
  if (retryAfter > 0) {
    throw new AppError(
      "rate_limited:newsletter_daily",
      "We’ve sent as many sign-up emails as we can for today. Please try again in a few hours.",
      429,
      { "Retry-After": String(retryAfter) },
    );
  }
  if (Math.random() < 0.05) await pruneRateLimits(db);
  // Over the per-address limits (or past the site's budget in a race), nothing
  // is sent and the answer is the same as when something is.
  const claimedAt = new Date();
  const { subscriber, sendConfirmation } = await requestSubscription(db, email, claimedAt);
  if (!sendConfirmation) return;
  try {
    await sendEmail(await confirmationEmail(subscriber));
  } catch (error) {
    console.error("Sending a newsletter confirmation failed:", error);
    await releaseConfirmation(db, subscriber, claimedAt);
    throw new AppError("mail_failed", "We could not send the email just now. Please try again in a minute.", 503);
  }
}

/**
 * A reader who signed in by email has proven their address: one click
 * subscribes, keeping earlier choices. Anyone else (an OAuth account whose
 * address was never proven to us) gets the confirmation email like everyone.
 */
export async function subscribeReader(user: AppUser, ip: string | null): Promise<void> {
  if (!user.emailVerified) return subscribeAddress(user.email, ip);
  const db = getDb();
  const existing = await getSubscriberByEmail(db, user.email);
  await savePreferences(db, user.email, {
    subscribed: true,
    frequency: existing?.frequency ?? "weekly",
    content: existing?.content ?? "all",
  });
}
