// Runs once when the server starts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { mailStartupNotice } = await import("./lib/mail/startup-notice");
  const notice = mailStartupNotice();
  if (notice) console.warn(notice);
}
