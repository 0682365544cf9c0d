// POST /api/admin/markdown – the body field's live preview, rendered by the
// same function as the public story page, so what the admin sees is exact.
import { assertSameOrigin, parseBody, route } from "@/lib/api/route";
import { requireAdmin } from "@/lib/auth/guards";
import { renderMarkdown } from "@/lib/markdown";
import { markdownPreviewSchema } from "@/lib/schemas/admin";
import { STORY_REQUEST_MAX_BYTES } from "@/lib/schemas/story";

export const POST = route(async (request) => {
  assertSameOrigin(request);
  await requireAdmin();
  const { markdown } = await parseBody(request, markdownPreviewSchema, { maxBytes: STORY_REQUEST_MAX_BYTES });
  return Response.json({ html: renderMarkdown(markdown) });
});
