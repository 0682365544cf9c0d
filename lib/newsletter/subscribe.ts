// Signing up from the call-to-action. The answer never says whether the
// address was already subscribed; a confirmation goes out at most once per
// cooldown, and nothing else is sent until it is confirmed.
import "server-only";
import { getDb } from "@/db/client";
import { clearConfirmationCooldown, getSubscriberByEmail, requestSubscription, savePreferences } from "@/db/queries/newsletter";
import { hitRateLimit } from "@/db/queries/rate-limits";
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
  const { subscriber, sendConfirmation } = await requestSubscription(db, email);
  if (!sendConfirmation) return;
  try {
    await sendEmail(await confirmationEmail(subscriber));
  } catch (error) {
    console.error("Sending a newsletter confirmation failed:", error);
    await clearConfirmationCooldown(db, subscriber.id);
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
