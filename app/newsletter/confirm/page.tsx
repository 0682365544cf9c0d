import type { Metadata } from "next";
import Link from "next/link";
import { primaryButtonClass } from "@/components/ui/classes";
import { FormAlert } from "@/components/ui/form-alert";
import { firstParam } from "@/lib/cursor";
import { verifySubscriberToken } from "@/lib/newsletter/tokens";

export const metadata: Metadata = { title: "Confirm your subscription" };

/**
 * Where the confirmation email's link lands. Opening it confirms nothing (mail
 * scanners open links); the Confirm button posts the token.
 */
export default async function ConfirmPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const token = firstParam(params.token) ?? "";
  const who = await verifySubscriberToken("confirm", token);
  if (!who || firstParam(params.error)) {
    return (
      <>
        <h1 className="font-serif text-3xl font-bold">This confirmation link doesn’t work</h1>
        <FormAlert message="It may be incomplete, altered, or more than a week old. Sign up again and we’ll send a fresh one." />
        <p>
          <Link href="/#newsletter-cta-heading" className="font-medium text-emerald-800 underline dark:text-emerald-300">
            Sign up again
          </Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Confirm your subscription</h1>
      <p className="text-stone-700 dark:text-stone-300">
        Get the best positive AI stories at <strong>{who.email}</strong>. No spam, unsubscribe anytime.
      </p>
      <form action="/api/newsletter/confirm" method="post">
        <input type="hidden" name="token" value={token} />
        <button type="submit" className={primaryButtonClass}>
          Confirm subscription
        </button>
      </form>
    </>
  );
}
