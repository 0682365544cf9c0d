// Audit entries in words, for the audit log and a story's history.
import type { AuditEntry } from "@/db/schema";

const fieldNames: Record<string, string> = {
  slug: "slug",
  title: "title",
  tldr: "TL;DR",
  takeaways: "takeaways",
  body: "body",
  author: "author",
  coverUrl: "cover image",
  coverAlt: "cover description",
  sources: "sources",
  tags: "tags",
};

function list(words: string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

function changedFields(details: Record<string, unknown>): string {
  const changed = Array.isArray(details.changed) ? details.changed.filter((c): c is string => typeof c === "string") : [];
  return changed.length ? ` (changed ${list(changed.map((c) => fieldNames[c] ?? c))})` : "";
}

function utc(iso: unknown): string {
  return typeof iso === "string" ? `${iso.slice(0, 16).replace("T", " ")} UTC` : "a later time";
}

/** "published “Title”", "merged tag “AI” into “Robots”", … (the actor is written before it). */
export function describeAuditEntry(entry: Pick<AuditEntry, "action" | "subjectLabel" | "details">): string {
  const d = entry.details;
  const subject = `“${entry.subjectLabel}”`;
  switch (entry.action) {
    case "story.create":
      return `created ${subject}`;
    case "story.update":
      return `edited ${subject}${changedFields(d)}`;
    case "story.publish":
      return `published ${subject}${changedFields(d)}`;
    case "story.schedule":
      return `scheduled ${subject} for ${utc(d.at)}${changedFields(d)}`;
    case "story.unpublish":
      return `unpublished ${subject}${changedFields(d)}`;
    case "story.delete":
      return `deleted ${subject}`;
    case "tag.create":
      return `created tag ${subject}`;
    case "tag.update":
      return typeof d.previousName === "string" ? `renamed tag “${d.previousName}” to ${subject}` : `edited tag ${subject}`;
    case "tag.merge":
      return `merged tag ${subject} into “${String(d.intoName ?? d.into ?? "another tag")}”`;
    case "tag.delete":
      return `deleted tag ${subject}`;
    case "user.role":
      return `made ${entry.subjectLabel} ${d.role === "admin" ? "an admin" : "a reader"}`;
  }
}
