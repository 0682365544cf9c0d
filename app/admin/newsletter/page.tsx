import type { Metadata } from "next";
import { z } from "zod";
import { secondaryButtonClass } from "@/components/ui/classes";
import { FormAlert } from "@/components/ui/form-alert";
import { getDb } from "@/db/client";
import { listFollowedTags } from "@/db/queries/follows";
import { subscriberStats } from "@/db/queries/newsletter-stats";
import { digestContents, digestFrequencies } from "@/db/schema/newsletter";
import { requireAdminPage } from "@/lib/auth/guards";
import { firstParam } from "@/lib/cursor";
import { composeDigest, DIGEST_STORIES } from "@/lib/newsletter/digests";
import { digestEmail } from "@/lib/newsletter/emails";
import { previewSubscriber } from "@/lib/newsletter/preview";
import { site } from "@/lib/site";

export const metadata: Metadata = { title: "Newsletter · Admin", robots: { index: false } };

const querySchema = z.object({
  frequency: z.enum(digestFrequencies).catch("weekly"),
  content: z.enum(digestContents).catch("all"),
});

// What a redirect back from the test-send handler means.
const testResults = new Map<string, { tone: "success" | "error"; message: (email: string) => string }>([
  ["sent", { tone: "success", message: (email) => `A test of this digest went to ${email}.` }],
  ["rate_limited", { tone: "error", message: () => "You have sent a lot of tests in the last hour. Try again later." }],
  ["mail_failed", { tone: "error", message: () => "The mail server did not take the test. Try again in a minute." }],
  ["nothing_new", { tone: "error", message: () => "There is nothing to send: no stories in this window." }],
  ["invalid_input", { tone: "error", message: () => "Pick how often and what the digest covers." }],
]);

const windowFormat = new Intl.DateTimeFormat("en-US", {
  year: "numeric",
  month: "short",
  day: "numeric",
  hour: "numeric",
  minute: "2-digit",
  timeZone: site.timeZone,
  timeZoneName: "short",
});

const statClass = "flex flex-col gap-1 rounded-xl border border-stone-200 p-4 dark:border-stone-800";
const statLabelClass = "text-sm text-stone-600 dark:text-stone-400";
const statValueClass = "text-2xl font-semibold tabular-nums";
const legendClass = "text-sm font-medium text-stone-800 dark:text-stone-200";
const optionClass = "flex min-h-9 items-center gap-2";

