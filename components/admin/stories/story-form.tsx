"use client";

// The story editor. Everything typed lives in this component's state until the
// server accepts it, so an error (invalid field, slug taken, someone else's
// edit, a dropped connection) never loses text. The server validates again and
// decides; this form only shows what it says, next to the field it concerns.
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { describedBy, FieldError, TextArea, TextField } from "@/components/admin/ui/field";
import { newRowKey } from "@/components/admin/ui/list-editor";
import { inputClass, labelClass, primaryButtonClass, secondaryButtonClass } from "@/components/ui/classes";
import { FormAlert } from "@/components/ui/form-alert";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { EditableStory } from "@/db/queries/admin-stories";
import { ApiError, fetcher } from "@/lib/query/fetcher";
import { slugify } from "@/lib/slug";
import { BodyField } from "./body-field";
import { SourcesField, type SourceDraft } from "./sources-field";
import { StatusBadge } from "./status-badge";
import { TagsField, type TagOption } from "./tags-field";
import { TakeawaysField, type TakeawayDraft } from "./takeaways-field";

/** A story as the editor loads it: EditableStory with dates as ISO strings and tags as slugs. */
export type StoryFormStory = Omit<EditableStory, "tags" | "publishedAt" | "updatedAt"> & {
  tagSlugs: string[];
  publishedAt: string | null;
};

type Intent = "draft" | "save" | "publish" | "schedule" | "unpublish";

type WriteResponse = {
  story: { id: number; slug: string; version: number; status: StoryFormStory["status"]; publishedAt: string | null };
};

