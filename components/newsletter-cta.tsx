import Link from "next/link";
import { getDb } from "@/db/client";
import { getSubscriberByEmail } from "@/db/queries/newsletter";
import { getCurrentUser } from "@/lib/auth/session";
import { NewsletterSignupForm } from "./newsletter-signup-form";
import { primaryButtonClass } from "./ui";

/** The call-to-action that closes the feed and every story. */
export async function NewsletterCta() {
  const user = await getCurrentUser();
  const subscriber = user ? await getSubscriberByEmail(getDb(), user.email) : null;
  return (
    <section aria-labelledby="newsletter-cta-heading" className="mt-12 rounded-2xl bg-emerald-50 p-6 sm:p-8 dark:bg-emerald-950/40">
      <h2 id="newsletter-cta-heading" className="font-serif text-2xl font-bold">
        Get AI Wins in your inbox
      </h2>
      <p className="mt-2 text-stone-700 dark:text-stone-300">
        The best positive AI stories in your inbox. No spam, unsubscribe anytime.
      </p>
      {!user || !user.emailVerified ? (
        <NewsletterSignupForm />
      ) : subscriber?.status === "active" ? (
        <p className="mt-4 text-stone-700 dark:text-stone-300">
          You’re subscribed ({subscriber.frequency} digest).{" "}
          <Link href="/settings#newsletter-heading" className="font-medium text-emerald-800 underline dark:text-emerald-300">
            Manage it in Settings
          </Link>
          .
        </p>
      ) : (
        <form action="/api/newsletter/subscribe" method="post" className="mt-4">
          <button type="submit" className={primaryButtonClass}>
            Subscribe as {user.email}
          </button>
        </form>
      )}
    </section>
  );
}
