"use client";

// The story editor: its fields, in the order a story is read, over the draft
// (use-story-draft) and the requests that save it (use-story-writes).
import { useId, useRef } from "react";
import { TextArea, TextField } from "@/components/admin/ui/field";
import { useLeaveGuard } from "@/components/admin/ui/use-leave-guard";
import { useHydrated } from "@/components/ui/use-hydrated";
import { ActionBar } from "./action-bar";
import { BodyField } from "./body-field";
import { DeleteStoryDialog } from "./delete-dialog";
import { PublishingField } from "./publishing-field";
import { SourcesField } from "./sources-field";
import { StatusBadge } from "./status-badge";
import { StoryFeedback } from "./story-feedback";
import { TagsField, type TagOption } from "./tags-field";
import { TakeawaysField } from "./takeaways-field";
import { type StoryFormStory, useStoryDraft } from "./use-story-draft";
import { useStoryWrites } from "./use-story-writes";

export function StoryForm({
  story,
  tags,
  defaultAuthor,
  notice,
}: {
  story: StoryFormStory | null;
  tags: TagOption[];
  defaultAuthor: string;
  notice?: string;
}) {
  const hydrated = useHydrated();
  const formId = useId();
  const deleteDialog = useRef<HTMLDialogElement>(null);
  const draft = useStoryDraft(story, defaultAuthor);
  const writes = useStoryWrites({ story, notice, draft, onDeleteFailed: () => deleteDialog.current?.close() });
  useLeaveGuard(draft.dirty);

  const { title, slug, slugEdited, tagSlugs, newTags, tldr, takeaways, body, coverUrl, coverAlt, sources, author, publishAt } = draft.draft;
  const { saved, status, errors } = writes;

  return (
    <form
      id={formId}
      noValidate
      aria-labelledby="story-form-heading"
      onSubmit={(e) => {
        // Every action is its own button; a stray implicit submission must not reload the page.
        e.preventDefault();
      }}
    >
      <noscript>
        <p className="mb-6 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          The story editor needs JavaScript. Reading the site does not.
        </p>
      </noscript>
      {/* Disabled until React has hydrated, so nothing typed in the first moments is lost or doubled. */}
      <fieldset disabled={!hydrated} className="m-0 flex min-w-0 flex-col gap-8 border-0 p-0">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <div className="flex flex-wrap items-center gap-3">
            <h1 id="story-form-heading" className="font-serif text-3xl font-bold">
              {saved ? "Edit story" : "New story"}
            </h1>
            {status && <StatusBadge status={status} />}
          </div>
          <p className="text-sm text-stone-600 dark:text-stone-400" aria-live="polite">
            {draft.dirty ? "Unsaved changes" : saved ? "All changes saved" : ""}
          </p>
        </div>
        <p className="-mt-6 text-sm text-stone-600 dark:text-stone-400">
          Fields marked <span aria-hidden="true">*</span>
          <span className="sr-only">with an asterisk</span> are required, for drafts too.
        </p>

        <StoryFeedback alert={writes.alert} success={writes.success} storyId={saved?.id ?? null} />

        <fieldset className="flex flex-col gap-5">
          <legend className="sr-only">Headline</legend>
          <TextField id="title" label="Title" required maxLength={200} value={title} error={errors.title} onChange={draft.setTitle} />
          <TextField
            id="slug"
            label="Slug"
            required
            maxLength={120}
            value={slug}
            error={errors.slug}
            onChange={draft.setSlug}
            hint={
              <>
                The story&apos;s address: <span className="break-all">/stories/{slug || "…"}</span>
                {!slugEdited && " (follows the title until you edit it)"}
                {status === "published" && saved && slug !== saved.slug && ". Changing it breaks links to the old address."}
              </>
            }
          />
          <TextField id="author" label="Author" required maxLength={120} value={author} error={errors.author} onChange={(value) => draft.set({ author: value })} />
        </fieldset>

        <TagsField
          known={[...tags, ...newTags.filter((n) => !tags.some((t) => t.slug === n.slug))]}
          selected={tagSlugs}
          onChange={(slugs) => draft.set({ tagSlugs: slugs })}
          onCreate={draft.addNewTag}
          error={errors.tagSlugs}
          newTagError={errors.newTags}
        />

        <TextArea id="tldr" label="TL;DR" required maxLength={1000} rows={3} value={tldr} error={errors.tldr} onChange={(value) => draft.set({ tldr: value })} hint="One or two sentences a reader can stop after." />

        <TakeawaysField
          items={takeaways}
          onChange={(items) => draft.set({ takeaways: items })}
          onReshape={() => writes.clearErrors("takeaways")}
          errors={errors}
        />

        <BodyField value={body} onChange={(value) => draft.set({ body: value })} error={errors.body} />

        <fieldset className="flex flex-col gap-4">
          <legend className="text-lg font-semibold">Cover image</legend>
          <TextField
            id="coverUrl"
            label="Image URL"
            type="url"
            maxLength={2000}
            value={coverUrl}
            error={errors.coverUrl}
            onChange={(value) => draft.set({ coverUrl: value })}
            hint="Optional. An https:// address, or a path on this site such as /images/cover.jpg."
          />
          <TextField
            id="coverAlt"
            label="Image description (alt text)"
            maxLength={300}
            value={coverAlt}
            error={errors.coverAlt}
            onChange={(value) => draft.set({ coverAlt: value })}
            hint="What the image shows, for readers who cannot see it."
          />
        </fieldset>

        <SourcesField
          items={sources}
          onChange={(items) => draft.set({ sources: items })}
          onReshape={() => writes.clearErrors("sources")}
          errors={errors}
        />

        <PublishingField saved={saved} value={publishAt} onChange={(iso) => draft.set({ publishAt: iso })} error={errors.publishAt} />

        <ActionBar
          status={status}
          busy={writes.busy}
          pendingIntent={writes.pendingIntent}
          previewPending={writes.previewPending}
          onSubmit={writes.submit}
          onPreview={writes.preview}
          onDelete={() => deleteDialog.current?.showModal()}
        />
        {writes.previewLink && (
          <p role="status" className="text-sm">
            Your browser blocked the new tab.{" "}
            <a href={writes.previewLink} target="_blank" rel="noopener" className="font-medium underline">
              Open the preview
            </a>
          </p>
        )}

        {saved && (
          <DeleteStoryDialog
            ref={deleteDialog}
            title={saved.title}
            published={status === "published"}
            pending={writes.removePending}
            onConfirm={writes.remove}
          />
        )}
      </fieldset>
    </form>
  );
}
