// The digest an admin previews or test-sends from the desk.
import type { DigestContent, DigestFrequency, Subscriber } from "@/db/schema/newsletter";

/**
 * A stand-in subscriber at the admin's address. Its id matches no row, so the
 * signed unsubscribe and preferences links in the preview lead nowhere and
 * change nothing; with no watermark, the window is the last full period, as
 * for anyone due now.
 */
export function previewSubscriber(email: string, frequency: DigestFrequency, content: DigestContent, now: Date): Subscriber {
  return {
    id: "preview",
    email,
    status: "active",
    frequency,
    content,
    createdAt: now,
    confirmedAt: now,
    confirmationSentAt: null,
    unsubscribedAt: null,
    lastDigestAt: null,
  };
}
