import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, securityHeaders } from "./security-headers.mjs";

const header = (headers: { key: string; value: string }[], name: string) => headers.find((h) => h.key === name)?.value;

describe("security headers", () => {
  it("send a Content-Security-Policy that allows only this site's scripts, no framing, no plugins and no <base>", () => {
    const csp = header(securityHeaders(), "Content-Security-Policy")!;
    const directives = new Map(csp.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1).join(" ")]));
    expect(directives.get("default-src")).toBe("'self'");
    expect(directives.get("script-src")).toBe("'self' 'unsafe-inline'");
    expect(directives.get("object-src")).toBe("'none'");
    expect(directives.get("base-uri")).toBe("'none'");
    expect(directives.get("form-action")).toBe("'self'");
    expect(directives.get("frame-ancestors")).toBe("'none'");
    expect(directives.get("connect-src")).toBe("'self'");
    // Covers may be on any http(s) site.
    expect(directives.get("img-src")).toBe("'self' https: http:");
  });

  it("allow eval only under next dev", () => {
    expect(contentSecurityPolicy({ dev: true })).toContain("script-src 'self' 'unsafe-inline' 'unsafe-eval'");
    expect(contentSecurityPolicy()).not.toContain("unsafe-eval");
  });

  it("add HSTS only for an https site", () => {
    expect(header(securityHeaders({ siteUrl: "https://aiwins.example" }), "Strict-Transport-Security")).toBe("max-age=31536000; includeSubDomains");
    expect(header(securityHeaders({ siteUrl: "http://localhost:3000" }), "Strict-Transport-Security")).toBeUndefined();
    expect(header(securityHeaders(), "Strict-Transport-Security")).toBeUndefined();
  });
});
