"use client";

// What the editor holds of a story while it is typed: every field, the payload
// the server is sent, and whether that differs from what was last saved. It all
// stays here until the server accepts it, so a refused save loses no text.
import { useState } from "react";
import { newRowKey } from "@/components/admin/ui/list-editor";
import type { EditableStory } from "@/db/queries/admin-stories";
import { slugify } from "@/lib/slug";
import type { SourceDraft } from "./sources-field";
import type { TagOption } from "./tags-field";
import type { TakeawayDraft } from "./takeaways-field";

/** A story as the editor loads it: EditableStory with dates as ISO strings and tags as slugs. */
export type StoryFormStory = Omit<EditableStory, "tags" | "publishedAt" | "updatedAt"> & {
  tagSlugs: string[];
  publishedAt: string | null;
};

export type StoryDraft = {
  title: string;
  slug: string;
  /** A new story's slug follows its title until the admin edits the slug; a saved one's never moves by itself. */
  slugEdited: boolean;
  tagSlugs: string[];
  /** Tags created in this editor; they are saved with the story. */
  newTags: TagOption[];
  tldr: string;
  takeaways: TakeawayDraft[];
  body: string;
  coverUrl: string;
  coverAlt: string;
  sources: SourceDraft[];
  author: string;
  /** The schedule, as an ISO time; null when none is set. */
  publishAt: string | null;
};

function initialDraft(story: StoryFormStory | null, defaultAuthor: string): StoryDraft {
  return {
    title: story?.title ?? "",
    slug: story?.slug ?? "",
    slugEdited: !!story,
    tagSlugs: story?.tagSlugs ?? [],
    newTags: [],
    tldr: story?.tldr ?? "",
    takeaways: (story?.takeaways.length ? story.takeaways : [""]).map((text) => ({ key: newRowKey(), text })),
    body: story?.body ?? "",
    coverUrl: story?.coverUrl ?? "",
    coverAlt: story?.coverAlt ?? "",
    sources: (story?.sources ?? []).map((s) => ({ key: newRowKey(), url: s.url, title: s.title, kind: s.kind })),
    author: story?.author ?? defaultAuthor,
    publishAt: story?.status === "scheduled" ? story.publishedAt : null,
  };
}

/** The draft as the server reads it, without the editor's own bookkeeping (row keys, unused new tags). */
function fieldsOf(d: StoryDraft) {
  return {
    title: d.title,
    slug: d.slug,
    tagSlugs: d.tagSlugs,
    newTags: d.newTags.filter((t) => d.tagSlugs.includes(t.slug)),
    tldr: d.tldr,
    takeaways: d.takeaways.map((t) => t.text),
    body: d.body,
    coverUrl: d.coverUrl,
    coverAlt: d.coverAlt,
    sources: d.sources.map(({ url, title, kind }) => ({ url, title, kind })),
    author: d.author,
    publishAt: d.publishAt,
  };
}

export type StoryFields = ReturnType<typeof fieldsOf>;

export function useStoryDraft(story: StoryFormStory | null, defaultAuthor: string) {
  const [draft, setDraft] = useState(() => initialDraft(story, defaultAuthor));
  const fields = fieldsOf(draft);
  const snapshot = JSON.stringify(fields);
  const [savedSnapshot, setSavedSnapshot] = useState(snapshot);
  const set = (patch: Partial<StoryDraft>) => setDraft((d) => ({ ...d, ...patch }));

  return {
    draft,
    fields,
    dirty: snapshot !== savedSnapshot,
    set,
    setTitle: (title: string) => setDraft((d) => ({ ...d, title, slug: d.slugEdited ? d.slug : slugify(title) })),
    setSlug: (slug: string) => set({ slug, slugEdited: true }),
    addNewTag: (tag: TagOption) =>
      setDraft((d) => (d.newTags.some((t) => t.slug === tag.slug) ? d : { ...d, newTags: [...d.newTags, tag] })),
    /** Records what the server now holds; the draft is "unsaved" again as soon as it differs. */
    markSaved: (saved: StoryFields) => setSavedSnapshot(JSON.stringify(saved)),
  };
}

export type StoryDraftState = ReturnType<typeof useStoryDraft>;
