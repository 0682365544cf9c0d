"use client";

// One tag on the Tags page, with its three actions: edit (name and description;
// the slug stays), merge into another tag, and delete (only when unused).
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { ConfirmDialog } from "@/components/admin/ui/confirm-dialog";
import { hintClass } from "@/components/admin/ui/field";
import { secondaryButtonClass } from "@/components/ui/classes";
import { FormAlert } from "@/components/ui/form-alert";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { DeskTag } from "@/db/queries/admin-tags";
import { ApiError, fetcher } from "@/lib/query/fetcher";
import { EditTagForm, MergeTagForm } from "./tag-panels";
import { count, quoted } from "./tag-text";
import type { Announce } from "./use-announce";

type Panel = "edit" | "merge" | null;

export function TagRow({ tag, allTags, announce }: { tag: DeskTag; allTags: DeskTag[]; announce: Announce }) {
  const router = useRouter();
  const hydrated = useHydrated();
  const [panel, setPanel] = useState<Panel>(null);
  const [confirming, setConfirming] = useState<"merge" | "delete" | null>(null);
  const [into, setInto] = useState("");
  const editButton = useRef<HTMLButtonElement>(null);
  const mergeButton = useRef<HTMLButtonElement>(null);
  const base = `tag-${tag.slug}`;
  const path = `/api/admin/tags/${encodeURIComponent(tag.slug)}`;
  const target = allTags.find((t) => t.slug === into);

  const remove = useMutation({
    mutationFn: () => fetcher<{ deleted: { slug: string; followers: number } }>(path, { method: "DELETE" }),
    onSuccess: ({ deleted }) => {
      setConfirming(null);
      const lost = deleted.followers
        ? ` ${count(deleted.followers, "reader no longer follows", "readers no longer follow")} it.`
        : "";
      announce(`Deleted ${quoted(tag.name)}.${lost}`, { focus: true });
      router.refresh();
    },
    onError: () => setConfirming(null),
  });
  const merge = useMutation({
    mutationFn: (slug: string) =>
      fetcher<{ merged: { into: string; stories: number; followers: number } }>(`${path}/merge`, { method: "POST", json: { into: slug } }),
    onSuccess: ({ merged }) => {
      setConfirming(null);
      const name = allTags.find((t) => t.slug === merged.into)?.name ?? merged.into;
      announce(
        `Merged ${quoted(tag.name)} into ${quoted(name)}: ${count(merged.stories, "story", "stories")} and ${count(merged.followers, "follower", "followers")} moved.`,
        { focus: true },
      );
      router.refresh();
    },
    onError: () => setConfirming(null),
  });

  function open(next: Panel) {
    remove.reset();
    merge.reset();
    setPanel(next);
  }
  function close(returnTo: React.RefObject<HTMLButtonElement | null>) {
    setPanel(null);
    returnTo.current?.focus();
  }

  const inUse = remove.error instanceof ApiError && remove.error.code === "conflict:tag_in_use";

  return (
    <li className="flex flex-col gap-4 p-4">
      <div className="flex flex-wrap items-start justify-between gap-x-6 gap-y-3">
        <div className="flex min-w-0 flex-1 basis-56 flex-col gap-1">
          <h3 className="font-semibold break-words">{tag.name}</h3>
          <p className="text-sm">
            <Link
              href={`/tags/${tag.slug}`}
              className="wrap-anywhere text-emerald-800 underline hover:no-underline dark:text-emerald-400"
              aria-label={`Public page of ${tag.name}: /tags/${tag.slug}`}
            >
              /tags/{tag.slug}
            </Link>
          </p>
          {tag.description && <p className="text-sm break-words text-stone-700 dark:text-stone-300">{tag.description}</p>}
          <p className={hintClass}>
            {count(tag.storyCount, "story", "stories")} · {count(tag.followerCount, "follower", "followers")}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <button
            ref={editButton}
            type="button"
            className={secondaryButtonClass}
            disabled={!hydrated}
            aria-expanded={panel === "edit"}
            aria-controls={`${base}-edit`}
            onClick={() => (panel === "edit" ? close(editButton) : open("edit"))}
          >
            Edit<span className="sr-only"> {tag.name}</span>
          </button>
          <button
            ref={mergeButton}
            type="button"
            className={secondaryButtonClass}
            disabled={!hydrated}
            aria-expanded={panel === "merge"}
            aria-controls={`${base}-merge`}
            onClick={() => (panel === "merge" ? close(mergeButton) : open("merge"))}
          >
            Merge<span className="sr-only"> {tag.name} into another tag</span>
          </button>
          <button
            type="button"
            className={secondaryButtonClass}
            disabled={!hydrated}
            onClick={() => {
              remove.reset();
              setConfirming("delete");
            }}
          >
            Delete<span className="sr-only"> {tag.name}</span>
          </button>
        </div>
      </div>

      {remove.error && (
        <div className="flex flex-col items-start gap-2">
          <FormAlert message={remove.error.message} />
          {inUse && (
            <button type="button" className={secondaryButtonClass} onClick={() => open("merge")}>
              Merge {quoted(tag.name)} instead
            </button>
          )}
        </div>
      )}

      {panel === "edit" && (
        <EditTagForm
          id={`${base}-edit`}
          tag={tag}
          onDone={(name) => {
            announce(`Saved ${quoted(name)}.`);
            close(editButton);
            router.refresh();
          }}
          onCancel={() => close(editButton)}
        />
      )}

      {panel === "merge" && (
        <MergeTagForm
          id={`${base}-merge`}
          tag={tag}
          options={allTags.filter((t) => t.slug !== tag.slug)}
          into={into}
          setInto={setInto}
          error={merge.error}
          onSubmit={() => setConfirming("merge")}
          onCancel={() => close(mergeButton)}
        />
      )}

      <ConfirmDialog
        open={confirming === "delete"}
        title={`Delete ${quoted(tag.name)}?`}
        confirmLabel="Delete tag"
        pending={remove.isPending}
        onConfirm={() => remove.mutate()}
        onCancel={() => setConfirming(null)}
      >
        <p>
          {tag.followerCount
            ? `${count(tag.followerCount, "reader follows", "readers follow")} it and will lose the follow.`
            : "No one follows it."}{" "}
          Its page /tags/{tag.slug} will stop working. This cannot be undone.
        </p>
        {tag.storyCount > 0 && (
          <p>
            It is on {count(tag.storyCount, "story", "stories")}, so it cannot be deleted: merge it into another tag instead.
          </p>
        )}
      </ConfirmDialog>

      <ConfirmDialog
        open={confirming === "merge" && !!target}
        title={`Merge ${quoted(tag.name)} into ${quoted(target?.name ?? "")}?`}
        confirmLabel="Merge tags"
        pending={merge.isPending}
        onConfirm={() => merge.mutate(into)}
        onCancel={() => setConfirming(null)}
      >
        <p>
          {count(tag.storyCount, "story", "stories")} and {count(tag.followerCount, "follower", "followers")} move to{" "}
          {quoted(target?.name ?? "")}. Stories that have both tags keep one.
        </p>
        <p>{quoted(tag.name)} is then deleted and /tags/{tag.slug} stops working. This cannot be undone.</p>
      </ConfirmDialog>
    </li>
  );
}
