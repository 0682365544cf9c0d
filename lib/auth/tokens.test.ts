import { describe, expect, it } from "vitest";
import { generateSignInCode, generateSignInLinkToken, hashSignInCode, signInCodeSchema, signInSecretKind } from "./tokens";

describe("sign-in codes", () => {
  it("are six digits, and vary", () => {
    const codes = new Set(Array.from({ length: 200 }, generateSignInCode));
    for (const code of codes) expect(code).toMatch(/^\d{6}$/);
    expect(codes.size).toBeGreaterThan(190);
  });

  it("are stored as a hash bound to the secret, never as themselves", () => {
    const hash = hashSignInCode("123456", "secret-a");
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain("123456");
    expect(hashSignInCode("123456", "secret-b")).not.toBe(hash);
  });

  it("accept what people type, spaces and all, and nothing else", () => {
    expect(signInCodeSchema.parse(" 123 456 ")).toBe("123456");
    for (const bad of ["12345", "1234567", "12a456", "", "１２３４５６"]) {
      expect(signInCodeSchema.safeParse(bad).success, bad).toBe(false);
    }
  });
});

describe("sign-in link tokens", () => {
  it("carry 128 random bits, are told apart from codes, and vary", () => {
    const tokens = new Set(Array.from({ length: 200 }, generateSignInLinkToken));
    expect(tokens.size).toBe(200);
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(Buffer.from(token, "base64url")).toHaveLength(16);
      expect(signInSecretKind(token)).toBe("link");
    }
    expect(signInSecretKind("123456")).toBe("code");
    for (const bad of ["12345", "", "x".repeat(21), "x".repeat(23), "a/b+c=".padEnd(22, "x")]) {
      expect(signInSecretKind(bad), bad).toBeNull();
    }
  });
});
