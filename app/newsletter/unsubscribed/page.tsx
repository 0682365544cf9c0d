import type { Metadata } from "next";
import Link from "next/link";
import { FormAlert } from "@/components/form-alert";
import { primaryButtonClass } from "@/components/ui";
import { getDb } from "@/db/client";
import { getSubscriberById } from "@/db/queries/newsletter";
import { firstParam } from "@/lib/cursor";
import { verifySubscriberToken } from "@/lib/newsletter/tokens";

export const metadata: Metadata = { title: "Newsletter" };

/** The result of the unsubscribe link, with Undo; and the result of Undo. */
export default async function UnsubscribedPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const token = firstParam(params.token) ?? "";
  const who = await verifySubscriberToken("manage", token);
  const subscriber = who ? await getSubscriberById(getDb(), who.id) : null;
  if (!who || !subscriber || subscriber.email !== who.email || firstParam(params.error)) {
    return (
      <>
        <h1 className="font-serif text-3xl font-bold">This link doesn’t work</h1>
        <FormAlert message="It may be incomplete or altered. Use the link in your most recent email, or sign in to manage the newsletter in Settings." />
      </>
    );
  }
  if (subscriber.status === "active") {
    return (
      <>
        <h1 className="font-serif text-3xl font-bold">You’re subscribed again</h1>
        <p className="text-stone-700 dark:text-stone-300">
          Digests go to <strong>{subscriber.email}</strong> as before.
        </p>
        <p>
          <Link href={`/newsletter/preferences?token=${encodeURIComponent(token)}`} className="font-medium text-emerald-800 underline dark:text-emerald-300">
            Change your preferences
          </Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">You’re unsubscribed</h1>
      <p className="text-stone-700 dark:text-stone-300">
        <strong>{subscriber.email}</strong> won’t get any more AI Wins digests.
      </p>
      <form action="/api/newsletter/resubscribe" method="post">
        <input type="hidden" name="token" value={token} />
        <button type="submit" className={primaryButtonClass}>
          Undo
        </button>
      </form>
    </>
  );
}
