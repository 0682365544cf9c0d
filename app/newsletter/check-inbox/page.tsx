import type { Metadata } from "next";
import Link from "next/link";
import { FormAlert } from "@/components/ui/form-alert";
import { firstParam } from "@/lib/cursor";

export const metadata: Metadata = { title: "Check your inbox" };

/** By error code, or by its first part (`forbidden:origin` → `forbidden`). */
const errors: Record<string, string> = {
  "rate_limited:newsletter_daily": "We’ve sent as many sign-up emails as we can for today. Please try again in a few hours.",
  invalid_input: "Enter a valid email address, like name@example.com.",
  rate_limited: "Too many sign-ups from here. Please try again in 15 minutes.",
  mail_failed: "We could not send the email just now. Please try again in a minute.",
  forbidden: "That request came from another site, so we ignored it.",
};

export default async function CheckInboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const error = firstParam((await searchParams).error);
  if (error) {
    return (
      <>
        <h1 className="font-serif text-3xl font-bold">That didn’t work</h1>
        <FormAlert message={errors[error] ?? errors[error.split(":")[0] ?? ""] ?? "Something went wrong. Please try again."} />
        <p>
          <Link href="/#newsletter-cta-heading" className="font-medium text-emerald-800 underline dark:text-emerald-300">
            Back to the sign-up form
          </Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Check your inbox</h1>
      <p className="text-stone-700 dark:text-stone-300">
        If that address isn’t subscribed yet, we’ve sent it an email with a link to confirm. Nothing else is sent until
        you confirm.
      </p>
      <p className="text-sm text-stone-600 dark:text-stone-400">No email? Check your spam folder, or try again in a few minutes.</p>
    </>
  );
}
