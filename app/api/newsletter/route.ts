// GET /api/newsletter – the signed-in reader's newsletter preferences
// PUT /api/newsletter – change them (subscribed, frequency, content)
import { getDb } from "@/db/client";
import { getSubscriberByEmail, savePreferences } from "@/db/queries/newsletter";
import { assertSameOrigin, parseBody, route } from "@/lib/api/route";
import { requireUser } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { preferencesSchema } from "@/lib/schemas/newsletter";

function shape(subscriber: { status: string; frequency: string; content: string } | null) {
  return {
    subscribed: subscriber?.status === "active",
    frequency: subscriber?.frequency ?? "weekly",
    content: subscriber?.content ?? "all",
  };
}

/** Only an address the reader proved (by signing in with an emailed code) is theirs to read or change here. */
function requireVerified(user: { emailVerified: boolean }) {
  if (!user.emailVerified) {
    throw new AppError(
      "forbidden:unverified_email",
      "Sign in once with an emailed link or code to manage the newsletter here, or use the sign-up form.",
      403,
    );
  }
}

export const GET = route(async () => {
  const user = await requireUser();
  requireVerified(user);
  return Response.json(shape(await getSubscriberByEmail(getDb(), user.email)));
});

export const PUT = route(async (request) => {
  assertSameOrigin(request);
  const user = await requireUser();
  requireVerified(user);
  const prefs = await parseBody(request, preferencesSchema);
  return Response.json(shape(await savePreferences(getDb(), user.email, prefs)));
});
