// GET    /api/admin/stories/[storyId] – one story as the editor loads it
// PUT    /api/admin/stories/[storyId] – save it (and publish, schedule or unpublish), if `version` is still current
// DELETE /api/admin/stories/[storyId]?version=N – delete it for good
import { getDb } from "@/db/client";
import { getStoryForDesk } from "@/db/queries/admin-stories";
import { deleteDeskStory, updateDeskStory } from "@/db/queries/admin-story-writes";
import { assertSameOrigin, parseBody, parseParams, route, searchParamsOf } from "@/lib/api/route";
import { requireAdmin } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { deleteStoryQuerySchema } from "@/lib/schemas/admin";
import { storyIdParamSchema } from "@/lib/schemas/library";
import { STORY_REQUEST_MAX_BYTES, updateStorySchema } from "@/lib/schemas/story";

type Context = { params: Promise<{ storyId: string }> };

export const GET = route(async (_request, { params }: Context) => {
  await requireAdmin();
  const { storyId } = parseParams(storyIdParamSchema, await params);
  const story = await getStoryForDesk(getDb(), storyId);
  if (!story) throw new AppError("not_found:story", "There is no such story.", 404);
  return Response.json({ story });
});

export const PUT = route(async (request, { params }: Context) => {
  assertSameOrigin(request);
  const admin = await requireAdmin();
  const { storyId } = parseParams(storyIdParamSchema, await params);
  const input = await parseBody(request, updateStorySchema, { maxBytes: STORY_REQUEST_MAX_BYTES });
  const story = await updateDeskStory(getDb(), admin, storyId, input);
  return Response.json({ story });
});

export const DELETE = route(async (request, { params }: Context) => {
  assertSameOrigin(request);
  const admin = await requireAdmin();
  const { storyId } = parseParams(storyIdParamSchema, await params);
  const { version } = parseParams(deleteStoryQuerySchema, searchParamsOf(request));
  const deleted = await deleteDeskStory(getDb(), admin, storyId, version);
  return Response.json({ deleted });
});
