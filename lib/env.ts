// Environment, validated once: a bad value fails at start-up with a clear message
// instead of surfacing later as a broken page.
import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";
// Relative: next.config.ts loads this file without the @/ alias.
import { runtimeEnvRules } from "../server/env.mjs";

export const env = createEnv({
  server: {
    // DATABASE_*, SITE_URL, NEXTAUTH_SECRET, PAGE_CACHE_*, TRUST_PROXY: read by the runtime too.
    ...runtimeEnvRules,
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
    /** The address `npm start` binds; 127.0.0.1 keeps a fresh install private to this machine. */
    HOST: z.string().min(1).default("127.0.0.1"),
    /** The time zone dates are shown in on the public site. */
    SITE_TIME_ZONE: z
      .string()
      .refine((tz) => {
        try {
          new Intl.DateTimeFormat("en-US", { timeZone: tz });
          return true;
        } catch {
          return false;
        }
      }, "SITE_TIME_ZONE must be an IANA time zone such as UTC or Europe/Paris")
      .default("UTC"),
    /** Comma-separated addresses that become admins when they sign in. */
    ADMIN_EMAILS: z
      .string()
      .default("")
      .transform((value) => new Set(value.split(",").map((e) => e.trim().toLowerCase()).filter(Boolean))),
    /** smtp://user:pass@host:587 or smtps://…; unset, mail goes to the local outbox. */
    SMTP_URL: z.string().regex(/^smtps?:\/\//, "SMTP_URL must start with smtp:// or smtps://").optional(),
    EMAIL_FROM: z.string().min(3).default("AI Wins <no-reply@localhost>"),
    /** Where outbox mail is written when SMTP_URL is unset. */
    MAIL_OUTBOX_DIR: z.string().default("./data/outbox"),
    /** Set to 1 to say the local outbox is intended in production (silences the start-up warning). */
    MAIL_OUTBOX: z.enum(["0", "1"]).default("0"),
    GITHUB_ID: z.string().min(1).optional(),
    GITHUB_SECRET: z.string().min(1).optional(),
    GOOGLE_ID: z.string().min(1).optional(),
    GOOGLE_SECRET: z.string().min(1).optional(),
    /** Sign-in emails allowed per address, and per client IP, every 15 minutes. */
    SIGNIN_LIMIT_PER_EMAIL: z.coerce.number().int().min(1).default(5),
    SIGNIN_LIMIT_PER_IP: z.coerce.number().int().min(1).default(30),
  },
  client: {},
  experimental__runtimeEnv: {},
  emptyStringAsUndefined: true,
});
