// Sign-in codes: six random digits, emailed as a code and inside the link.
// Stored only as SHA-256(code + secret), the same hash next-auth computes
// when it checks the callback, so either path verifies the other's token.
import { createHash, randomInt } from "node:crypto";
import { z } from "zod";

export const SIGN_IN_CODE_MINUTES = 15;

export const signInCodeSchema = z
  .string({ error: "Enter the 6-digit code from the email" })
  .transform((s) => s.replace(/\s+/g, ""))
  .pipe(z.string().regex(/^\d{6}$/, "Enter the 6-digit code from the email"));

export function generateSignInCode(): string {
  return randomInt(0, 1_000_000).toString().padStart(6, "0");
}

export function hashSignInCode(code: string, secret: string): string {
  return createHash("sha256").update(`${code}${secret}`).digest("hex");
}
