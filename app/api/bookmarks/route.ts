// GET /api/bookmarks?cursor=&tag= – the signed-in reader's saved stories, newest saved first
import { getDb } from "@/db/client";
import { listSavedStories } from "@/db/queries/bookmarks";
import { getTagBySlug } from "@/db/queries/tags";
import { parseParams, route, searchParamsOf } from "@/lib/api/route";
import { requireUser } from "@/lib/auth/guards";
import { encodeCursor } from "@/lib/cursor";
import { AppError } from "@/lib/errors";
import { bookmarksQuerySchema } from "@/lib/schemas/library";

export const GET = route(async (request) => {
  const user = await requireUser();
  const { cursor, tag } = parseParams(bookmarksQuerySchema, searchParamsOf(request));
  const db = getDb();
  const tagRow = tag ? await getTagBySlug(db, tag) : null;
  if (tag && !tagRow) throw new AppError("not_found:tag", "There is no such tag.", 404);
  const page = await listSavedStories(db, user.id, { before: cursor, tagId: tagRow?.id });
  return Response.json({
    bookmarks: page.items,
    nextCursor: page.nextCursor ? encodeCursor(page.nextCursor) : null,
  });
});
