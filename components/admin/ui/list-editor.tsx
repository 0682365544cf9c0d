"use client";

// A repeatable list of fieldsets (a story's takeaways, its sources): rows are
// added, removed and moved from the keyboard, and focus goes where the next
// keystroke expects it, since the control that had it may be gone.
import { secondaryButtonClass } from "@/components/ui/classes";
import { FieldError, RequiredMark } from "./field";

/** Rows are keyed, not indexed, so what is typed in one stays with it as others move or go. */
export type Row = { key: string };

let nextKey = 0;
export const newRowKey = () => `k${++nextKey}`;

/** What a row's own controls may do to the list. */
export type RowActions<T> = {
  update: (patch: Partial<T>) => void;
  /** Takes the row out, then focuses the element with this id. */
  remove: (focusId: string) => void;
  /** Keeps focus on the moved button (its id at the new place), or on the row's first field when that button is now disabled. */
  move: (by: -1 | 1, buttonIdAt: (index: number) => string) => void;
};

const focusSoon = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

export function ListEditor<T extends Row>({
  name,
  legend,
  required,
  intro,
  items,
  onChange,
  onReshape,
  error,
  max,
  rowClassName,
  fieldIdAt,
  addId,
  addLabel,
  makeRow,
  children: renderRow,
}: {
  /** The list's path in the server's errors ("takeaways"). */
  name: string;
  legend: string;
  required?: boolean;
  intro?: React.ReactNode;
  items: T[];
  onChange: (items: T[]) => void;
  /** Rows were added, removed or moved: errors keyed by position no longer point at the right row. */
  onReshape: () => void;
  error?: string;
  max: number;
  rowClassName: string;
  /** The id of row i's first field, which takes focus when the row is added. */
  fieldIdAt: (index: number) => string;
  addId: string;
  addLabel: string;
  makeRow: () => T;
  children: (item: T, index: number, actions: RowActions<T>) => React.ReactNode;
}) {
  const reshape = (next: T[]) => {
    onReshape();
    onChange(next);
  };

  function actionsFor(item: T, index: number): RowActions<T> {
    return {
      update: (patch) => onChange(items.map((row) => (row.key === item.key ? { ...row, ...patch } : row))),
      remove: (focusId) => {
        reshape(items.filter((row) => row.key !== item.key));
        focusSoon(focusId);
      },
      move: (by, buttonIdAt) => {
        const next = [...items];
        next.splice(index, 1);
        next.splice(index + by, 0, item);
        reshape(next);
        requestAnimationFrame(() => {
          const button = document.getElementById(buttonIdAt(index + by));
          if (button instanceof HTMLButtonElement && !button.disabled) button.focus();
          else document.getElementById(fieldIdAt(index + by))?.focus();
        });
      },
    };
  }

  return (
    <fieldset className="flex flex-col gap-4">
      <legend className="text-lg font-semibold">
        {legend}
        {required && <RequiredMark />}
      </legend>
      {intro && <p className="-mt-2 text-sm text-stone-600 dark:text-stone-400">{intro}</p>}
      <FieldError id={name} message={error} />
      <ol className="flex flex-col gap-4">
        {items.map((item, i) => (
          <li key={item.key} className={rowClassName}>
            {renderRow(item, i, actionsFor(item, i))}
          </li>
        ))}
      </ol>
      <button
        type="button"
        id={addId}
        className={`${secondaryButtonClass} self-start`}
        disabled={items.length >= max}
        aria-describedby={error ? `${name}-error` : undefined}
        onClick={() => {
          reshape([...items, makeRow()]);
          focusSoon(fieldIdAt(items.length));
        }}
      >
        {addLabel}
      </button>
    </fieldset>
  );
}