/** "2026-11-26T14:30:05" in the browser's zone, for datetime-local; "" when there is no time. */
function toLocalInput(iso: string | null): string {
  if (!iso) return "";
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** datetime-local's value is the admin's wall-clock time; Date reads it in their zone. */
function fromLocalInput(value: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

const successMessages: Record<Intent, string> = {
  draft: "Draft saved.",
  save: "Saved.",
  publish: "Published. It is on the site now.",
  schedule: "Scheduled. It will appear by itself at the time you picked.",
  unpublish: "Unpublished. The story is a draft again and readers get a 404.",
};

/** Where each server field path is shown, so an error can focus its control. */
function controlIdFor(path: string): string {
  const [head, index, leaf] = path.split(".");
  if (head === "tagSlugs") return "primaryTag";
  if (head === "newTags") return "newTagName";
  if (head === "takeaways") return index ? `takeaway-${index}` : "add-takeaway";
  if (head === "sources") return index ? `source-${index}-${leaf ?? "url"}` : "add-source";
  return head ?? "title";
}

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
  const router = useRouter();
  const hydrated = useHydrated();
  const formId = useId();

  const [saved, setSaved] = useState(story);
  const [title, setTitle] = useState(story?.title ?? "");
  const [slug, setSlug] = useState(story?.slug ?? "");
  // A new story's slug follows its title until the admin edits the slug; a saved one's never moves by itself.
  const [slugEdited, setSlugEdited] = useState(!!story);
  const [tagSlugs, setTagSlugs] = useState<string[]>(story?.tagSlugs ?? []);
  const [newTags, setNewTags] = useState<TagOption[]>([]);
  const [tldr, setTldr] = useState(story?.tldr ?? "");
  const [takeaways, setTakeaways] = useState<TakeawayDraft[]>(
    (story?.takeaways.length ? story.takeaways : [""]).map((text) => ({ key: newRowKey(), text })),
  );
  const [body, setBody] = useState(story?.body ?? "");
  const [coverUrl, setCoverUrl] = useState(story?.coverUrl ?? "");
  const [coverAlt, setCoverAlt] = useState(story?.coverAlt ?? "");
  const [sources, setSources] = useState<SourceDraft[]>(
    (story?.sources ?? []).map((s) => ({ key: newRowKey(), url: s.url, title: s.title, kind: s.kind })),
  );
  const [author, setAuthor] = useState(story?.author ?? defaultAuthor);
  const [publishAt, setPublishAt] = useState<string | null>(story?.status === "scheduled" ? story.publishedAt : null);

  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<{ message: string; conflict?: boolean } | null>(null);
  const [success, setSuccess] = useState<React.ReactNode>(notice ?? null);
  const [previewLink, setPreviewLink] = useState<string | null>(null);
  const deleteDialog = useRef<HTMLDialogElement>(null);

  const fields = {
    title,
    slug,
    tagSlugs,
    newTags: newTags.filter((t) => tagSlugs.includes(t.slug)),
    tldr,
    takeaways: takeaways.map((t) => t.text),
    body,
    coverUrl,
    coverAlt,
    sources: sources.map(({ url, title, kind }) => ({ url, title, kind })),
    author,
    publishAt,
  };
  const snapshot = JSON.stringify(fields);
  const [savedSnapshot, setSavedSnapshot] = useState(snapshot);
  const dirty = snapshot !== savedSnapshot;

  // Leaving with unsaved text asks first: reloads and closed tabs (beforeunload),
  // and links inside the app, which navigate without unloading the page.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    const guardLinks = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (!link || link.getAttribute("target") === "_blank" || event.defaultPrevented) return;
      if (!window.confirm("You have unsaved changes. Leave this page and lose them?")) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", warn);
    document.addEventListener("click", guardLinks, true);
    return () => {
      window.removeEventListener("beforeunload", warn);
      document.removeEventListener("click", guardLinks, true);
    };
  }, [dirty]);

  // The action bar sticks to the bottom on wider screens; keep focused fields from hiding under it.
  useEffect(() => {
    const root = document.documentElement;
    root.style.scrollPaddingBottom = "6rem";
    return () => {
      root.style.scrollPaddingBottom = "";
    };
  }, []);

  function clearErrors(prefix: string) {
    setErrors((all) => Object.fromEntries(Object.entries(all).filter(([path]) => path !== prefix && !path.startsWith(`${prefix}.`))));
  }

  function showErrors(error: unknown) {
    if (error instanceof ApiError) {
      const conflict = error.code === "conflict:version";
      setErrors(error.fields);
      const fieldCount = Object.keys(error.fields).length;
      setAlert({
        message:
          fieldCount > 1
            ? `Please fix the ${fieldCount} fields marked below. Nothing you typed has been lost.`
            : fieldCount === 1
              ? "Please fix the field marked below. Nothing you typed has been lost."
              : error.message,
        conflict,
      });
      const first = Object.keys(error.fields)[0];
      if (first) requestAnimationFrame(() => document.getElementById(controlIdFor(first))?.focus());
    } else {
      setErrors({});
      setAlert({ message: "The server could not be reached. Nothing you typed has been lost; try again." });
    }
  }

  const write = useMutation({
    // The payload travels with the request, so text typed while it is in flight stays "unsaved".
    mutationFn: ({ intent, payload }: { intent: Intent; payload: typeof fields }) =>
      saved
        ? fetcher<WriteResponse>(`/api/admin/stories/${saved.id}`, {
            method: "PUT",
            json: { ...payload, intent, version: saved.version },
          })
        : fetcher<WriteResponse>("/api/admin/stories", { method: "POST", json: { ...payload, intent } }),
    onMutate: () => {
      setAlert(null);
      setSuccess(null);
    },
    onSuccess: ({ story: result }, { intent, payload }) => {
      setErrors({});
      // The publish-time field shows the saved schedule, or nothing.
      const savedPublishAt = result.status === "scheduled" ? result.publishedAt : null;
      setSavedSnapshot(JSON.stringify({ ...payload, publishAt: savedPublishAt }));
      if (!saved) {
        // The new story's own page takes over; it shows what just happened.
        router.replace(`/admin/stories/${result.id}?done=${intent}`);
        return;
      }
      setSaved({ ...saved, ...result, title: payload.title });
      setPublishAt(savedPublishAt);
      setSuccess(
        <>
          {successMessages[intent]}{" "}
          {result.status === "published" && (
            <Link href={`/stories/${result.slug}`} className="underline">
              View the story
            </Link>
          )}
        </>,
      );
      router.refresh();
    },
    onError: showErrors,
  });

  const preview = useMutation({
    mutationFn: () =>
      fetcher<{ preview: { url: string } }>("/api/admin/previews", {
        method: "POST",
        json: { ...fields, storyId: saved?.id ?? null },
      }),
    onMutate: () => {
      setAlert(null);
      setPreviewLink(null);
    },
    onSuccess: ({ preview: { url } }) => {
      setErrors({});
      // Opened from the click that asked for it; a blocked pop-up gets a link instead.
      const opened = window.open(url, "_blank");
      if (!opened) setPreviewLink(url);
    },
    onError: showErrors,
  });

  const remove = useMutation({
    mutationFn: () =>
      fetcher(`/api/admin/stories/${saved!.id}?version=${saved!.version}`, { method: "DELETE" }),
    onSuccess: () => {
      setSavedSnapshot(snapshot);
      router.replace("/admin?deleted=1");
    },
    onError: (error) => {
      deleteDialog.current?.close();
      showErrors(error);
    },
  });

  const busy = write.isPending || preview.isPending || remove.isPending;
  const status = saved?.status ?? null;
  const pendingIntent = write.isPending ? write.variables.intent : null;
  const submit = (intent: Intent) => write.mutate({ intent, payload: fields });

  function actionButton(intent: Intent, label: string, primary = false) {
    return (
      <button
        type="button"
        onClick={() => submit(intent)}
        disabled={busy}
        className={primary ? primaryButtonClass : secondaryButtonClass}
      >
        {pendingIntent === intent ? "Working…" : label}
      </button>
    );
  }

  const timeZone = hydrated ? Intl.DateTimeFormat().resolvedOptions().timeZone : null;

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
            {dirty ? "Unsaved changes" : saved ? "All changes saved" : ""}
          </p>
        </div>
        <p className="-mt-6 text-sm text-stone-600 dark:text-stone-400">
          Fields marked <span aria-hidden="true">*</span>
          <span className="sr-only">with an asterisk</span> are required, for drafts too.
        </p>

        <div className="flex flex-col gap-3">
          <FormAlert message={alert?.message ?? null} />
          {alert?.conflict && saved && (
            <p className="text-sm">
              <a href={`/admin/stories/${saved.id}`} target="_blank" rel="noopener" className="font-medium underline">
                Open the latest version in a new tab
              </a>{" "}
              to compare, then reload this page to continue from it.
            </p>
          )}
          {/* Always mounted, so screen readers announce each new message. */}
          <div role="status" aria-live="polite">
            {success && (
              <p className="rounded-lg border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950/50 dark:text-emerald-100">
                {success}
              </p>
            )}
          </div>
        </div>

        <fieldset className="flex flex-col gap-5">
          <legend className="sr-only">Headline</legend>
          <TextField
            id="title"
            label="Title"
            required
            maxLength={200}
            value={title}
            error={errors.title}
            onChange={(value) => {
              setTitle(value);
              if (!slugEdited) setSlug(slugify(value));
            }}
          />
          <TextField
            id="slug"
            label="Slug"
            required
            maxLength={120}
            value={slug}
            error={errors.slug}
            onChange={(value) => {
              setSlug(value);
              setSlugEdited(true);
            }}
            hint={
              <>
                The story&apos;s address: <span className="break-all">/stories/{slug || "…"}</span>
                {!slugEdited && " (follows the title until you edit it)"}
                {status === "published" && saved && slug !== saved.slug && ". Changing it breaks links to the old address."}
              </>
            }
          />
          <TextField id="author" label="Author" required maxLength={120} value={author} error={errors.author} onChange={setAuthor} />
        </fieldset>

        <TagsField
          known={[...tags, ...newTags.filter((n) => !tags.some((t) => t.slug === n.slug))]}
          selected={tagSlugs}
          onChange={setTagSlugs}
          onCreate={(tag) => setNewTags((list) => (list.some((t) => t.slug === tag.slug) ? list : [...list, tag]))}
          error={errors.tagSlugs}
          newTagError={errors.newTags}
        />

        <TextArea id="tldr" label="TL;DR" required maxLength={1000} rows={3} value={tldr} error={errors.tldr} onChange={setTldr} hint="One or two sentences a reader can stop after." />

        <TakeawaysField
          items={takeaways}
          onChange={setTakeaways}
          onReshape={() => clearErrors("takeaways")}
          errors={errors}
        />

        <BodyField value={body} onChange={setBody} error={errors.body} />

        <fieldset className="flex flex-col gap-4">
          <legend className="text-lg font-semibold">Cover image</legend>
          <TextField
            id="coverUrl"
            label="Image URL"
            type="url"
            maxLength={2000}
            value={coverUrl}
            error={errors.coverUrl}
            onChange={setCoverUrl}
            hint="Optional. An https:// address, or a path on this site such as /images/cover.jpg."
          />
          <TextField
            id="coverAlt"
            label="Image description (alt text)"
            maxLength={300}
            value={coverAlt}
            error={errors.coverAlt}
            onChange={setCoverAlt}
            hint="What the image shows, for readers who cannot see it."
          />
        </fieldset>

        <SourcesField
          items={sources}
          onChange={setSources}
          onReshape={() => clearErrors("sources")}
          errors={errors}
        />

        <fieldset className="flex flex-col gap-4 rounded-xl border border-stone-200 p-4 sm:p-5 dark:border-stone-800">
          <legend className="px-1 text-lg font-semibold">Publishing</legend>
          {saved && status !== "draft" && saved.publishedAt && (
            <p className="text-sm">
              {status === "scheduled" ? "Scheduled for " : "Published "}
              <time dateTime={saved.publishedAt}>
                {hydrated
                  ? new Intl.DateTimeFormat(undefined, { dateStyle: "full", timeStyle: "short" }).format(new Date(saved.publishedAt))
                  : saved.publishedAt}
              </time>
              .
            </p>
          )}
          <div>
            <label htmlFor="publishAt" className={labelClass}>
              Publish at (your time){timeZone && <span className="font-normal">, {timeZone}</span>}
            </label>
            <input
              id="publishAt"
              name="publishAt"
              type="datetime-local"
              step={1}
              value={hydrated ? toLocalInput(publishAt) : ""}
              onChange={(e) => setPublishAt(fromLocalInput(e.target.value))}
              className={`mt-1 ${inputClass} sm:max-w-xs`}
              {...describedBy("publishAt", { error: errors.publishAt, hint: true })}
            />
            <p id="publishAt-hint" className="mt-1 text-sm text-stone-600 dark:text-stone-400">
              {status === "published"
                ? "This story is live. To schedule it again, unpublish it first."
                : `Used by ${status === "scheduled" ? "Reschedule" : "Schedule"}: the story appears by itself at this time (stored in UTC).`}
            </p>
            <FieldError id="publishAt" message={errors.publishAt} />
          </div>
        </fieldset>

        <div className="flex flex-wrap gap-3 border-t border-stone-200 py-3 sm:sticky sm:bottom-0 sm:z-10 sm:rounded-xl sm:border sm:bg-white/95 sm:px-4 sm:backdrop-blur dark:border-stone-800 sm:dark:bg-stone-950/95">
          {!saved && actionButton("draft", "Save draft", true)}
          {status === "draft" && actionButton("save", "Save draft", true)}
          {(status === "scheduled" || status === "published") && actionButton("save", status === "published" ? "Update" : "Save", true)}
          <button type="button" onClick={() => preview.mutate()} disabled={busy} className={secondaryButtonClass}>
            {preview.isPending ? "Opening…" : "Preview"}
          </button>
          {status !== "published" && actionButton("publish", "Publish now")}
          {/* A live story is unpublished first; scheduling it would silently take it off the site. */}
          {status !== "published" && actionButton("schedule", status === "scheduled" ? "Reschedule" : "Schedule")}
          {(status === "scheduled" || status === "published") && actionButton("unpublish", "Unpublish")}
          {saved && (
            <button
              type="button"
              disabled={busy}
              onClick={() => deleteDialog.current?.showModal()}
              className="inline-flex min-h-11 items-center justify-center rounded-lg border border-red-300 px-5 font-medium text-red-800 hover:bg-red-50 disabled:opacity-60 sm:ml-auto dark:border-red-800 dark:text-red-300 dark:hover:bg-red-950"
            >
              Delete
            </button>
          )}
        </div>
        {previewLink && (
          <p role="status" className="text-sm">
            Your browser blocked the new tab.{" "}
            <a href={previewLink} target="_blank" rel="noopener" className="font-medium underline">
              Open the preview
            </a>
          </p>
        )}

        {saved && (
          <dialog
            ref={deleteDialog}
            aria-labelledby="delete-heading"
            className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl border border-stone-200 bg-white p-6 text-stone-900 backdrop:bg-stone-950/60 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100"
          >
            <h2 id="delete-heading" className="text-lg font-semibold">
              Delete this story?
            </h2>
            <p className="mt-2 text-sm break-words">
              “{saved.title}” will be removed for good, with readers&apos; bookmarks of it. This cannot be undone.
              {status === "published" && " To take it off the site but keep it, unpublish it instead."}
            </p>
            <div className="mt-5 flex flex-wrap justify-end gap-3">
              <button type="button" autoFocus onClick={() => deleteDialog.current?.close()} className={secondaryButtonClass}>
                Cancel
              </button>
              <button
                type="button"
                disabled={remove.isPending}
                onClick={() => remove.mutate()}
                className="inline-flex min-h-11 items-center justify-center rounded-lg bg-red-700 px-5 font-semibold text-white hover:bg-red-800 disabled:opacity-60"
              >
                {remove.isPending ? "Deleting…" : "Delete story"}
              </button>
            </div>
          </dialog>
        )}
      </fieldset>
    </form>
  );
}
