// Integration: without SMTP_URL, mail is written to the outbox on disk, where
// sign-in links and codes must be readable by the server's user alone.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "ai-wins-outbox-"));
afterAll(() => {
  vi.unstubAllEnvs();
  fs.rmSync(root, { recursive: true, force: true });
});

describe("the mail outbox", () => {
  it("writes each message 600 in a directory it creates 700", async () => {
    const dir = path.join(root, "outbox");
    vi.stubEnv("SMTP_URL", "");
    vi.stubEnv("MAIL_OUTBOX_DIR", dir);
    vi.spyOn(console, "log").mockImplementation(() => {});
    const { sendEmail } = await import("./send");
    await sendEmail({ to: "reader@example.com", subject: "Your code", text: "123456", html: "<p>123456</p>" });
    const [file, ...rest] = fs.readdirSync(dir);
    expect(rest).toEqual([]);
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
    expect(fs.statSync(path.join(dir, file!)).mode & 0o777).toBe(0o600);
  });
});
