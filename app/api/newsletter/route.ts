// GET /api/newsletter – the signed-in reader's newsletter preferences
// PUT /api/newsletter – change them (subscribed, frequency, content)
import { getDb } from "@/db/client";
import { getSubscriberByEmail, savePreferences } from "@/db/queries/newsletter";
import { assertSameOrigin, parseBody, route } from "@/lib/api/route";
import { requireUser } from "@/lib/auth/guards";
import { preferencesSchema } from "@/lib/schemas/newsletter";

function shape(subscriber: { status: string; frequency: string; content: string } | null) {
  return {
    subscribed: subscriber?.status === "active",
    frequency: subscriber?.frequency ?? "weekly",
    content: subscriber?.content ?? "all",
  };
}

export const GET = route(async () => {
  const user = await requireUser();
  return Response.json(shape(await getSubscriberByEmail(getDb(), user.email)));
});

export const PUT = route(async (request) => {
  assertSameOrigin(request);
  const user = await requireUser();
  const prefs = await parseBody(request, preferencesSchema);
  return Response.json(shape(savePreferences(getDb(), user.email, prefs)));
});
