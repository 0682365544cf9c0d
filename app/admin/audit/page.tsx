import type { Metadata } from "next";
import Link from "next/link";
import { describeAuditEntry } from "@/components/admin/audit-text";
import { getDb } from "@/db/client";
import { existingStoryIds } from "@/db/queries/admin-stories";
import { listAuditEntries } from "@/db/queries/audit";
import { requireAdminPage } from "@/lib/auth/guards";
import { firstParam } from "@/lib/cursor";
import { auditQuerySchema } from "@/lib/schemas/admin";

export const metadata: Metadata = { title: "Audit log · Admin", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Server-rendered, so one fixed zone, said out loud; the story history reads the same.
const utc = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

const linkClass = "text-emerald-800 underline hover:no-underline dark:text-emerald-400";

export default async function AuditPage({ searchParams }: Props) {
  await requireAdminPage();
  // A malformed ?before= is a stale or hand-edited link: show the newest entries.
  const parsed = auditQuerySchema.safeParse({ before: firstParam((await searchParams).before) });
  const before = parsed.success ? (parsed.data.before ?? null) : null;
  const db = getDb();
  const { entries, nextBefore } = await listAuditEntries(db, { before });

  // Only stories that still exist get a link to the editor.
  const storyIds = [...new Set(entries.filter((e) => e.subjectType === "story").map((e) => Number(e.subjectId)))];
  const existing = await existingStoryIds(db, storyIds);

  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-8 py-10">
      <div>
        <h1 className="font-serif text-3xl font-bold">Audit log</h1>
        <p className="mt-2 text-stone-600 dark:text-stone-400">
          Who created, edited, published, merged or deleted what, newest first.
        </p>
      </div>

      {entries.length === 0 ? (
        <p className="text-stone-600 dark:text-stone-400">{before ? "There are no older entries." : "Nothing has been recorded yet."}</p>
      ) : (
        <ol
          aria-label={before ? "Older audit entries" : "Latest audit entries"}
          className="divide-y divide-stone-200 rounded-xl border border-stone-200 dark:divide-stone-800 dark:border-stone-800"
        >
          {entries.map((entry) => (
            <li key={entry.id} className="flex flex-col gap-1 p-4">
              <time dateTime={entry.at.toISOString()} className="text-sm text-stone-600 dark:text-stone-400">
                {utc.format(entry.at)} UTC
              </time>
              <p className="wrap-anywhere">
                <span className="font-medium">{entry.actorEmail}</span> {describeAuditEntry(entry)}
              </p>
              {entry.subjectType === "story" && existing.has(Number(entry.subjectId)) && (
                <p className="text-sm">
                  <Link href={`/admin/stories/${entry.subjectId}`} className={linkClass}>
                    Open in the editor<span className="sr-only">: {entry.subjectLabel}</span>
                  </Link>
                </p>
              )}
            </li>
          ))}
        </ol>
      )}

      {(before || nextBefore) && (
        <nav aria-label="Audit log pages" className="flex flex-wrap gap-x-6 gap-y-2">
          {before && (
            <Link href="/admin/audit" className={`inline-flex min-h-11 items-center ${linkClass}`}>
              Newest entries
            </Link>
          )}
          {nextBefore && (
            <Link href={`/admin/audit?before=${nextBefore}`} className={`inline-flex min-h-11 items-center ${linkClass}`}>
              Older entries
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
