// Checking a typed or linked code before next-auth consumes it: says why it
// would fail (expired, used, locked), and counts failures per address, per IP
// and site-wide so codes cannot be guessed at scale.
import "server-only";
import { getDb } from "@/db/client";
import { recordFailedCode, verificationState, type VerificationState } from "@/db/queries/auth-adapter";
import { hitRateLimit, peekRateLimit, type RateLimit } from "@/db/queries/rate-limits";
import { getAuthSecret } from "./secret";
import { hashSignInCode } from "./tokens";

const WINDOW_MS = 15 * 60_000;
const FAILURES_PER_IP: RateLimit = { limit: 30, windowMs: WINDOW_MS };
const FAILURES_SITE_WIDE: RateLimit = { limit: 300, windowMs: WINDOW_MS };

export type CodeCheck = VerificationState | "rate_limited";

export function checkSignInCode({ email, code, ip }: { email: string; code: string; ip: string | null }): CodeCheck {
  const db = getDb();
  const ipKey = ip ? `code-failures:ip:${ip}` : null;
  if (
    (ipKey && peekRateLimit(db, ipKey, FAILURES_PER_IP) >= FAILURES_PER_IP.limit) ||
    peekRateLimit(db, "code-failures:all", FAILURES_SITE_WIDE) >= FAILURES_SITE_WIDE.limit
  ) {
    return "rate_limited";
  }
  const state = verificationState(db, { identifier: email, token: hashSignInCode(code, getAuthSecret()) });
  if (state === "invalid") {
    recordFailedCode(db, email);
    if (ipKey) hitRateLimit(db, ipKey, FAILURES_PER_IP);
    hitRateLimit(db, "code-failures:all", FAILURES_SITE_WIDE);
  }
  return state;
}
