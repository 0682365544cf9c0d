"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { describedBy, Field, fieldErrors, formError, useFocusFirstInvalid } from "@/components/admin/ui/field";
import { inputClass, primaryButtonClass } from "@/components/ui/classes";
import { FormAlert } from "@/components/ui/form-alert";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { DeskTag } from "@/db/queries/admin-tags";
import { fetcher } from "@/lib/query/fetcher";
import { slugify } from "@/lib/slug";
import type { Announce } from "./use-announce";

type NewTag = { slug: string; name: string; description: string };
const empty: NewTag = { slug: "", name: "", description: "" };

/** The new-tag form; the slug follows the name until the admin types one. */
export function CreateTagForm({ announce }: { announce: Announce }) {
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
