// @ts-check
// Headers on every response: set by next.config.ts for what Next answers, and
// by scripts/server.mjs for the cached pages it answers itself. Plain
// JavaScript so that server, which runs without a compiler, can share them.

/** @type {{ key: string, value: string }[]} */
export const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];
