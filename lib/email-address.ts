import { z } from "zod";

/** Emails are compared and stored lower-cased: Ada@Example.org and ada@example.org are one reader. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export const emailSchema = z
  .string({ error: "Enter your email address" })
  .trim()
  .min(1, "Enter your email address")
  .max(254, "That email address is too long")
  .pipe(z.email({ error: "Enter a valid email address, like name@example.com" }))
  .transform(normalizeEmail);
