// PATCH  /api/admin/tags/[tagSlug] – rename or re-describe a tag (its slug stays)
// DELETE /api/admin/tags/[tagSlug] – delete a tag no story uses (409 otherwise: merge it instead)
import { getDb } from "@/db/client";
import { deleteTag, updateTag } from "@/db/queries/admin-tags";
import { assertSameOrigin, parseBody, parseParams, route } from "@/lib/api/route";
import { requireAdmin } from "@/lib/auth/guards";
import { updateTagSchema } from "@/lib/schemas/admin";
import { tagSlugParamSchema } from "@/lib/schemas/library";

type Context = { params: Promise<{ tagSlug: string }> };

export const PATCH = route(async (request, { params }: Context) => {
  assertSameOrigin(request);
  const admin = await requireAdmin();
  const { tagSlug } = parseParams(tagSlugParamSchema, await params);
  const input = await parseBody(request, updateTagSchema);
  const tag = await updateTag(getDb(), admin, tagSlug, input);
  return Response.json({ tag });
});

export const DELETE = route(async (request, { params }: Context) => {
  assertSameOrigin(request);
  const admin = await requireAdmin();
  const { tagSlug } = parseParams(tagSlugParamSchema, await params);
  const result = await deleteTag(getDb(), admin, tagSlug);
  return Response.json({ deleted: { slug: tagSlug, ...result } });
});
