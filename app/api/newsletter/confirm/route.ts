// POST /api/newsletter/confirm – confirm a subscription with the token from the confirmation email
import { getDb } from "@/db/client";
import { confirmSubscription } from "@/db/queries/newsletter";
import { readBody, route, seeOther } from "@/lib/api/route";
import { verifySubscriberToken } from "@/lib/newsletter/tokens";
import { tokenFormSchema } from "@/lib/schemas/newsletter";

// Only the page's button posts here (a GET of the emailed link confirms nothing).
// The signed token is the proof; no session or Origin is needed.
export const POST = route(async (request) => {
  const form = tokenFormSchema.safeParse(await readBody(request));
  const who = form.success ? await verifySubscriberToken("confirm", form.data.token) : null;
  const subscriber = who ? await confirmSubscription(getDb(), who.id, who.email) : null;
  if (!subscriber) return seeOther("/newsletter/confirm?error=invalid");
  return seeOther("/newsletter/subscribed");
});
