// POST /api/newsletter/subscribe – sign up for the newsletter (double opt-in; one click when signed in)
import { assertSameOrigin, clientIp, parseBody, route, seeOther, wantsHtml } from "@/lib/api/route";
import { getCurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { subscribeAddress, subscribeReader } from "@/lib/newsletter/subscribe";
import { subscribeSchema } from "@/lib/schemas/newsletter";

export const POST = route(async (request) => {
  const html = wantsHtml(request);
  try {
    assertSameOrigin(request);
    const { email } = await parseBody(request, subscribeSchema);
    const user = await getCurrentUser();
    if (user && (!email || email === user.email.toLowerCase())) {
      await subscribeReader(user, clientIp(request));
      if (!user.emailVerified) return html ? seeOther("/newsletter/check-inbox") : Response.json({ ok: true, subscribed: false });
      return html ? seeOther("/newsletter/subscribed") : Response.json({ ok: true, subscribed: true });
    }
    if (!email) throw new AppError("invalid_input", "Enter your email address.", 422);
    await subscribeAddress(email, clientIp(request));
    // The same answer whether or not the address was subscribed already.
    return html ? seeOther("/newsletter/check-inbox") : Response.json({ ok: true, subscribed: false });
  } catch (error) {
    if (!(error instanceof AppError) || !html) throw error;
    return seeOther(`/newsletter/check-inbox?error=${encodeURIComponent(error.code)}`);
  }
});