export default async function AdminNewsletterPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const me = await requireAdminPage();
  const params = await searchParams;
  const { frequency, content } = querySchema.parse({ frequency: firstParam(params.frequency), content: firstParam(params.content) });
  const result = testResults.get(firstParam(params.sent) ? "sent" : (firstParam(params.error) ?? ""));

  const db = getDb();
  const now = new Date();
  const subscriber = previewSubscriber(me.email, frequency, content, now);
  // The sender's own functions, read-only: nothing is claimed, sent or recorded.
  const [stats, followed, digest] = await Promise.all([
    subscriberStats(db),
    listFollowedTags(db, me.id),
    composeDigest(db, subscriber, { now }),
  ]);
  const email =
    digest.stories.length > 0 ? await digestEmail({ subscriber, stories: digest.stories, more: digest.more, sendId: 0 }) : null;
  const period = frequency === "daily" ? "day" : "week";
  const scope = content === "followed" ? "from the topics you follow" : "from across the site";

  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-10 py-10">
      <div>
        <h1 className="font-serif text-3xl font-bold">Newsletter</h1>
        <p className="mt-2 text-stone-600 dark:text-stone-400">Who gets the digest, and what it would say if it went out now.</p>
      </div>

      <section aria-labelledby="subscribers-heading" className="flex flex-col gap-4">
        <h2 id="subscribers-heading" className="text-xl font-semibold">
          Subscribers
        </h2>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          <div className={statClass}>
            <dt className={statLabelClass}>Daily</dt>
            <dd className={statValueClass}>{stats.daily.toLocaleString("en-US")}</dd>
          </div>
          <div className={statClass}>
            <dt className={statLabelClass}>Weekly</dt>
            <dd className={statValueClass}>{stats.weekly.toLocaleString("en-US")}</dd>
          </div>
          <div className={statClass}>
            <dt className={statLabelClass}>Pending</dt>
            <dd className={statValueClass}>{stats.pending.toLocaleString("en-US")}</dd>
          </div>
          <div className={statClass}>
            <dt className={statLabelClass}>Unsubscribed</dt>
            <dd className={statValueClass}>{stats.unsubscribed.toLocaleString("en-US")}</dd>
          </div>
        </dl>
        <p className="text-sm text-stone-600 dark:text-stone-400">
          Daily and weekly count confirmed subscribers, who get digests. Pending addresses never confirmed and get nothing.
        </p>
      </section>

      <section aria-labelledby="preview-heading" className="flex flex-col gap-6">
        <div className="flex flex-col gap-2">
          <h2 id="preview-heading" className="text-xl font-semibold">
            Digest preview
          </h2>
          <p className="text-sm text-stone-600 dark:text-stone-400">
            Composed by the same code as <code>npm run newsletter:send</code>, as a subscriber due now would get it: the
            stories published in the last {period}, newest first, {DIGEST_STORIES} at most with the rest counted. Nothing is
            sent or recorded, and its unsubscribe and preference links change nothing.
          </p>
        </div>

        <form method="get" action="/admin/newsletter" className="flex flex-col gap-5 sm:flex-row sm:flex-wrap sm:items-end sm:gap-8">
          <fieldset className="flex flex-col gap-1">
            <legend className={legendClass}>How often</legend>
            {(["weekly", "daily"] as const).map((value) => (
              <label key={value} className={optionClass}>
                <input type="radio" name="frequency" value={value} defaultChecked={frequency === value} />
                {value === "weekly" ? "Weekly" : "Daily"}
              </label>
            ))}
          </fieldset>
          <fieldset className="flex flex-col gap-1">
            <legend className={legendClass}>What it covers</legend>
            <label className={optionClass}>
              <input type="radio" name="content" value="all" defaultChecked={content === "all"} />
              All stories
            </label>
            <label className={optionClass}>
              <input type="radio" name="content" value="followed" defaultChecked={content === "followed"} />
              Only the topics you follow
              {followed.length === 0 ? " (you follow none)" : ` (${followed.map((t) => t.name).join(", ")})`}
            </label>
          </fieldset>
          <button type="submit" className={`${secondaryButtonClass} self-start sm:self-end`}>
            Show preview
          </button>
        </form>

        {result && <FormAlert tone={result.tone} message={result.message(me.email)} />}

        {!email ? (
          <p className="rounded-xl border border-stone-200 p-4 dark:border-stone-800">
            {content === "followed" && followed.length === 0
              ? "You follow no topics, so this digest is empty. "
              : `No stories ${scope} were published in the last ${period} (${windowFormat.format(digest.start)} to ${windowFormat.format(digest.end)}). `}
            The sender sends nothing when there is nothing new, and tries again on its next run.
          </p>
        ) : (
          <>
            <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
              <dt className="text-stone-600 dark:text-stone-400">Subject</dt>
              <dd className="font-medium wrap-anywhere">{email.subject}</dd>
              <dt className="text-stone-600 dark:text-stone-400">Window</dt>
              <dd>
                {windowFormat.format(digest.start)} to {windowFormat.format(digest.end)}
              </dd>
              <dt className="text-stone-600 dark:text-stone-400">Stories</dt>
              <dd>
                {digest.stories.length} listed{digest.more > 0 && `, ${digest.more} more counted`}
              </dd>
            </dl>

            <form method="post" action="/api/admin/newsletter/test" className="flex flex-col gap-2 sm:flex-row sm:items-center sm:gap-4">
              <input type="hidden" name="frequency" value={frequency} />
              <input type="hidden" name="content" value={content} />
              <button type="submit" className={`${secondaryButtonClass} self-start`}>
                Send me a test
              </button>
              <p className="text-sm text-stone-600 dark:text-stone-400">
                To <span className="wrap-anywhere">{me.email}</span> only, marked [Test].
              </p>
            </form>

            <div className="flex flex-col gap-3">
              <h3 className="text-lg font-semibold">HTML part</h3>
              {/* sandbox with no permissions: no scripts, forms, popups or top navigation from the email. */}
              <iframe
                sandbox=""
                srcDoc={email.html}
                title={`HTML part of the ${frequency} digest preview`}
                className="h-[36rem] w-full rounded-xl border border-stone-200 bg-white dark:border-stone-800"
              />
            </div>

            <div className="flex flex-col gap-3">
              <h3 className="text-lg font-semibold">Plain-text part</h3>
              <pre className="rounded-xl border border-stone-200 bg-stone-50 p-4 font-mono text-sm whitespace-pre-wrap wrap-anywhere dark:border-stone-800 dark:bg-stone-900">
                {email.text}
              </pre>
            </div>
          </>
        )}
      </section>
    </div>
  );
}
