// What each kind of story source is, in the words a reader weighs a claim by.
// Shared by the story page's Evidence card and the editor. Safe on the client.
import type { SourceKind } from "@/db/schema/stories";

export const sourceKindLabels: Record<SourceKind, string> = {
  paper: "Peer-reviewed paper",
  preprint: "Preprint",
  announcement: "Company announcement",
  news: "News report",
  dataset: "Dataset",
};
