import type { DigestContent, DigestFrequency } from "@/db/schema/newsletter";

const legendClass = "text-sm font-medium text-stone-800 dark:text-stone-200";
const optionClass = "flex min-h-9 items-center gap-2";

/** Frequency and content choices, shared by Settings and the emailed preferences link. */
export function NewsletterFields({
  frequency,
  content,
  canFilterByFollows,
  filterHint = "sign in and follow topics to use this",
  onChange,
}: {
  frequency: DigestFrequency;
  content: DigestContent;
  canFilterByFollows: boolean;
  /** Why "only the topics I follow" is unavailable, when it is. */
  filterHint?: string;
  onChange?: (next: { frequency?: DigestFrequency; content?: DigestContent }) => void;
}) {
  return (
    <>
      <fieldset className="flex flex-col gap-1">
        <legend className={legendClass}>How often</legend>
        {(["weekly", "daily"] as const).map((value) => (
          <label key={value} className={optionClass}>
            <input
              type="radio"
              name="frequency"
              value={value}
              defaultChecked={onChange ? undefined : frequency === value}
              checked={onChange ? frequency === value : undefined}
              onChange={onChange ? () => onChange({ frequency: value }) : undefined}
            />
            {value === "weekly" ? "Weekly" : "Daily"}
          </label>
        ))}
      </fieldset>
      <fieldset className="flex flex-col gap-1">
        <legend className={legendClass}>What it covers</legend>
        <label className={optionClass}>
          <input
            type="radio"
            name="content"
            value="all"
            defaultChecked={onChange ? undefined : content === "all"}
            checked={onChange ? content === "all" : undefined}
            onChange={onChange ? () => onChange({ content: "all" }) : undefined}
          />
          All stories
        </label>
        <label className={optionClass}>
          <input
            type="radio"
            name="content"
            value="followed"
            disabled={!canFilterByFollows}
            defaultChecked={onChange ? undefined : content === "followed"}
            checked={onChange ? content === "followed" : undefined}
            onChange={onChange ? () => onChange({ content: "followed" }) : undefined}
          />
          Only the topics I follow{!canFilterByFollows && ` (${filterHint})`}
        </label>
      </fieldset>
    </>
  );
}
