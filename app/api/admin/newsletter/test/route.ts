// POST /api/admin/newsletter/test – email the digest preview to the signed-in admin, and no one else
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { getDb } from "@/db/client";
import { hitRateLimit, type RateLimit } from "@/db/queries/rate-limits";
import { digestContents, digestFrequencies } from "@/db/schema/newsletter";
import { assertSameOrigin, readBody, route, seeOther, validateBody, wantsHtml } from "@/lib/api/route";
import { requireAdmin } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { sendEmail } from "@/lib/mail/send";
import { composeDigest } from "@/lib/newsletter/digests";
import { digestEmail } from "@/lib/newsletter/emails";
import { previewSubscriber } from "@/lib/newsletter/preview";
import { site } from "@/lib/site";

const bodySchema = z.object({
  frequency: z.enum(digestFrequencies),
  content: z.enum(digestContents).default("all"),
});

const PER_ADMIN: RateLimit = { limit: 10, windowMs: 60 * 60_000 };

export const POST = route(async (request) => {
  assertSameOrigin(request);
  const admin = await requireAdmin();
  // The desk's form posts without JavaScript: it gets the page back, with the outcome in the query.
  const html = wantsHtml(request);
  const raw = await readBody(request);
  const back = (outcome: Record<string, string>) => {
    const query = new URLSearchParams();
    const { frequency, content } = (raw ?? {}) as Record<string, unknown>;
    if (typeof frequency === "string" && (digestFrequencies as readonly string[]).includes(frequency)) query.set("frequency", frequency);
    if (typeof content === "string" && (digestContents as readonly string[]).includes(content)) query.set("content", content);
    for (const [key, value] of Object.entries(outcome)) query.set(key, value);
    return seeOther(`/admin/newsletter?${query}`);
  };

  try {
    const { frequency, content } = validateBody(bodySchema, raw);
    const db = getDb();
    const limited = await hitRateLimit(db, `newsletter-test:${admin.id}`, PER_ADMIN);
    if (!limited.allowed) {
      throw new AppError("rate_limited:newsletter_test", "Too many test digests. Please try again later.", 429, {
        "Retry-After": String(limited.retryAfterSeconds),
      });
    }
    const now = new Date();
    const subscriber = previewSubscriber(admin.email, frequency, content, now);
    const digest = await composeDigest(db, subscriber, { now });
    if (digest.stories.length === 0) {
      throw new AppError("nothing_new", "No stories in this window: the sender would send nothing, so there is no test to send.", 409);
    }
    const email = await digestEmail({ subscriber, stories: digest.stories, more: digest.more, sendId: 0 });
    try {
      await sendEmail({
        ...email,
        subject: `[Test] ${email.subject}`,
        // Real digests' Message-IDs are per send; a repeated one would be dropped by the receiver as a copy.
        messageId: `<digest-test-${randomUUID()}@${new URL(site.url).hostname}>`,
      });
    } catch (error) {
      console.error("Sending a test digest failed:", error);
      throw new AppError("mail_failed", "We could not send the email just now. Please try again in a minute.", 503);
    }
    return html ? back({ sent: "1" }) : Response.json({ sent: { to: admin.email, subject: `[Test] ${email.subject}` } });
  } catch (error) {
    if (!(error instanceof AppError) || !html) throw error;
    return back({ error: error.code.split(":")[0]! });
  }
});
