// The sign-in email: a link and a 6-digit code, in HTML and plain text. The
// code stays out of the subject, which lock screens and notifications show.
import { site } from "@/lib/site";
import type { Email } from "./send";

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export function signInEmail({ to, url, code, minutes }: { to: string; url: string; code: string; minutes: number }): Email {
  const subject = `Sign in to ${site.name}`;
  const text = [
    `Sign in to ${site.name}`,
    "",
    `Open this link to sign in as ${to}:`,
    url,
    "",
    `Or type this code on the sign-in page: ${code}`,
    "",
    `The link and the code work for the next ${minutes} minutes, and only once: using either uses up both.`,
    "If you did not ask to sign in, you can ignore this email: nothing happens without the link or the code.",
    "",
    `— ${site.name}, ${site.url}`,
  ].join("\n");
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escape(subject)}</title></head>
<body style="margin:0;padding:24px;background:#f5f5f4;font-family:system-ui,-apple-system,Segoe UI,Roboto,Arial,sans-serif;color:#1c1917">
  <table role="presentation" width="100%" cellspacing="0" cellpadding="0" style="max-width:480px;margin:0 auto;background:#ffffff;border-radius:12px;padding:32px">
    <tr><td>
      <p style="margin:0 0 24px;font-weight:700;font-size:20px;color:#065f46">${escape(site.name)}</p>
      <h1 style="margin:0 0 16px;font-size:22px">Sign in to ${escape(site.name)}</h1>
      <p style="margin:0 0 24px;line-height:1.5">Press the button to sign in as <strong>${escape(to)}</strong>.</p>
      <p style="margin:0 0 24px"><a href="${escape(url)}" style="display:inline-block;background:#065f46;color:#ffffff;text-decoration:none;font-weight:600;padding:12px 24px;border-radius:8px">Sign in</a></p>
      <p style="margin:0 0 8px;line-height:1.5">Or type this code on the sign-in page:</p>
      <p style="margin:0 0 24px;font-size:32px;font-weight:700;letter-spacing:8px;font-family:ui-monospace,Menlo,Consolas,monospace">${escape(code)}</p>
      <p style="margin:0 0 8px;font-size:14px;color:#57534e;line-height:1.5">The link and the code work for the next ${minutes} minutes, and only once: using either uses up both.</p>
      <p style="margin:0;font-size:14px;color:#57534e;line-height:1.5">If you did not ask to sign in, ignore this email: nothing happens without the link or the code.</p>
    </td></tr>
  </table>
  <p style="text-align:center;font-size:12px;color:#57534e;margin-top:16px">${escape(site.name)} · <a href="${escape(site.url)}" style="color:#57534e">${escape(site.url)}</a></p>
</body></html>`;
  return { to, subject, text, html };
}
