// Types for server/env.mjs.
import type { z } from "zod";

export declare const runtimeEnvRules: {
  DATABASE_URL: z.ZodDefault<z.ZodString>;
  DATABASE_READ_URL: z.ZodOptional<z.ZodString>;
  DATABASE_AUTH_TOKEN: z.ZodOptional<z.ZodString>;
  SITE_URL: z.ZodDefault<z.ZodURL>;
  NEXTAUTH_SECRET: z.ZodOptional<z.ZodString>;
  PAGE_CACHE_MB: z.ZodDefault<z.ZodCoercedNumber<unknown>>;
  PAGE_CACHE_POLL_MS: z.ZodDefault<z.ZodCoercedNumber<unknown>>;
  TRUST_PROXY: z.ZodOptional<z.ZodString>;
};

export type RuntimeEnv = { [K in keyof typeof runtimeEnvRules]: z.output<(typeof runtimeEnvRules)[K]> };

export declare function runtimeEnv(): RuntimeEnv;
export declare function isBuilding(): boolean;
