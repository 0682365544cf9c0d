// What a publish, edit or tag change must refresh. A story shows up on the
// feed, its tag pages, other stories' "Related" lists, RSS, the sitemap and
// readers' saved and following pages, so the whole public site is marked
// stale at once rather than guessing at a list of paths that could miss one.
import "server-only";
import { revalidatePath } from "next/cache";

export function revalidatePublicPages(): void {
  revalidatePath("/", "layout");
}
