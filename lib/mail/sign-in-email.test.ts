import { describe, expect, it } from "vitest";
import { signInEmail } from "./sign-in-email";

describe("the sign-in email", () => {
  const email = signInEmail({
    to: "ada@example.org",
    url: "http://localhost:3000/signin/confirm?email=ada%40example.org&token=042917&callbackUrl=%2F",
    code: "042917",
    minutes: 15,
  });

  it("carries the site's name, the link and the code in both parts", () => {
    expect(email.subject).toContain("AI Wins");
    for (const part of [email.text, email.html]) {
      expect(part).toContain("AI Wins");
      expect(part).toContain("042917");
      expect(part).toContain("15 minutes");
    }
    expect(email.text).toContain("http://localhost:3000/signin/confirm?email=ada%40example.org&token=042917");
    expect(email.html).toContain('href="http://localhost:3000/signin/confirm?email=ada%40example.org&amp;token=042917');
  });

  it("escapes what it interpolates into HTML", () => {
    const evil = signInEmail({ to: '"><script>x</script>@example.org', url: "http://x/?a=<b>", code: "1", minutes: 1 });
    expect(evil.html).not.toContain("<script>x");
    expect(evil.html).not.toContain("<b>");
  });
});
