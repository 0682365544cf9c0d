import type { Metadata } from "next";
import { StoryForm } from "@/components/admin/stories/story-form";
import { getDb } from "@/db/client";
import { listTagsForDesk } from "@/db/queries/admin-tags";
import { requireAdminPage } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "New story · Admin" };

export default async function NewStoryPage() {
  const admin = await requireAdminPage();
  const tags = await listTagsForDesk(getDb());
  return (
    <div className="mx-auto max-w-5xl py-8">
      <StoryForm story={null} tags={tags.map(({ slug, name }) => ({ slug, name }))} defaultAuthor={admin.name ?? ""} />
    </div>
  );
}
