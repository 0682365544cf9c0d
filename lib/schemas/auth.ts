import { z } from "zod";
import { userRoles } from "@/db/schema/users";
import { emailSchema } from "@/lib/email-address";
import { signInSecretSchema } from "@/lib/auth/tokens";

export const signInRequestSchema = z.object({
  email: emailSchema,
  callbackUrl: z.string().max(2048).optional(),
});

export const signInVerifySchema = z.object({
  email: emailSchema,
  /** The typed 6-digit code, or the link's token. */
  code: signInSecretSchema,
  callbackUrl: z.string().max(2048).optional(),
  /** Which form sent it, so an error goes back to the right page. */
  source: z.enum(["link", "code"]).default("code"),
});

export const roleUpdateSchema = z.object({ role: z.enum(userRoles) });
