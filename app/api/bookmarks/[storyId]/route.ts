// GET /api/bookmarks/[storyId] – whether the signed-in reader has saved this story
// PUT /api/bookmarks/[storyId] – save a story for the signed-in reader (idempotent)
// DELETE /api/bookmarks/[storyId] – remove it (idempotent)
import { getDb } from "@/db/client";
import { savedStoryIds, saveStory, unsaveStory } from "@/db/queries/bookmarks";
import { assertSameOrigin, parseParams, route } from "@/lib/api/route";
import { requireUser } from "@/lib/auth/guards";
import { storyIdParamSchema } from "@/lib/schemas/library";

type Context = { params: Promise<{ storyId: string }> };

export const GET = route(async (_request, { params }: Context) => {
  const user = await requireUser();
  const { storyId } = parseParams(storyIdParamSchema, await params);
  const saved = (await savedStoryIds(getDb(), user.id, [storyId])).has(storyId);
  return Response.json({ storyId, saved });
});

export const PUT = route(async (request, { params }: Context) => {
  assertSameOrigin(request);
  const user = await requireUser();
  const { storyId } = parseParams(storyIdParamSchema, await params);
  const savedAt = await saveStory(getDb(), user.id, storyId);
  return Response.json({ storyId, saved: true, savedAt });
});

export const DELETE = route(async (request, { params }: Context) => {
  assertSameOrigin(request);
  const user = await requireUser();
  const { storyId } = parseParams(storyIdParamSchema, await params);
  await unsaveStory(getDb(), user.id, storyId);
  return Response.json({ storyId, saved: false });
});
