// Environment, validated once: a bad value fails at start-up with a clear message
// instead of surfacing later as a broken page.
import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

const port = process.env.PORT ?? "3000";
const REMOTE_DATABASE_URL_PATTERN = /^(https?|libsql|wss?):\/\/.+/;
const DATABASE_URL_PATTERN = /^(file:.+|(https?|libsql|wss?):\/\/.+)$/;

export const env = createEnv({
  server: {
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
    /** The address `npm start` binds; 127.0.0.1 keeps a fresh install private to this machine. */
    HOST: z.string().min(1).default("127.0.0.1"),
    /**
     * file:./data/app.db (one server, better-sqlite3), or the primary of a libSQL
     * server (sqld) or Turso: http(s)://host:port or libsql://host (README "Deployment").
     */
    DATABASE_URL: z
      .string()
      .regex(DATABASE_URL_PATTERN, "DATABASE_URL must look like file:./data/app.db, http://host:8080 or libsql://db.turso.io")
      .default("file:./data/app.db"),
    /** A libSQL read replica for reads (optional; only with a libSQL DATABASE_URL). */
    DATABASE_READ_URL: z.string().regex(REMOTE_DATABASE_URL_PATTERN, "DATABASE_READ_URL must be an http(s):// or libsql:// URL").optional(),
    /** The token for DATABASE_URL and DATABASE_READ_URL, when the server asks for one (Turso does). */
    DATABASE_AUTH_TOKEN: z.string().min(1).optional(),
    SITE_URL: z.url().default(`http://localhost:${port}`),
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
    /** Signs session and sign-in tokens. When unset, one is generated and kept in the database. */
    NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters").optional(),
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
    /** Memory for cached pages, per server (read by server/page-cache/handler.mjs; checked here so a bad value fails at start-up). */
    PAGE_CACHE_MB: z.coerce.number().positive().default(128),
    /** How often each server asks a libSQL primary for new revalidations (server/page-cache/handler.mjs; checked here so a bad value fails at start-up). */
    PAGE_CACHE_POLL_MS: z.coerce.number().int().min(20).max(60_000).default(200),
    SIGNIN_LIMIT_PER_IP: z.coerce.number().int().min(1).default(30),
    /**
     * How many reverse proxies in front of the server to trust for
     * X-Forwarded-For (read by server/main.mjs through lib/client-address.mjs;
     * checked here so a bad value fails at start-up). Unset: the socket's address.
     */
    TRUST_PROXY: z
      .string()
      .regex(/^(true|false|yes|no|\d|10)$/i, "TRUST_PROXY must be unset, false, true or a number of proxies from 0 to 10")
      .optional(),
  },
  client: {},
  experimental__runtimeEnv: {},
  emptyStringAsUndefined: true,
});
