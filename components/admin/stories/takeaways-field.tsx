"use client";

import { errorTextClass, RequiredMark, TextArea } from "@/components/admin/ui/field";
import { secondaryButtonClass } from "@/components/ui/classes";

export type TakeawayDraft = { key: string; text: string };

const smallButton =
  "inline-flex min-h-10 min-w-10 items-center justify-center rounded-md border border-stone-300 px-3 text-sm font-medium hover:border-emerald-700 disabled:opacity-40 dark:border-stone-600 dark:hover:border-emerald-400";

/** Numbered key takeaways: add, remove and reorder, all from the keyboard. */
export function TakeawaysField({
  items,
  onChange,
  errors,
  makeKey,
}: {
  items: TakeawayDraft[];
  onChange: (items: TakeawayDraft[]) => void;
  errors: Record<string, string>;
  makeKey: () => string;
}) {
  function move(index: number, by: -1 | 1, focusId: string) {
    const next = [...items];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item!);
    onChange(next);
    // Keep the keyboard on the button that moved, now at its new place; at either end
    // that button is disabled, so the takeaway's text box takes focus instead.
    requestAnimationFrame(() => {
      const button = document.getElementById(focusId.replace(`-${index}-`, `-${index + by}-`));
      if (button instanceof HTMLButtonElement && !button.disabled) button.focus();
      else document.getElementById(`takeaway-${index + by}`)?.focus();
    });
  }

  return (
    <fieldset className="flex flex-col gap-4">
      <legend className="text-lg font-semibold">
        Key takeaways
        <RequiredMark />
      </legend>
      {errors.takeaways && <p id="takeaways-error" className={errorTextClass}>{errors.takeaways}</p>}
      <ol className="flex flex-col gap-4">
        {items.map((item, i) => (
          <li key={item.key} className="flex flex-col gap-2 rounded-lg border border-stone-200 p-3 dark:border-stone-800">
            <TextArea
              id={`takeaway-${i}`}
              label={`Takeaway ${i + 1}`}
              rows={2}
              maxLength={400}
              value={item.text}
              error={errors[`takeaways.${i}`]}
              onChange={(text) => onChange(items.map((t) => (t.key === item.key ? { ...t, text } : t)))}
            />
            <div className="flex flex-wrap gap-2">
              <button
                type="button"
                id={`takeaway-${i}-up`}
                className={smallButton}
                disabled={i === 0}
                aria-label={`Move takeaway ${i + 1} up`}
                onClick={() => move(i, -1, `takeaway-${i}-up`)}
              >
                ↑ Up
              </button>
              <button
                type="button"
                id={`takeaway-${i}-down`}
                className={smallButton}
                disabled={i === items.length - 1}
                aria-label={`Move takeaway ${i + 1} down`}
                onClick={() => move(i, 1, `takeaway-${i}-down`)}
              >
                ↓ Down
              </button>
              <button
                type="button"
                className={smallButton}
                aria-label={`Remove takeaway ${i + 1}`}
                onClick={() => {
                  onChange(items.filter((t) => t.key !== item.key));
                  requestAnimationFrame(() => document.getElementById(items.length > 1 ? `takeaway-${Math.max(0, i - 1)}` : "add-takeaway")?.focus());
                }}
              >
                Remove
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button
        type="button"
        id="add-takeaway"
        className={`${secondaryButtonClass} self-start`}
        disabled={items.length >= 10}
        aria-describedby={errors.takeaways ? "takeaways-error" : undefined}
        onClick={() => {
          onChange([...items, { key: makeKey(), text: "" }]);
          requestAnimationFrame(() => document.getElementById(`takeaway-${items.length}`)?.focus());
        }}
      >
        Add takeaway
      </button>
    </fieldset>
  );
}
