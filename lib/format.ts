import { site } from "@/lib/site";

const fullDate = new Intl.DateTimeFormat("en-US", {
  weekday: "long",
  year: "numeric",
  month: "long",
  day: "numeric",
  timeZone: site.timeZone,
});

const shortDate = new Intl.DateTimeFormat("en-US", {
  year: "numeric",
  month: "short",
  day: "numeric",
  timeZone: site.timeZone,
});

/** "Thursday, April 9, 2026", as on the story page. */
export function formatFullDate(date: Date): string {
  return fullDate.format(date);
}

/** "Apr 9, 2026", as on feed cards. */
export function formatShortDate(date: Date): string {
  return shortDate.format(date);
}

export function formatReadingTime(minutes: number): string {
  return `${Math.max(1, minutes)} min read`;
}

/** Cuts text at a word boundary to at most `max` characters, adding an ellipsis. */
export function excerpt(text: string, max = 180): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–—-]+$/, "")}…`;
}
