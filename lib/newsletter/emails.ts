// The newsletter's emails: the confirmation and the digest, in HTML and text.
import "server-only";
import type { StoryCard } from "@/db/queries/stories";
import type { Subscriber } from "@/db/schema";
import { excerpt, formatShortDate } from "@/lib/format";
import type { Email } from "@/lib/mail/send";
import { absoluteUrl, site } from "@/lib/site";
import { signSubscriberToken } from "./tokens";

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

function layout(title: string, body: string, footer: string) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escape(title)}</title></head>
<body style="margin:0;padding:24px;background:#f5f5f4;font-family:system-ui,-apple-system,Segoe UI,Roboto,Arial,sans-serif;color:#1c1917">
  <table role="presentation" width="100%" cellspacing="0" cellpadding="0" style="max-width:600px;margin:0 auto;background:#ffffff;border-radius:12px;padding:32px">
    <tr><td>
      <p style="margin:0 0 24px;font-weight:700;font-size:20px;color:#065f46">${escape(site.name)}</p>
      ${body}
    </td></tr>
  </table>
  <p style="max-width:600px;margin:16px auto 0;text-align:center;font-size:12px;line-height:1.6;color:#57534e">${footer}</p>
</body></html>`;
}

/** The RFC 8058 one-click address, for List-Unsubscribe: mail apps POST to it. */
export async function oneClickUnsubscribeUrl(subscriber: Pick<Subscriber, "id" | "email">): Promise<string> {
  return absoluteUrl(`/api/newsletter/unsubscribe?token=${await signSubscriberToken("manage", subscriber)}`);
}

/** The link in the email's text: a page with an Unsubscribe button, since scanners open links. */
export async function unsubscribeUrl(subscriber: Pick<Subscriber, "id" | "email">): Promise<string> {
  return absoluteUrl(`/newsletter/unsubscribe?token=${await signSubscriberToken("manage", subscriber)}`);
}

export async function preferencesUrl(subscriber: Pick<Subscriber, "id" | "email">): Promise<string> {
  return absoluteUrl(`/newsletter/preferences?token=${await signSubscriberToken("manage", subscriber)}`);
}

export async function confirmationEmail(subscriber: Pick<Subscriber, "id" | "email">): Promise<Email> {
  const url = absoluteUrl(`/newsletter/confirm?token=${await signSubscriberToken("confirm", subscriber)}`);
  const subject = `Confirm your ${site.name} subscription`;
  const text = [
    `Confirm your subscription to ${site.name}`,
    "",
    `Someone, hopefully you, asked to get the ${site.name} newsletter at ${subscriber.email}:`,
    "the best positive AI stories in your inbox. No spam, unsubscribe anytime.",
    "",
    "Open this link and press Confirm:",
    url,
    "",
    "If it wasn't you, ignore this email: without confirming, nothing more is sent.",
    "",
    `— ${site.name}, ${site.url}`,
  ].join("\n");
  const html = layout(
    subject,
    `<h1 style="margin:0 0 16px;font-size:22px">Confirm your subscription</h1>
      <p style="margin:0 0 16px;line-height:1.5">Someone, hopefully you, asked to get the ${escape(site.name)} newsletter at <strong>${escape(subscriber.email)}</strong>: the best positive AI stories in your inbox. No spam, unsubscribe anytime.</p>
      <p style="margin:0 0 24px"><a href="${escape(url)}" style="display:inline-block;background:#065f46;color:#ffffff;text-decoration:none;font-weight:600;padding:12px 24px;border-radius:8px">Confirm subscription</a></p>
      <p style="margin:0;font-size:14px;color:#57534e;line-height:1.5">If it wasn't you, ignore this email: without confirming, nothing more is sent.</p>`,
    `${escape(site.name)} · <a href="${escape(site.url)}" style="color:#57534e">${escape(site.url)}</a>`,
  );
  return { to: subscriber.email, subject, text, html };
}

export async function digestEmail({
  subscriber,
  stories,
  more,
  sendId,
}: {
  subscriber: Pick<Subscriber, "id" | "email" | "frequency" | "content">;
  stories: StoryCard[];
  /** How many more stories the window held beyond those listed. */
  more: number;
  sendId: number;
}): Promise<Email> {
  const [unsubscribe, oneClick, preferences] = await Promise.all([
    unsubscribeUrl(subscriber),
    oneClickUnsubscribeUrl(subscriber),
    preferencesUrl(subscriber),
  ]);
  const period = subscriber.frequency === "daily" ? "today" : "this week";
  const subject = `${site.name}: ${stories.length + more} positive AI ${stories.length + more === 1 ? "story" : "stories"} ${period}`;
  const scope = subscriber.content === "followed" ? "from the topics you follow" : "from across the site";
  const text = [
    `${site.name} — your ${subscriber.frequency} digest, ${scope}`,
    "",
    ...stories.flatMap((s) => [
      `${s.primaryTag.name.toUpperCase()} · ${formatShortDate(s.publishedAt)}`,
      s.title,
      excerpt(s.tldr, 240),
      absoluteUrl(`/stories/${s.slug}`),
      "",
    ]),
    ...(more > 0 ? [`And ${more} more on ${site.url}`, ""] : []),
    `Change how often you get this, or what it covers: ${preferences}`,
    `Unsubscribe: ${unsubscribe}`,
  ].join("\n");
  const items = stories
    .map(
      (s) => `<tr><td style="padding:16px 0;border-top:1px solid #e7e5e4">
        <p style="margin:0 0 4px;font-size:12px;font-weight:700;letter-spacing:0.05em;color:#065f46">${escape(s.primaryTag.name.toUpperCase())} · <span style="color:#57534e;font-weight:400">${escape(formatShortDate(s.publishedAt))} · ${s.readingMinutes} min read</span></p>
        <p style="margin:0 0 8px;font-size:18px;font-weight:700;line-height:1.3"><a href="${escape(absoluteUrl(`/stories/${s.slug}`))}" style="color:#1c1917">${escape(s.title)}</a></p>
        <p style="margin:0;line-height:1.5;color:#44403c">${escape(excerpt(s.tldr, 240))}</p>
      </td></tr>`,
    )
    .join("");
  const html = layout(
    subject,
    `<h1 style="margin:0 0 8px;font-size:22px">Your ${escape(subscriber.frequency)} digest</h1>
      <p style="margin:0 0 8px;color:#57534e">The best positive AI stories ${escape(scope)}.</p>
      <table role="presentation" width="100%" cellspacing="0" cellpadding="0">${items}</table>
      ${more > 0 ? `<p style="margin:16px 0 0"><a href="${escape(site.url)}" style="color:#065f46">And ${more} more on ${escape(site.name)}</a></p>` : ""}`,
    `You get this because you subscribed at ${escape(site.url)}. <a href="${escape(preferences)}" style="color:#57534e">Preferences</a> · <a href="${escape(unsubscribe)}" style="color:#57534e">Unsubscribe</a>`,
  );
  return {
    to: subscriber.email,
    subject,
    text,
    html,
    messageId: `<digest-${sendId}@${new URL(site.url).hostname}>`,
    headers: {
      // RFC 8058 one-click unsubscribe: mail apps POST List-Unsubscribe=One-Click here.
      "List-Unsubscribe": `<${oneClick}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  };
}
