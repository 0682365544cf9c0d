// GET  /api/admin/stories?status=&tag=&q=&cursor= – every story, recently edited first
// POST /api/admin/stories – create a story as a draft, published now, or scheduled
import { getDb } from "@/db/client";
import { listStoriesForDesk } from "@/db/queries/admin-stories";
import { createDeskStory } from "@/db/queries/admin-story-writes";
import { assertSameOrigin, parseBody, parseParams, route, searchParamsOf } from "@/lib/api/route";
import { requireAdmin } from "@/lib/auth/guards";
import { encodeCursor } from "@/lib/cursor";
import { deskListQuerySchema } from "@/lib/schemas/admin";
import { createStorySchema, STORY_REQUEST_MAX_BYTES } from "@/lib/schemas/story";

export const GET = route(async (request) => {
  await requireAdmin();
  const { status, tag, q, cursor } = parseParams(deskListQuerySchema, searchParamsOf(request));
  const page = await listStoriesForDesk(getDb(), { status, tagSlug: tag, q, before: cursor });
  return Response.json({ stories: page.stories, nextCursor: page.nextCursor ? encodeCursor(page.nextCursor) : null });
});

export const POST = route(async (request) => {
  assertSameOrigin(request);
  const admin = await requireAdmin();
  const input = await parseBody(request, createStorySchema, { maxBytes: STORY_REQUEST_MAX_BYTES });
  const story = await createDeskStory(getDb(), admin, input);
  return Response.json({ story }, { status: 201 });
});
