"use client";

import { describedBy, FieldError, TextField } from "@/components/admin/ui/field";
import { ListEditor, newRowKey } from "@/components/admin/ui/list-editor";
import { inputClass, labelClass, secondaryButtonClass } from "@/components/ui/classes";
import { sourceKinds, type SourceKind } from "@/db/schema/stories";
import { sourceKindLabels } from "@/lib/source-kinds";

export type SourceDraft = { key: string; url: string; title: string; kind: SourceKind | "" };

/** The story's evidence: each source's link, title and kind. */
export function SourcesField({
  items,
  onChange,
  onReshape,
  errors,
}: {
  items: SourceDraft[];
  onChange: (items: SourceDraft[]) => void;
  onReshape: () => void;
  errors: Record<string, string>;
}) {
  return (
    <ListEditor
      name="sources"
      legend="Sources"
      intro="Shown to readers as the story's Evidence, so they can check the claim."
      items={items}
      onChange={onChange}
      onReshape={onReshape}
      error={errors.sources}
      max={20}
      rowClassName="grid gap-3 rounded-lg border border-stone-200 p-3 sm:grid-cols-2 dark:border-stone-800"
      fieldIdAt={(i) => `source-${i}-url`}
      addId="add-source"
      addLabel="Add source"
      makeRow={(): SourceDraft => ({ key: newRowKey(), url: "", title: "", kind: "" })}
    >
      {(source, i, row) => {
        const kindId = `source-${i}-kind`;
        const kindError = errors[`sources.${i}.kind`];
        return (
          <>
            <p className="text-sm font-semibold sm:col-span-2">Source {i + 1}</p>
            <TextField
              id={`source-${i}-url`}
              label={`Source ${i + 1} link`}
              type="url"
              maxLength={2000}
              value={source.url}
              error={errors[`sources.${i}.url`]}
              onChange={(url) => row.update({ url })}
            />
            <TextField
              id={`source-${i}-title`}
              label={`Source ${i + 1} title`}
              maxLength={300}
              value={source.title}
              error={errors[`sources.${i}.title`]}
              onChange={(title) => row.update({ title })}
            />
            <div>
              <label htmlFor={kindId} className={labelClass}>
                Source {i + 1} kind
              </label>
              <select
                id={kindId}
                value={source.kind}
                onChange={(e) => row.update({ kind: e.target.value as SourceKind | "" })}
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
              <button type="button" className={secondaryButtonClass} aria-label={`Remove source ${i + 1}`} onClick={() => row.remove("add-source")}>
                Remove
              </button>
            </div>
          </>
        );
      }}
    </ListEditor>
  );
}
