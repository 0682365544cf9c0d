import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { describeAuditEntry } from "@/components/admin/audit-text";
import { StoryForm } from "@/components/admin/stories/story-form";
import { LocalTime } from "@/components/ui/local-time";
import { getDb } from "@/db/client";
import { getStoryForDesk } from "@/db/queries/admin-stories";
import { listTagsForDesk } from "@/db/queries/admin-tags";
import { listAuditEntries } from "@/db/queries/audit";
import { requireAdminPage } from "@/lib/auth/guards";
import { firstParam } from "@/lib/cursor";
import { storyIdParamSchema } from "@/lib/schemas/library";

export const metadata: Metadata = { title: "Edit story · Admin" };

type Props = {
  params: Promise<{ storyId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const notices: Record<string, string> = {
  draft: "Draft saved.",
  publish: "Published. It is on the site now.",
  schedule: "Scheduled. It will appear by itself at the time you picked.",
};

export default async function EditStoryPage({ params, searchParams }: Props) {
  const { storyId: raw } = await params;
  await requireAdminPage();
  const parsed = storyIdParamSchema.safeParse({ storyId: raw });
  if (!parsed.success) notFound();
  const db = getDb();
  const story = await getStoryForDesk(db, parsed.data.storyId);
  if (!story) notFound();
  const [tags, history] = await Promise.all([
    listTagsForDesk(db),
    listAuditEntries(db, { subject: { type: "story", id: story.id }, limit: 10 }),
  ]);
  const done = firstParam((await searchParams).done);

  return (
    <div className="mx-auto flex max-w-5xl flex-col gap-10 py-8">
      <StoryForm
        story={{
          ...story,
          tagSlugs: story.tags.map((t) => t.slug),
          publishedAt: story.publishedAt?.toISOString() ?? null,
        }}
        tags={tags.map(({ slug, name }) => ({ slug, name }))}
        defaultAuthor=""
        notice={done && Object.hasOwn(notices, done) ? notices[done] : undefined}
      />

      <section aria-labelledby="history-heading" className="flex flex-col gap-3">
        <h2 id="history-heading" className="text-lg font-semibold">
          History
        </h2>
        <ol className="flex flex-col gap-2 text-sm">
          {history.entries.map((entry) => (
            <li key={entry.id} className="break-words">
              <LocalTime iso={entry.at.toISOString()} className="text-stone-600 dark:text-stone-400" /> —{" "}
              {entry.actorEmail} {describeAuditEntry(entry)}
            </li>
          ))}
        </ol>
        <Link href="/admin/audit" className="self-start text-sm underline">
          Full audit log
        </Link>
      </section>
    </div>
  );
}
