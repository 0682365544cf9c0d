import type { Metadata } from "next";
import Link from "next/link";
import { primaryButtonClass } from "@/components/ui/classes";
import { getDb } from "@/db/client";
import { getSubscriberById } from "@/db/queries/newsletter";
import { firstParam } from "@/lib/cursor";
import { verifySubscriberToken } from "@/lib/newsletter/tokens";
import { BrokenManageLink, UnsubscribedNotice } from "../manage-link-views";

export const metadata: Metadata = { title: "Unsubscribe" };

/**
 * Where the unsubscribe link in every digest lands. Opening it changes
 * nothing (mail scanners open links); the Unsubscribe button posts the token.
 */
export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const token = firstParam((await searchParams).token) ?? "";
  const who = await verifySubscriberToken("manage", token);
  const subscriber = who ? await getSubscriberById(getDb(), who.id) : null;
  if (!who || !subscriber || subscriber.email !== who.email) return <BrokenManageLink />;
  if (subscriber.status !== "active") return <UnsubscribedNotice email={subscriber.email} token={token} />;
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Unsubscribe from AI Wins?</h1>
      <p className="text-stone-700 dark:text-stone-300">
        Digests stop going to <strong>{subscriber.email}</strong>. If you change your mind, you can undo it on the next page.
      </p>
      <form action="/api/newsletter/unsubscribe/confirm" method="post">
        <input type="hidden" name="token" value={token} />
        <button type="submit" className={primaryButtonClass}>
          Unsubscribe
        </button>
      </form>
      <p className="text-sm text-stone-600 dark:text-stone-400">
        Too many emails?{" "}
        <Link href={`/newsletter/preferences?token=${encodeURIComponent(token)}`} className="font-medium text-emerald-800 underline dark:text-emerald-300">
          Change how often it comes
        </Link>{" "}
        instead.
      </p>
    </>
  );
}
