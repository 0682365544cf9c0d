// GET /api/follows/[tagSlug] – whether the signed-in reader follows this tag
// PUT /api/follows/[tagSlug] – follow a tag (idempotent)
// DELETE /api/follows/[tagSlug] – unfollow it (idempotent)
import { getDb } from "@/db/client";
import { followedTagSlugs, followTag, unfollowTag } from "@/db/queries/follows";
import { assertSameOrigin, parseParams, route } from "@/lib/api/route";
import { requireUser } from "@/lib/auth/guards";
import { tagSlugParamSchema } from "@/lib/schemas/library";

type Context = { params: Promise<{ tagSlug: string }> };

export const GET = route(async (_request, { params }: Context) => {
  const user = await requireUser();
  const { tagSlug } = parseParams(tagSlugParamSchema, await params);
  return Response.json({ tagSlug, following: (await followedTagSlugs(getDb(), user.id)).has(tagSlug) });
});

export const PUT = route(async (request, { params }: Context) => {
  assertSameOrigin(request);
  const user = await requireUser();
  const { tagSlug } = parseParams(tagSlugParamSchema, await params);
  await followTag(getDb(), user.id, tagSlug);
  return Response.json({ tagSlug, following: true });
});

export const DELETE = route(async (request, { params }: Context) => {
  assertSameOrigin(request);
  const user = await requireUser();
  const { tagSlug } = parseParams(tagSlugParamSchema, await params);
  await unfollowTag(getDb(), user.id, tagSlug);
  return Response.json({ tagSlug, following: false });
});
