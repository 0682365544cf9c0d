"use client";

import { describedBy, FieldError, TextField } from "@/components/admin/ui/field";
import { inputClass, labelClass, secondaryButtonClass } from "@/components/ui/classes";
import { sourceKinds, type SourceKind } from "@/db/schema/stories";
import { sourceKindLabels } from "@/lib/source-kinds";

export type SourceDraft = { key: string; url: string; title: string; kind: SourceKind | "" };

/** The story's evidence: each source's link, title and kind. */
export function SourcesField({
  items,
  onChange,
  errors,
  makeKey,
}: {
  items: SourceDraft[];
  onChange: (items: SourceDraft[]) => void;
  errors: Record<string, string>;
  makeKey: () => string;
}) {
  const update = (key: string, patch: Partial<SourceDraft>) =>
    onChange(items.map((s) => (s.key === key ? { ...s, ...patch } : s)));

  return (
    <fieldset className="flex flex-col gap-4">
      <legend className="text-lg font-semibold">Sources</legend>
      <p className="-mt-2 text-sm text-stone-600 dark:text-stone-400">
        Shown to readers as the story&apos;s Evidence, so they can check the claim.
      </p>
      {errors.sources && <FieldError id="sources" message={errors.sources} />}
      <ol className="flex flex-col gap-4">
        {items.map((source, i) => {
          const kindId = `source-${i}-kind`;
          const kindError = errors[`sources.${i}.kind`];
          return (
            <li key={source.key} className="grid gap-3 rounded-lg border border-stone-200 p-3 sm:grid-cols-2 dark:border-stone-800">
              <p className="text-sm font-semibold sm:col-span-2">Source {i + 1}</p>
              <TextField
                id={`source-${i}-url`}
                label={`Source ${i + 1} link`}
                type="url"
                maxLength={2000}
                value={source.url}
                error={errors[`sources.${i}.url`]}
                onChange={(url) => update(source.key, { url })}
              />
              <TextField
                id={`source-${i}-title`}
                label={`Source ${i + 1} title`}
                maxLength={300}
                value={source.title}
                error={errors[`sources.${i}.title`]}
                onChange={(title) => update(source.key, { title })}
              />
              <div>
                <label htmlFor={kindId} className={labelClass}>
                  Source {i + 1} kind
                </label>
                <select
                  id={kindId}
                  value={source.kind}
                  onChange={(e) => update(source.key, { kind: e.target.value as SourceKind | "" })}
                  className={`mt-1 ${inputClass}`}
                  {...describedBy(kindId, { error: kindError })}
                >
                  <option value="">Choose…</option>
                  {sourceKinds.map((kind) => (
                    <option key={kind} value={kind}>
                      {sourceKindLabels[kind]}
                    </option>
                  ))}
                </select>
                <FieldError id={kindId} message={kindError} />
              </div>
              <div className="flex items-end">
                <button
                  type="button"
                  className={secondaryButtonClass}
                  aria-label={`Remove source ${i + 1}`}
                  onClick={() => {
                    onChange(items.filter((s) => s.key !== source.key));
                    requestAnimationFrame(() => document.getElementById("add-source")?.focus());
                  }}
                >
                  Remove
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        id="add-source"
        className={`${secondaryButtonClass} self-start`}
        disabled={items.length >= 20}
        onClick={() => {
          onChange([...items, { key: makeKey(), url: "", title: "", kind: "" }]);
          requestAnimationFrame(() => document.getElementById(`source-${items.length}-url`)?.focus());
        }}
      >
        Add source
      </button>
    </fieldset>
  );
}
