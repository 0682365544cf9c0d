// POST /api/admin/previews – snapshot the story form and get the URL of its real-page preview
import { getDb } from "@/db/client";
import { savePreview } from "@/db/queries/story-previews";
import { assertSameOrigin, parseBody, route } from "@/lib/api/route";
import { requireAdmin } from "@/lib/auth/guards";
import { previewStorySchema, STORY_REQUEST_MAX_BYTES } from "@/lib/schemas/story";

export const POST = route(async (request) => {
  assertSameOrigin(request);
  const admin = await requireAdmin();
  const input = await parseBody(request, previewStorySchema, { maxBytes: STORY_REQUEST_MAX_BYTES });
  const id = await savePreview(getDb(), admin.id, input);
  return Response.json({ preview: { id, url: `/admin/preview/${id}` } }, { status: 201 });
});
