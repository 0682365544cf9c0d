// Labelled form controls for the story editor. Each shows its own error right
// below it, tied to the control with aria-describedby so screen readers read it.
import { inputClass, labelClass } from "@/components/ui/classes";

export const errorTextClass = "mt-1 text-sm font-medium text-red-700 dark:text-red-300";

export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={`${id}-error`} className={errorTextClass}>
      {message}
    </p>
  );
}

/** aria attributes for a control with an optional hint and error. */
export function describedBy(id: string, { error, hint }: { error?: string; hint?: boolean }) {
  const ids = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ");
  return { "aria-invalid": error ? true : undefined, "aria-describedby": ids || undefined };
}

type BaseProps = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: React.ReactNode;
  required?: boolean;
  maxLength?: number;
};

/** The asterisk sits outside the <label>, so the label (and the accessible name) is just the field's name. */
export function RequiredMark() {
  return (
    <span aria-hidden="true" className="ml-1 text-sm font-medium text-red-700 dark:text-red-300">
      *
    </span>
  );
}

function Label({ id, label, required }: { id: string; label: string; required?: boolean }) {
  return (
    <div className="flex items-baseline">
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      {required && <RequiredMark />}
    </div>
  );
}

function Hint({ id, hint }: { id: string; hint: React.ReactNode }) {
  return (
    <p id={`${id}-hint`} className="mt-1 text-sm text-stone-600 dark:text-stone-400">
      {hint}
    </p>
  );
}

export function TextField({ id, label, value, onChange, error, hint, required, maxLength, type = "text" }: BaseProps & { type?: "text" | "url" }) {
  return (
    <div>
      <Label id={id} label={label} required={required} />
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
      {hint && <Hint id={id} hint={hint} />}
      <FieldError id={id} message={error} />
    </div>
  );
}

export function TextArea({ id, label, value, onChange, error, hint, required, maxLength, rows = 3, className = "" }: BaseProps & { rows?: number; className?: string }) {
  return (
    <div>
      <Label id={id} label={label} required={required} />
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
      {hint && <Hint id={id} hint={hint} />}
      <FieldError id={id} message={error} />
    </div>
  );
}
