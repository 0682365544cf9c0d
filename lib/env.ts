// Environment, validated once: a bad value fails at start-up with a clear message
// instead of surfacing later as a broken page.
import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

const port = process.env.PORT ?? "3000";

export const env = createEnv({
  server: {
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
    /** The address `npm start` binds; 127.0.0.1 keeps a fresh install private to this machine. */
    HOST: z.string().min(1).default("127.0.0.1"),
    DATABASE_URL: z
      .string()
      .regex(/^file:.+/, "DATABASE_URL must look like file:./data/app.db")
      .default("file:./data/app.db"),
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
  },
  client: {},
  experimental__runtimeEnv: {},
  emptyStringAsUndefined: true,
});
