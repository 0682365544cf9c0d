"use client";

import { useState } from "react";
import { describedBy, FieldError, FieldHint, FieldLabel } from "@/components/admin/ui/field";
import { inputClass, labelClass, secondaryButtonClass } from "@/components/ui/classes";
import { slugify } from "@/lib/slug";

export type TagOption = { slug: string; name: string };

/**
 * The primary tag (the story's label) and any further tags, picked from the
 * existing ones or created here; a created tag is saved with the story.
 */
export function TagsField({
  known,
  selected,
  onChange,
  onCreate,
  error,
  newTagError,
}: {
  known: TagOption[];
  selected: string[];
  onChange: (slugs: string[]) => void;
  onCreate: (tag: TagOption) => void;
  error?: string;
  newTagError?: string;
}) {
  const [newName, setNewName] = useState("");
  const [localError, setLocalError] = useState<string | null>(null);
  const primary = selected[0] ?? "";
  const others = known.filter((t) => t.slug !== primary);

  function add(slug: string) {
    onChange(selected.length === 0 ? [slug] : selected.includes(slug) ? selected : [...selected, slug]);
  }

  function create() {
    const name = newName.trim();
    const slug = slugify(name);
    if (!slug) {
      setLocalError("The tag's address is made from Latin letters and digits; include at least one.");
      return;
    }
    if (name.length > 60) {
      setLocalError("Keep tag names under 60 characters.");
      return;
    }
    const existing = known.find((t) => t.slug === slug || t.name.toLowerCase() === name.toLowerCase());
    if (!existing) onCreate({ slug, name });
    add(existing?.slug ?? slug);
    setNewName("");
    setLocalError(null);
  }

  const newError = localError ?? newTagError;

  return (
    <fieldset className="flex flex-col gap-4">
      <legend className="text-lg font-semibold">Tags</legend>
      <div>
        <FieldLabel id="primaryTag" label="Primary tag" required />
        <select
          id="primaryTag"
          value={primary}
          aria-required
          onChange={(e) => {
            const slug = e.target.value;
            onChange(slug ? [slug, ...selected.filter((s) => s !== slug && s !== primary)] : selected.slice(1));
          }}
          className={`mt-1 ${inputClass} sm:max-w-sm`}
          {...describedBy("primaryTag", { error, hint: true })}
        >
          <option value="">Choose…</option>
          {known.map((t) => (
            <option key={t.slug} value={t.slug}>
              {t.name}
            </option>
          ))}
        </select>
        <FieldHint id="primaryTag">Shown as the story&apos;s label, above the title.</FieldHint>
        <FieldError id="primaryTag" message={error} />
      </div>

      {others.length > 0 && (
        <fieldset>
          <legend className={labelClass}>More tags</legend>
          <ul className="mt-2 flex flex-wrap gap-2">
            {others.map((t) => (
              <li key={t.slug}>
                <label className="inline-flex min-h-10 cursor-pointer items-center gap-2 rounded-full border border-stone-300 px-3 text-sm has-checked:border-emerald-700 has-checked:bg-emerald-50 has-checked:text-emerald-900 dark:border-stone-600 dark:has-checked:border-emerald-400 dark:has-checked:bg-emerald-950 dark:has-checked:text-emerald-100">
                  <input
                    type="checkbox"
                    className="size-4 accent-emerald-700"
                    checked={selected.includes(t.slug)}
                    onChange={(e) => onChange(e.target.checked ? [...selected, t.slug] : selected.filter((s) => s !== t.slug))}
                  />
                  {t.name}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}

      <div>
        <label htmlFor="newTagName" className={labelClass}>
          New tag
        </label>
        <div className="mt-1 flex flex-wrap gap-2">
          <input
            id="newTagName"
            value={newName}
            maxLength={60}
            onChange={(e) => setNewName(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                create();
              }
            }}
            className={`${inputClass} max-w-xs flex-1`}
            {...describedBy("newTagName", { error: newError ?? undefined })}
          />
          <button type="button" onClick={create} className={secondaryButtonClass}>
            Add tag
          </button>
        </div>
        <FieldError id="newTagName" message={newError ?? undefined} />
      </div>
    </fieldset>
  );
}
