// What a sign-in email carries: a 6-digit code to type, and a link holding
// its own 128-bit token. The code is short enough to type, so its guesses are
// budgeted per address (lib/auth/check-code.ts); the link cannot be guessed,
// so it keeps working when that budget is spent. Both are stored only as
// SHA-256(secret + auth secret), the same hash next-auth computes when it
// checks the callback, so either verifies through next-auth's own path.
import { createHash, randomBytes, randomInt } from "node:crypto";
import { z } from "zod";

export const SIGN_IN_CODE_MINUTES = 15;

export const signInCodeSchema = z
  .string({ error: "Enter the 6-digit code from the email" })
  .transform((s) => s.replace(/\s+/g, ""))
  .pipe(z.string().regex(/^\d{6}$/, "Enter the 6-digit code from the email"));

/** 16 random bytes in base64url: 22 characters. */
export const signInLinkTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{22}$/, "This sign-in link is incomplete");

export type SignInSecretKind = "code" | "link";

/** Which of the two a submitted secret is, by its shape; null when it is neither. */
export function signInSecretKind(secret: string): SignInSecretKind | null {
  if (/^\d{6}$/.test(secret)) return "code";
  if (signInLinkTokenSchema.safeParse(secret).success) return "link";
  return null;
}

/** What the verify form posts as `code`: a typed code (spaces allowed) or the link's token. */
export const signInSecretSchema = z
  .string({ error: "Enter the 6-digit code from the email" })
  .transform((s) => (/^[\d\s]+$/.test(s) ? s.replace(/\s+/g, "") : s.trim()))
  .pipe(z.string().refine((s) => signInSecretKind(s) !== null, "Enter the 6-digit code from the email"));

export function generateSignInCode(): string {
  return randomInt(0, 1_000_000).toString().padStart(6, "0");
}

export function generateSignInLinkToken(): string {
  return randomBytes(16).toString("base64url");
}

/** The stored form of a code or link token. */
export function hashSignInCode(secret: string, authSecret: string): string {
  return createHash("sha256").update(`${secret}${authSecret}`).digest("hex");
}
