import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "You’re subscribed" };

export default function SubscribedPage() {
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">You’re subscribed</h1>
      <p className="text-stone-700 dark:text-stone-300">
        Your first digest arrives with the next send, with the stories of the past week (or day, if you choose daily).
        Every email has a link to change how often you get it, or to unsubscribe.
      </p>
      <p>
        <Link href="/" className="font-medium text-emerald-800 underline dark:text-emerald-300">
          Read the latest stories
        </Link>
      </p>
    </>
  );
}
