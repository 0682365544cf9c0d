"use client";

// The desk's one field system: a label, its control, a hint and the server's
// error below it, tied to the control with aria-describedby (`${id}-hint`,
// `${id}-error`) so screen readers read them with it. The story editor spaces
// its fields with margins (TextField, TextArea); the tag forms stack theirs
// (Field). Both read a refused request's messages the same way.
import { useEffect, type RefObject } from "react";
import { inputClass, labelClass } from "@/components/ui/classes";
import { ApiError } from "@/lib/query/fetcher";

export const hintClass = "text-sm text-stone-600 dark:text-stone-400";
export const errorTextClass = "mt-1 text-sm font-medium text-red-700 dark:text-red-300";
const stackedErrorClass = "text-sm font-medium text-red-800 dark:text-red-300";

/** aria attributes for a control with an optional hint and error. */
export function describedBy(id: string, { error, hint }: { error?: string; hint?: boolean }) {
  const ids = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ");
  return { "aria-invalid": error ? true : undefined, "aria-describedby": ids || undefined };
}

export function FieldHint({ id, className = `mt-1 ${hintClass}`, children }: { id: string; className?: string; children: React.ReactNode }) {
  return (
    <p id={`${id}-hint`} className={className}>
      {children}
    </p>
  );
}

export function FieldError({ id, message, className = errorTextClass }: { id: string; message: string | undefined; className?: string }) {
  if (!message) return null;
  return (
    <p id={`${id}-error`} className={className}>
      {message}
    </p>
  );
}

/** The asterisk sits outside the <label>, so the label (and the accessible name) is just the field's name. */
export function RequiredMark() {
  return (
    <span aria-hidden="true" className="ml-1 text-sm font-medium text-red-700 dark:text-red-300">
      *
    </span>
  );
}

export function FieldLabel({ id, label, required }: { id: string; label: string; required?: boolean }) {
  return (
    <div className="flex items-baseline">
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      {required && <RequiredMark />}
    </div>
  );
}

type TextProps = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: React.ReactNode;
  required?: boolean;
  maxLength?: number;
};

export function TextField({ id, label, value, onChange, error, hint, required, maxLength, type = "text" }: TextProps & { type?: "text" | "url" }) {
  return (
    <div>
      <FieldLabel id={id} label={label} required={required} />
      <input
        id={id}
        name={id}
        type={type}
        value={value}
        maxLength={maxLength}
        aria-required={required || undefined}
        onChange={(e) => onChange(e.target.value)}
        className={`mt-1 ${inputClass}`}
        {...describedBy(id, { error, hint: !!hint })}
      />
      {hint && <FieldHint id={id}>{hint}</FieldHint>}
      <FieldError id={id} message={error} />
    </div>
  );
}

export function TextArea({ id, label, value, onChange, error, hint, required, maxLength, rows = 3, className = "" }: TextProps & { rows?: number; className?: string }) {
  return (
    <div>
      <FieldLabel id={id} label={label} required={required} />
      <textarea
        id={id}
        name={id}
        value={value}
        rows={rows}
        maxLength={maxLength}
        aria-required={required || undefined}
        onChange={(e) => onChange(e.target.value)}
        className={`mt-1 ${inputClass} py-2 ${className}`}
        {...describedBy(id, { error, hint: !!hint })}
      />
      {hint && <FieldHint id={id}>{hint}</FieldHint>}
      <FieldError id={id} message={error} />
    </div>
  );
}

/** A label over any control (given as children, wired with describedBy), then its hint and error. */
export function Field({ id, label, hint, error, children }: { id: string; label: string; hint?: React.ReactNode; error?: string; children: React.ReactNode }) {
  return (
    <div className="flex min-w-0 flex-col gap-1.5">
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      {children}
      {hint && (
        <FieldHint id={id} className={hintClass}>
          {hint}
        </FieldHint>
      )}
      <FieldError id={id} message={error} className={stackedErrorClass} />
    </div>
  );
}

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
