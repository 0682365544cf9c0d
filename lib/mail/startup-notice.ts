import { env } from "@/lib/env";

/** Said once at start-up, so nobody wonders why no email arrives. */
export function mailStartupNotice(): string | null {
  if (env.SMTP_URL) return null;
  if (env.NODE_ENV !== "production" || env.MAIL_OUTBOX === "1") {
    return `Mail: no SMTP_URL set, so emails go to the local outbox (${env.MAIL_OUTBOX_DIR}) and the server log.`;
  }
  return [
    "⚠ Mail is not configured: no SMTP_URL is set.",
    `  Emails (sign-in links, codes) are NOT delivered. They are written to ${env.MAIL_OUTBOX_DIR} and this log.`,
    "  Set SMTP_URL and EMAIL_FROM to send real mail, or MAIL_OUTBOX=1 to say the outbox is intended.",
  ].join("\n");
}
