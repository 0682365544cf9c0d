// Shared by a topic's first page and its older pages.
import "server-only";
import { cache } from "react";
import { getDb } from "@/db/client";
import { getTagBySlug } from "@/db/queries/tags";
import { slugSchema } from "@/lib/schemas/story";

/** One lookup per request, shared by the metadata and the page; null for a malformed or unknown slug. */
export const getTag = cache(async (slug: string) => {
  const parsed = slugSchema.safeParse(slug);
  return parsed.success ? getTagBySlug(getDb(), parsed.data) : null;
});
