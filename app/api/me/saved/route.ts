// GET /api/me/saved?stories=1,2,3 – which of these stories the signed-in reader has saved
import { getDb } from "@/db/client";
import { savedStoryIds } from "@/db/queries/bookmarks";
import { parseParams, route, searchParamsOf } from "@/lib/api/route";
import { requireUser } from "@/lib/auth/guards";
import { savedQuerySchema } from "@/lib/schemas/me";

export const GET = route(async (request) => {
  const user = await requireUser();
  const { stories } = parseParams(savedQuerySchema, searchParamsOf(request));
  const saved = await savedStoryIds(getDb(), user.id, stories);
  return Response.json({ saved: [...saved] }, { headers: { "Cache-Control": "private, no-store" } });
});
