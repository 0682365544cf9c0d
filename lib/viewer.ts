// What the signed-in reader has saved and follows, for just the stories and
// tags on the page being rendered (a handful of indexed look-ups).
import "server-only";
import { getDb } from "@/db/client";
import { savedStoryIds } from "@/db/queries/bookmarks";
import { followedTagSlugs } from "@/db/queries/follows";
import { getCurrentUser } from "@/lib/auth/session";

export type Viewer = { signedIn: boolean; saved: ReadonlySet<number>; following: ReadonlySet<string> };

export const signedOutViewer: Viewer = { signedIn: false, saved: new Set(), following: new Set() };

export async function getViewer({ storyIds = [], follows = false }: { storyIds?: number[]; follows?: boolean } = {}): Promise<Viewer> {
  const user = await getCurrentUser();
  if (!user) return signedOutViewer;
  const db = getDb();
  const [saved, following] = await Promise.all([
    savedStoryIds(db, user.id, storyIds),
    follows ? followedTagSlugs(db, user.id) : Promise.resolve(new Set<string>()),
  ]);
  return { signedIn: true, saved, following };
}
