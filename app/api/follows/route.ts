// GET /api/follows – the tags the signed-in reader follows
import { getDb } from "@/db/client";
import { listFollowedTags } from "@/db/queries/follows";
import { route } from "@/lib/api/route";
import { requireUser } from "@/lib/auth/guards";

export const GET = route(async () => {
  const user = await requireUser();
  return Response.json({ tags: await listFollowedTags(getDb(), user.id) });
});
