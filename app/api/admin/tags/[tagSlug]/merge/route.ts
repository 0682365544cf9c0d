// POST /api/admin/tags/[tagSlug]/merge { into } – move the tag's stories and followers onto another, then remove it
import { getDb } from "@/db/client";
import { mergeTags } from "@/db/queries/admin-tags";
import { assertSameOrigin, parseBody, parseParams, route } from "@/lib/api/route";
import { requireAdmin } from "@/lib/auth/guards";
import { mergeTagSchema } from "@/lib/schemas/admin";
import { tagSlugParamSchema } from "@/lib/schemas/library";

export const POST = route(async (request, { params }: { params: Promise<{ tagSlug: string }> }) => {
  assertSameOrigin(request);
  const admin = await requireAdmin();
  const { tagSlug } = parseParams(tagSlugParamSchema, await params);
  const { into } = await parseBody(request, mergeTagSchema);
  const merged = await mergeTags(getDb(), admin, tagSlug, into);
  return Response.json({ merged: { from: tagSlug, into, ...merged } });
});
