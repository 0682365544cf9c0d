// GET  /api/admin/tags – every tag with its story and follower counts
// POST /api/admin/tags – create a tag
import { getDb } from "@/db/client";
import { createTag, listTagsForDesk } from "@/db/queries/admin-tags";
import { assertSameOrigin, parseBody, route } from "@/lib/api/route";
import { requireAdmin } from "@/lib/auth/guards";
import { createTagSchema } from "@/lib/schemas/admin";

export const GET = route(async () => {
  await requireAdmin();
  return Response.json({ tags: await listTagsForDesk(getDb()) });
});

export const POST = route(async (request) => {
  assertSameOrigin(request);
  const admin = await requireAdmin();
  const input = await parseBody(request, createTagSchema);
  const tag = await createTag(getDb(), admin, input);
  return Response.json({ tag }, { status: 201 });
});
