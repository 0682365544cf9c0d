"use client";

// Field-level error plumbing shared by the tag forms: messages from
// ApiError.fields sit under their input and are wired up with aria attributes.
import { useEffect, type RefObject } from "react";
import { labelClass } from "@/components/ui/classes";
export { useHydrated } from "@/components/ui/use-hydrated";
import { ApiError } from "@/lib/query/fetcher";

export const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
export const quoted = (name: string) => `“${name}”`;

export const hintClass = "text-sm text-stone-600 dark:text-stone-400";

/** The per-field messages of a failed request, when it has any. */
export function fieldErrors(error: Error | null): Record<string, string> {
  return error instanceof ApiError ? error.fields : {};
}

/** The form-level message: the server's own, or a pointer to the fields when they carry it. */
export function formError(error: Error | null, fields: readonly string[]): string | null {
  if (!error) return null;
  const errors = fieldErrors(error);
  return fields.some((f) => errors[f]) ? "Nothing was saved. Check the field marked below." : error.message;
}

/** Moves focus to the first field the server refused, so it is read out with its message. */
export function useFocusFirstInvalid(form: RefObject<HTMLFormElement | null>, error: Error | null) {
  useEffect(() => {
    if (error) form.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
  }, [form, error]);
}

/** Props that tie a control to its hint and error message. */
export function describe(id: string, error: string | undefined, hasHint = false) {
  const ids = [hasHint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ");
  return { id, "aria-invalid": error ? true : undefined, "aria-describedby": ids || undefined } as const;
}

export function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: React.ReactNode;
  error?: string;
  children: React.ReactNode;
}) {
  return (
    <div className="flex min-w-0 flex-col gap-1.5">
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className={hintClass}>
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-800 dark:text-red-300">
          {error}
        </p>
      )}
    </div>
  );
}
