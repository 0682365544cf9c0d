"use client";

import { TextArea } from "@/components/admin/ui/field";
import { ListEditor, newRowKey } from "@/components/admin/ui/list-editor";

export type TakeawayDraft = { key: string; text: string };

const smallButton =
  "inline-flex min-h-10 min-w-10 items-center justify-center rounded-md border border-stone-300 px-3 text-sm font-medium hover:border-emerald-700 disabled:opacity-40 dark:border-stone-600 dark:hover:border-emerald-400";

/** Numbered key takeaways: add, remove and reorder, all from the keyboard. */
export function TakeawaysField({
  items,
  onChange,
  onReshape,
  errors,
}: {
  items: TakeawayDraft[];
  onChange: (items: TakeawayDraft[]) => void;
  onReshape: () => void;
  errors: Record<string, string>;
}) {
  return (
    <ListEditor
      name="takeaways"
      legend="Key takeaways"
      required
      items={items}
      onChange={onChange}
      onReshape={onReshape}
      error={errors.takeaways}
      max={10}
      rowClassName="flex flex-col gap-2 rounded-lg border border-stone-200 p-3 dark:border-stone-800"
      fieldIdAt={(i) => `takeaway-${i}`}
      addId="add-takeaway"
      addLabel="Add takeaway"
      makeRow={() => ({ key: newRowKey(), text: "" })}
    >
      {(item, i, row) => (
        <>
          <TextArea
            id={`takeaway-${i}`}
            label={`Takeaway ${i + 1}`}
            rows={2}
            maxLength={400}
            value={item.text}
            error={errors[`takeaways.${i}`]}
            onChange={(text) => row.update({ text })}
          />
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              id={`takeaway-${i}-up`}
              className={smallButton}
              disabled={i === 0}
              aria-label={`Move takeaway ${i + 1} up`}
              onClick={() => row.move(-1, (at) => `takeaway-${at}-up`)}
            >
              ↑ Up
            </button>
            <button
              type="button"
              id={`takeaway-${i}-down`}
              className={smallButton}
              disabled={i === items.length - 1}
              aria-label={`Move takeaway ${i + 1} down`}
              onClick={() => row.move(1, (at) => `takeaway-${at}-down`)}
            >
              ↓ Down
            </button>
            <button
              type="button"
              className={smallButton}
              aria-label={`Remove takeaway ${i + 1}`}
              onClick={() => row.remove(items.length > 1 ? `takeaway-${Math.max(0, i - 1)}` : "add-takeaway")}
            >
              Remove
            </button>
          </div>
        </>
      )}
    </ListEditor>
  );
}
