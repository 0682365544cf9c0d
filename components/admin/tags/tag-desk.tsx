"use client";

// The Tags page's interactive part: the new-tag form, the list of tags, and one
// status line that says what the last change did.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { describedBy, Field, fieldErrors, formError, useFocusFirstInvalid } from "@/components/admin/ui/field";
import { inputClass, primaryButtonClass } from "@/components/ui/classes";
import { FormAlert } from "@/components/ui/form-alert";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { DeskTag } from "@/db/queries/admin-tags";
import { fetcher } from "@/lib/query/fetcher";
import { slugify } from "@/lib/slug";
import { TagRow } from "./tag-row";

export type Announce = (text: string, options?: { focus?: boolean }) => void;

export function TagDesk({ tags }: { tags: DeskTag[] }) {
  const [notice, setNotice] = useState<{ text: string; focus: boolean; n: number } | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const announce = useCallback<Announce>((text, options) => {
    setNotice((prev) => ({ text, focus: !!options?.focus, n: (prev?.n ?? 0) + 1 }));
  }, []);
  // After a merge or delete the row that had focus is gone: keep keyboard users here.
  useEffect(() => {
    if (notice?.focus) statusRef.current?.focus();
  }, [notice]);

  return (
    <div>
      {/* Always rendered, so screen readers announce each new message in it. */}
      <div ref={statusRef} role="status" tabIndex={-1} className="rounded-lg">
        {notice && (
          <p className="mb-8 rounded-lg border border-emerald-300 bg-emerald-50 p-3 text-sm break-words text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950/50 dark:text-emerald-100">
            {notice.text}
          </p>
        )}
      </div>
      <div className="flex flex-col gap-10">
        <section aria-labelledby="new-tag-heading" className="flex flex-col gap-4">
          <h2 id="new-tag-heading" className="text-xl font-semibold">
            New tag
          </h2>
          <CreateTagForm announce={announce} />
        </section>

        <section aria-labelledby="all-tags-heading" className="flex flex-col gap-4">
          <h2 id="all-tags-heading" className="text-xl font-semibold">
            All tags <span className="font-normal text-stone-600 dark:text-stone-400">({tags.length})</span>
          </h2>
          {tags.length === 0 ? (
            <p className="text-stone-600 dark:text-stone-400">No tags yet. Create the first one above.</p>
          ) : (
            <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 dark:divide-stone-800 dark:border-stone-800">
              {tags.map((tag) => (
                <TagRow key={tag.slug} tag={tag} allTags={tags} announce={announce} />
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}

type NewTag = { slug: string; name: string; description: string };
const empty: NewTag = { slug: "", name: "", description: "" };

function CreateTagForm({ announce }: { announce: Announce }) {
  const router = useRouter();
  const hydrated = useHydrated();
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<NewTag>(empty);
  // The slug follows the name until the admin types a slug of their own.
  const [slugTouched, setSlugTouched] = useState(false);
  const create = useMutation({
    mutationFn: (input: NewTag) => fetcher<{ tag: DeskTag }>("/api/admin/tags", { method: "POST", json: input }),
    onSuccess: ({ tag }) => {
      announce(`Created “${tag.name}”. Its page is /tags/${tag.slug}.`);
      setDraft(empty);
      setSlugTouched(false);
      router.refresh();
    },
  });
  useFocusFirstInvalid(formRef, create.error);
  const errors = fieldErrors(create.error);
  const general = formError(create.error, ["slug", "name", "description"]);

  return (
    <form
      ref={formRef}
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        create.mutate(draft);
      }}
    >
      <FormAlert message={general} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="new-tag-name" label="Name" error={errors.name}>
          <input
            id="new-tag-name"
            {...describedBy("new-tag-name", { error: errors.name })}
            required
            maxLength={60}
            autoComplete="off"
            value={draft.name}
            onChange={(e) => {
              const name = e.target.value;
              setDraft((d) => ({ ...d, name, slug: slugTouched ? d.slug : slugify(name) }));
            }}
            className={inputClass}
          />
        </Field>
        <Field
          id="new-tag-slug"
          label="Slug"
          error={errors.slug}
          hint={
            <>
              Suggested from the name. The tag’s page will be{" "}
              <span className="wrap-anywhere">/tags/{draft.slug || "…"}</span>, and the slug cannot be changed later.
            </>
          }
        >
          <input
            id="new-tag-slug"
            {...describedBy("new-tag-slug", { error: errors.slug, hint: true })}
            required
            maxLength={120}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            value={draft.slug}
            onChange={(e) => {
              setSlugTouched(e.target.value !== "");
              setDraft((d) => ({ ...d, slug: e.target.value }));
            }}
            className={inputClass}
          />
        </Field>
      </div>
      <Field id="new-tag-description" label="Description (optional)" error={errors.description} hint="Shown under the name on the tag’s page.">
        <textarea
          id="new-tag-description"
          {...describedBy("new-tag-description", { error: errors.description, hint: true })}
          rows={2}
          maxLength={500}
          value={draft.description}
          onChange={(e) => setDraft((d) => ({ ...d, description: e.target.value }))}
          className={`${inputClass} py-2`}
        />
      </Field>
      <div>
        <button type="submit" className={primaryButtonClass} disabled={!hydrated || create.isPending}>
          {create.isPending ? "Creating…" : "Create tag"}
        </button>
      </div>
    </form>
  );
}
