"use client";

// What the call-to-action offers depends on who is reading, which the cached
// page does not know: everyone gets the sign-up form in the HTML; a signed-in
// reader with a verified address then sees their subscription, or a one-click
// subscribe, once /api/me answers.
import Link from "next/link";
import { useMe } from "@/components/account/use-me";
import { primaryButtonClass } from "@/components/ui/classes";
import { NewsletterSignupForm } from "./newsletter-signup-form";

export function NewsletterCtaForm() {
  const me = useMe();
  const user = me?.user;
  if (!user || !user.emailVerified) return <NewsletterSignupForm />;
  if (me.newsletter?.status === "active") {
    return (
      <p className="mt-4 text-stone-700 dark:text-stone-300">
        You’re subscribed ({me.newsletter.frequency} digest).{" "}
        <Link href="/settings#newsletter-heading" className="font-medium text-emerald-800 underline dark:text-emerald-300">
          Manage it in Settings
        </Link>
        .
      </p>
    );
  }
  return (
    <form action="/api/newsletter/subscribe" method="post" className="mt-4">
      <button type="submit" className={primaryButtonClass}>
        Subscribe as {user.email}
      </button>
    </form>
  );
}
