import type { Metadata } from "next";
import { NewsletterFields } from "@/components/newsletter/newsletter-fields";
import { primaryButtonClass } from "@/components/ui/classes";
import { FormAlert } from "@/components/ui/form-alert";
import { getDb } from "@/db/client";
import { getSubscriberById } from "@/db/queries/newsletter";
import { getUserByEmail } from "@/db/queries/users";
import { firstParam } from "@/lib/cursor";
import { verifySubscriberToken } from "@/lib/newsletter/tokens";

export const metadata: Metadata = { title: "Newsletter preferences" };

/** Preferences through the signed link in every email: no sign-in needed. */
export default async function PreferencesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const token = firstParam(params.token) ?? "";
  const who = await verifySubscriberToken("manage", token);
  const db = getDb();
  const subscriber = who ? await getSubscriberById(db, who.id) : null;
  if (!who || !subscriber || subscriber.email !== who.email || firstParam(params.error) === "invalid") {
    return (
      <>
        <h1 className="font-serif text-3xl font-bold">This link doesn’t work</h1>
        <FormAlert message="It may be incomplete or altered. Use the link in your most recent email, or sign in to manage the newsletter in Settings." />
      </>
    );
  }
  const hasAccount = !!(await getUserByEmail(db, subscriber.email));
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Newsletter preferences</h1>
      <p className="text-stone-700 dark:text-stone-300">
        For <strong>{subscriber.email}</strong>.
      </p>
      {firstParam(params.saved) && <FormAlert tone="success" message="Your preferences are saved." />}
      {firstParam(params.error) === "input" && <FormAlert message="Pick how often and what the digest covers." />}
      <form action="/api/newsletter/preferences" method="post" className="flex flex-col gap-5">
        <input type="hidden" name="token" value={token} />
        <label className="flex min-h-9 items-center gap-2 font-medium">
          <input type="checkbox" name="subscribed" defaultChecked={subscriber.status === "active"} />
          Send me the AI Wins digest
        </label>
        <NewsletterFields
          frequency={subscriber.frequency}
          content={subscriber.content}
          // Keep a current "followed" choice selectable, or the form could never be submitted.
          canFilterByFollows={hasAccount || subscriber.content === "followed"}
        />
        <div>
          <button type="submit" className={primaryButtonClass}>
            Save preferences
          </button>
        </div>
      </form>
    </>
  );
}
