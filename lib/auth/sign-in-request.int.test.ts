// Integration: asking for a sign-in email, end to end below HTTP: a real
// SQLite file, nodemailer over SMTP, and a real SMTP server on loopback.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqlAll } from "@/test/raw-sql";
import { startSmtpSink } from "@/test/smtp-sink";
import type { createTempDatabase } from "@/test/temp-db";
import type { requestSignInEmail as RequestSignInEmail } from "./sign-in-request";

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let temp: Awaited<ReturnType<typeof createTempDatabase>>;
let requestSignInEmail: typeof RequestSignInEmail;

beforeAll(async () => {
  sink = await startSmtpSink();
  // The app reads its environment once, when lib/env is first imported: so
  // set it first, then import anything that reaches the database.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ai-wins-signin-"));
  Object.assign(process.env, {
    // The cluster test runner's libSQL database, when it set one (createTempDatabase then uses it too).
    DATABASE_URL: process.env.TEST_DATABASE_URL ?? `file:${path.join(dir, "test.db")}`,
    SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
    EMAIL_FROM: "AI Wins <hello@aiwins.test>",
    NEXTAUTH_SECRET: "x".repeat(40),
    SIGNIN_LIMIT_PER_EMAIL: "3",
    SIGNIN_LIMIT_PER_IP: "5",
    SITE_URL: "http://localhost:3000",
  });
  temp = await (await import("@/test/temp-db")).createTempDatabase(path.join(dir, "test.db"));
  ({ requestSignInEmail } = await import("./sign-in-request"));
});
afterAll(async () => {
  await sink.stop();
  await temp.cleanup();
});

const last = () => sink.messages.at(-1)!;
/** The code and the link's token in a sign-in email's text. */
const secretsOf = (text: string) => ({
  code: /sign-in page: (\d{6})/.exec(text)![1]!,
  token: /[?&]token=([A-Za-z0-9_-]{22})&/.exec(text)![1]!,
});

describe("requestSignInEmail", () => {
  it("sends an email with a link and a code, in HTML and plain text, from the site; the code is not in the subject", async () => {
    await requestSignInEmail({ email: "ada@example.org", callbackPath: "/tags/health", ip: "203.0.113.1" });
    const mail = last();
    expect(mail.to).toEqual(["ada@example.org"]);
    expect(mail.from).toContain("hello@aiwins.test");
    // Lock screens and notifications show the subject.
    expect(mail.subject).toBe("Sign in to AI Wins");
    const { code, token } = secretsOf(mail.text);
    expect(mail.subject).not.toMatch(/\d{6}/);
    expect(mail.text).toContain(`type this code on the sign-in page: ${code}`);
    // The link carries its own 128-bit token, not the code.
    expect(Buffer.from(token, "base64url")).toHaveLength(16);
    expect(mail.text).toContain(
      `http://localhost:3000/signin/confirm?email=ada%40example.org&token=${token}&callbackUrl=%2Ftags%2Fhealth`,
    );
    expect(mail.html).toContain(code);
    expect(mail.html).toContain(token);
    expect(mail.html).toContain("AI Wins");
  });

  it("stores only hashes of the code and of the link's token", async () => {
    const { code, token } = secretsOf(last().text);
    const rows = await sqlAll<{ token: string; kind: string }>(temp.db, "select token, kind from verification_tokens order by kind");
    expect(rows.map((r) => r.kind)).toEqual(["code", "link"]);
    for (const row of rows) {
      expect(row.token).toMatch(/^[0-9a-f]{64}$/);
      expect(row.token).not.toContain(code);
      expect(row.token).not.toContain(token);
    }
  });

  it("answers 429 past the per-address limit, and sends nothing more", async () => {
    await requestSignInEmail({ email: "ada@example.org", callbackPath: "/", ip: "203.0.113.2" });
    await requestSignInEmail({ email: "ada@example.org", callbackPath: "/", ip: "203.0.113.3" });
    const before = sink.messages.length;
    await expect(requestSignInEmail({ email: "ada@example.org", callbackPath: "/", ip: "203.0.113.4" })).rejects.toMatchObject({
      status: 429,
      code: "rate_limited:sign_in",
      headers: { "Retry-After": expect.stringMatching(/^\d+$/) },
    });
    expect(sink.messages.length).toBe(before);
  });

  it("answers 429 past the per-IP limit, whatever the addresses", async () => {
    const ip = "198.51.100.7";
    for (let i = 0; i < 5; i++) await requestSignInEmail({ email: `p${i}@example.org`, callbackPath: "/", ip });
    await expect(requestSignInEmail({ email: "p9@example.org", callbackPath: "/", ip })).rejects.toMatchObject({ status: 429 });
  });
});
