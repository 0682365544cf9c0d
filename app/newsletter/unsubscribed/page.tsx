import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { getSubscriberById } from "@/db/queries/newsletter";
import { firstParam } from "@/lib/cursor";
import { verifySubscriberToken } from "@/lib/newsletter/tokens";
import { BrokenManageLink, UnsubscribedNotice } from "../manage-link-views";

export const metadata: Metadata = { title: "Newsletter" };

/** The result of the Unsubscribe button, with Undo; and the result of Undo. */
export default async function UnsubscribedPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const token = firstParam(params.token) ?? "";
  const who = await verifySubscriberToken("manage", token);
  const subscriber = who ? await getSubscriberById(getDb(), who.id) : null;
  if (!who || !subscriber || subscriber.email !== who.email || firstParam(params.error)) {
    return <BrokenManageLink />;
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
  return <UnsubscribedNotice email={subscriber.email} token={token} />;
}
