import type { Metadata } from "next";
import { TagDesk } from "@/components/admin/tags/tag-desk";
import { getDb } from "@/db/client";
import { listTagsForDesk } from "@/db/queries/admin-tags";
import { requireAdminPage } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Tags · Admin", robots: { index: false } };

export default async function AdminTagsPage() {
  await requireAdminPage();
  const tags = await listTagsForDesk(getDb());
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-8 py-10">
      <div>
        <h1 className="font-serif text-3xl font-bold">Tags</h1>
        <p className="mt-2 text-stone-600 dark:text-stone-400">
          Topics readers browse and follow. A tag on a story cannot be deleted; merge it into another instead, which moves its
          stories and followers.
        </p>
      </div>
      <TagDesk tags={tags} />
    </div>
  );
}
