import type { Metadata } from "next";
import { NewsletterSettings } from "@/components/newsletter/newsletter-settings";
import { inputClass, labelClass, secondaryButtonClass } from "@/components/ui/classes";
import { getDb } from "@/db/client";
import { getOrCreateFeedToken } from "@/db/queries/feed-tokens";
import { listFollowedTags } from "@/db/queries/follows";
import { getSubscriberByEmail } from "@/db/queries/newsletter";
import { signOutEverywhereAction } from "@/lib/auth/actions";
import { requireUserPage } from "@/lib/auth/guards";
import { feedFormatNames, feedFormats, feedPaths } from "@/lib/feeds";
import { absoluteUrl } from "@/lib/site";
import { FeedResetForm } from "./feed-reset-form";
import { NameForm } from "./name-form";

export const metadata: Metadata = { title: "Settings", robots: { index: false } };

export default async function SettingsPage() {
  const user = await requireUserPage("/settings");
  const db = getDb();
  const [subscriber, followed] = await Promise.all([
    user.emailVerified ? getSubscriberByEmail(db, user.email) : null,
    listFollowedTags(db, user.id),
  ]);
  const feedUrls = feedPaths(`/feeds/${await getOrCreateFeedToken(db, user.id)}`);
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-10 py-10">
      <h1 className="font-serif text-3xl font-bold">Settings</h1>

      <section aria-labelledby="account-heading" className="flex flex-col gap-4">
        <h2 id="account-heading" className="text-xl font-semibold">
          Account
        </h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
          <dt className="text-stone-600 dark:text-stone-400">Email</dt>
          <dd className="break-all">{user.email}</dd>
          <dt className="text-stone-600 dark:text-stone-400">Role</dt>
          <dd>{user.role === "admin" ? "Admin" : "Reader"}</dd>
        </dl>
        <NameForm name={user.name} />
      </section>

      <section aria-labelledby="newsletter-heading" className="flex flex-col gap-4">
        <h2 id="newsletter-heading" className="text-xl font-semibold">
          Newsletter
        </h2>
        {user.emailVerified ? (
        <NewsletterSettings
          initial={{
            subscribed: subscriber?.status === "active",
            frequency: subscriber?.frequency ?? "weekly",
            content: subscriber?.content ?? "all",
          }}
          canFilterByFollows={followed.length > 0 || subscriber?.content === "followed"}
        />
        ) : (
          <p className="text-sm text-stone-600 dark:text-stone-400">
            Sign in once with an emailed link or code to manage the newsletter here; it proves the address is yours.
          </p>
        )}
      </section>

      <section aria-labelledby="feed-heading" className="flex flex-col gap-4">
        <h2 id="feed-heading" className="text-xl font-semibold">
          Your personal feed
        </h2>
        <p className="text-sm text-stone-600 dark:text-stone-400">
          Add one of these addresses to your feed reader to get the newest stories from the topics you follow
          {followed.length === 0 ? " (you follow none yet, so it is empty for now)" : ""}. Keep it to yourself: anyone
          who has it can see which topics you follow.
        </p>
        {feedFormats.map((format) => (
          <div key={format} className="flex flex-col gap-1">
            <label htmlFor={`feed-url-${format}`} className={labelClass}>
              {feedFormatNames[format]}
            </label>
            <input
              id={`feed-url-${format}`}
              readOnly
              value={absoluteUrl(feedUrls[format])}
              spellCheck={false}
              className={`${inputClass} font-mono`}
            />
          </div>
        ))}
        <p className="text-sm text-stone-600 dark:text-stone-400">
          Shared it by mistake? Reset it: the old address stops working at once, and your feed reader needs the new one.
        </p>
        <FeedResetForm />
      </section>

      <section aria-labelledby="sessions-heading" className="flex flex-col gap-3">
        <h2 id="sessions-heading" className="text-xl font-semibold">
          Sessions
        </h2>
        <p className="text-sm text-stone-600 dark:text-stone-400">
          Signed in on a shared or lost device? Sign out of AI Wins everywhere, this browser included.
        </p>
        <form action={signOutEverywhereAction}>
          <button type="submit" className={secondaryButtonClass}>
            Sign out everywhere
          </button>
        </form>
      </section>
    </div>
  );
}
