// POST /api/newsletter/preferences – save preferences from the signed link in an email (no sign-in)
import { getDb } from "@/db/client";
import { getSubscriberById, savePreferences } from "@/db/queries/newsletter";
import { readBody, route, seeOther } from "@/lib/api/route";
import { verifySubscriberToken } from "@/lib/newsletter/tokens";
import { preferencesFormSchema } from "@/lib/schemas/newsletter";

export const POST = route(async (request) => {
  const raw = await readBody(request);
  const form = preferencesFormSchema.safeParse(raw);
  const token = typeof raw === "object" && raw !== null ? String((raw as Record<string, unknown>).token ?? "") : "";
  const who = await verifySubscriberToken("manage", token);
  if (!who) return seeOther("/newsletter/preferences?error=invalid");
  if (!form.success) return seeOther(`/newsletter/preferences?token=${encodeURIComponent(token)}&error=input`);
  const db = getDb();
  const subscriber = await getSubscriberById(db, who.id);
  if (!subscriber || subscriber.email !== who.email) return seeOther("/newsletter/preferences?error=invalid");
  const { subscribed, frequency, content } = form.data;
  await savePreferences(db, who.email, { subscribed, frequency, content });
  return seeOther(`/newsletter/preferences?token=${encodeURIComponent(token)}&saved=1`);
});
