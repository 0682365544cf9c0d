// GET /api/feed/following?cursor= – stories from the signed-in reader's followed tags, newest first
import { getDb } from "@/db/client";
import { listFollowingFeed } from "@/db/queries/follows";
import { parseParams, route, searchParamsOf } from "@/lib/api/route";
import { requireUser } from "@/lib/auth/guards";
import { encodeCursor } from "@/lib/cursor";
import { followingQuerySchema } from "@/lib/schemas/library";

export const GET = route(async (request) => {
  const user = await requireUser();
  const { cursor } = parseParams(followingQuerySchema, searchParamsOf(request));
  const page = await listFollowingFeed(getDb(), user.id, { before: cursor });
  return Response.json({ stories: page.stories, nextCursor: page.nextCursor ? encodeCursor(page.nextCursor) : null });
});
