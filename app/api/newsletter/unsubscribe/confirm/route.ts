// POST /api/newsletter/unsubscribe/confirm – the Unsubscribe button on /newsletter/unsubscribe (a plain form post)
import { getDb } from "@/db/client";
import { unsubscribe } from "@/db/queries/newsletter";
import { assertSameOrigin, readBody, route, seeOther } from "@/lib/api/route";
import { verifySubscriberToken } from "@/lib/newsletter/tokens";
import { tokenFormSchema } from "@/lib/schemas/newsletter";

// Apart from the one-click endpoint, whose contract with mail providers is
// theirs: this one is our page's form, so it takes the token in the form and
// refuses posts from other sites. The signed token is the proof; no session.
export const POST = route(async (request) => {
  assertSameOrigin(request);
  const form = tokenFormSchema.safeParse(await readBody(request));
  const who = form.success ? await verifySubscriberToken("manage", form.data.token) : null;
  const subscriber = who ? await unsubscribe(getDb(), who.id, who.email) : null;
  if (!form.success || !subscriber) return seeOther("/newsletter/unsubscribed?error=invalid");
  return seeOther(`/newsletter/unsubscribed?token=${encodeURIComponent(form.data.token)}`);
});
