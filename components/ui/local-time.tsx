"use client";

import { useHydrated } from "./use-hydrated";

const utc = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

/**
 * A moment in the viewer's own time zone (an admin's scheduling happens in
 * theirs). The server cannot know that zone, so it renders UTC, labelled, and
 * the browser swaps in local time after hydration.
 */
export function LocalTime({ iso, className }: { iso: string; className?: string }) {
  const hydrated = useHydrated();
  const date = new Date(iso);
  const text = hydrated
    ? // dateStyle cannot be combined with timeZoneName, so the parts are spelled out.
      new Intl.DateTimeFormat(undefined, {
        year: "numeric",
        month: "short",
        day: "numeric",
        hour: "numeric",
        minute: "2-digit",
        timeZoneName: "short",
      }).format(date)
    : `${utc.format(date)} UTC`;
  return (
    <time dateTime={iso} className={className}>
      {text}
    </time>
  );
}
