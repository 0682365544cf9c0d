// POST /api/newsletter/resubscribe – undo an unsubscribe, with the token from the email
import { getDb } from "@/db/client";
import { resubscribe } from "@/db/queries/newsletter";
import { readBody, route, seeOther } from "@/lib/api/route";
import { verifySubscriberToken } from "@/lib/newsletter/tokens";
import { tokenFormSchema } from "@/lib/schemas/newsletter";

export const POST = route(async (request) => {
  const form = tokenFormSchema.safeParse(await readBody(request));
  const who = form.success ? await verifySubscriberToken("manage", form.data.token) : null;
  if (!who || !(await resubscribe(getDb(), who.id, who.email))) return seeOther("/newsletter/unsubscribed?error=invalid");
  return seeOther(`/newsletter/unsubscribed?token=${encodeURIComponent(form.data!.token)}`);
});
