// Checking a typed or linked code before next-auth consumes it: says why it
// would fail (expired, used, locked), and counts failures per address, per IP
// and site-wide so codes cannot be guessed at scale.
import "server-only";
import { getDb, IMMEDIATE } from "@/db/client";
import { recordFailedCode, verificationState, type VerificationState } from "@/db/queries/auth-adapter";
import { hitRateLimit, peekRateLimit, type RateLimit } from "@/db/queries/rate-limits";
import { getAuthSecret } from "./secret";
import { hashSignInCode } from "./tokens";

const WINDOW_MS = 15 * 60_000;
const FAILURES_PER_IP: RateLimit = { limit: 30, windowMs: WINDOW_MS };
const FAILURES_SITE_WIDE: RateLimit = { limit: 300, windowMs: WINDOW_MS };

export type CodeCheck = VerificationState | "rate_limited";

export async function checkSignInCode({ email, code, ip }: { email: string; code: string; ip: string | null }): Promise<CodeCheck> {
  const token = hashSignInCode(code, await getAuthSecret());
  const ipKey = ip ? `code-failures:ip:${ip}` : null;
  // One transaction: concurrent guesses cannot all pass the limit checks before any is counted.
  return getDb().transaction(async (tx): Promise<CodeCheck> => {
    if (
      (ipKey && (await peekRateLimit(tx, ipKey, FAILURES_PER_IP)) >= FAILURES_PER_IP.limit) ||
      (await peekRateLimit(tx, "code-failures:all", FAILURES_SITE_WIDE)) >= FAILURES_SITE_WIDE.limit
    ) {
      return "rate_limited";
    }
    const state = await verificationState(tx, { identifier: email, token });
    if (state === "invalid") {
      await recordFailedCode(tx, email);
      if (ipKey) await hitRateLimit(tx, ipKey, FAILURES_PER_IP);
      await hitRateLimit(tx, "code-failures:all", FAILURES_SITE_WIDE);
    }
    return state;
  }, IMMEDIATE);
}
