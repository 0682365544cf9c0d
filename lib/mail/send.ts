// Sends email with nodemailer: over SMTP when SMTP_URL is set, otherwise into
// the local outbox (an .eml file per message, plus the text in the server log)
// so that a fresh `npm start` can still sign people in.
import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

export type Email = {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
  /** A stable Message-ID lets receivers drop a copy re-sent after a crash. */
  messageId?: string;
};

let smtp: Transporter | undefined;
const outbox = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });

export function mailMode(): "smtp" | "outbox" {
  return env.SMTP_URL ? "smtp" : "outbox";
}

export async function sendEmail(email: Email): Promise<void> {
  const message = { from: env.EMAIL_FROM, ...email };
  if (env.SMTP_URL) {
    // Pooled: a digest run reuses a few connections instead of one per message.
    smtp ??= nodemailer.createTransport({ url: env.SMTP_URL, pool: true, maxConnections: 10 } as Parameters<typeof nodemailer.createTransport>[0]);
    await smtp.sendMail(message);
    return;
  }
  const info = await outbox.sendMail(message);
  const dir = path.resolve(env.MAIL_OUTBOX_DIR);
  // Owner only: messages carry sign-in links and codes.
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, "-")}-${email.to.replace(/[^a-z0-9@._-]/gi, "_")}.eml`);
  await fs.writeFile(file, info.message as Buffer, { mode: 0o600 });
  console.log(
    [
      "",
      `✉  Outbox (no SMTP_URL set): "${email.subject}" to ${email.to}`,
      `   saved as ${path.relative(process.cwd(), file)}`,
      ...email.text.split("\n").map((line) => `   | ${line}`),
      "",
    ].join("\n"),
  );
}

/** Closes pooled SMTP connections, so a script can exit. */
export function closeMail(): void {
  smtp?.close();
  smtp = undefined;
}
