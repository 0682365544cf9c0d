"use client";

// When the story goes live: what is saved now, and the time Schedule uses,
// typed in the admin's own zone and sent in UTC.
import { describedBy, FieldError, FieldHint } from "@/components/admin/ui/field";
import { inputClass, labelClass } from "@/components/ui/classes";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { StoryFormStory } from "./use-story-draft";

/** "2026-11-26T14:30:05" in the browser's zone, for datetime-local; "" when there is no time. */
function toLocalInput(iso: string | null): string {
  if (!iso) return "";
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** datetime-local's value is the admin's wall-clock time; Date reads it in their zone. */
function fromLocalInput(value: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

export function PublishingField({
  saved,
  value,
  onChange,
  error,
}: {
  saved: StoryFormStory | null;
  value: string | null;
  onChange: (iso: string | null) => void;
  error?: string;
}) {
  const hydrated = useHydrated();
  const status = saved?.status ?? null;
  const timeZone = hydrated ? Intl.DateTimeFormat().resolvedOptions().timeZone : null;

  return (
    <fieldset className="flex flex-col gap-4 rounded-xl border border-stone-200 p-4 sm:p-5 dark:border-stone-800">
      <legend className="px-1 text-lg font-semibold">Publishing</legend>
      {saved && status !== "draft" && saved.publishedAt && (
        <p className="text-sm">
          {status === "scheduled" ? "Scheduled for " : "Published "}
          <time dateTime={saved.publishedAt}>
            {hydrated
              ? new Intl.DateTimeFormat(undefined, { dateStyle: "full", timeStyle: "short" }).format(new Date(saved.publishedAt))
              : saved.publishedAt}
          </time>
          .
        </p>
      )}
      <div>
        <label htmlFor="publishAt" className={labelClass}>
          Publish at (your time){timeZone && <span className="font-normal">, {timeZone}</span>}
        </label>
        <input
          id="publishAt"
          name="publishAt"
          type="datetime-local"
          step={1}
          value={hydrated ? toLocalInput(value) : ""}
          onChange={(e) => onChange(fromLocalInput(e.target.value))}
          className={`mt-1 ${inputClass} sm:max-w-xs`}
          {...describedBy("publishAt", { error, hint: true })}
        />
        <FieldHint id="publishAt">
          {status === "published"
            ? "This story is live. To schedule it again, unpublish it first."
            : `Used by ${status === "scheduled" ? "Reschedule" : "Schedule"}: the story appears by itself at this time (stored in UTC).`}
        </FieldHint>
        <FieldError id="publishAt" message={error} />
      </div>
    </fieldset>
  );
}
