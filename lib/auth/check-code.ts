// Checking a typed code or an emailed link before next-auth consumes it: says
// why it would fail (expired, used, locked, too soon), and counts failures
// per address (codes only), per network and site-wide, so codes cannot be
// guessed at scale and nobody can lock an owner out of their link.
import "server-only";
import { getDb, IMMEDIATE, type AppDatabase } from "@/db/client";
import { codeBudget, recordFailedCode, verificationState } from "@/db/queries/auth-adapter";
import { peekRateLimit, recordHit, retryAfterSeconds } from "@/db/queries/rate-limits";
import { FAILURES_PER_NETWORK, FAILURES_SITE_WIDE, paceSiteWide } from "./limits";
import { getAuthSecret } from "./secret";
import { hashSignInCode, signInSecretKind } from "./tokens";

export type CodeCheck =
  | { state: "valid" | "expired" | "invalid" }
  /** locked: the address's code budget is spent; wait: too soon after the last wrong code; rate_limited: this network's. */
  | { state: "locked" | "wait" | "rate_limited"; retryAfterSeconds: number };

const SITE_WIDE_KEY = "code-failures:all";

/** A "rate_limited" answer when this network has used up its wrong guesses, else null. */
async function networkRefusal(db: AppDatabase, ipKey: string): Promise<CodeCheck | null> {
  if ((await peekRateLimit(db, ipKey, FAILURES_PER_NETWORK)) < FAILURES_PER_NETWORK.limit) return null;
  return { state: "rate_limited", retryAfterSeconds: await retryAfterSeconds(db, ipKey, FAILURES_PER_NETWORK) };
}

/** `secret` is the 6-digit code or the link token, as the form sent it. */
export async function checkSignInCode({ email, code: secret, ip }: { email: string; code: string; ip: string | null }): Promise<CodeCheck> {
  const kind = signInSecretKind(secret);
  if (!kind) return { state: "invalid" };
  const token = hashSignInCode(secret, await getAuthSecret());
  const ipKey = ip ? `code-failures:ip:${ip}` : null;
  const db = getDb();
  // A network past its own limit is refused before it can take a site-wide turn from anyone else.
  const refused = ipKey ? await networkRefusal(db, ipKey) : null;
  if (refused) return refused;
  // Past the site-wide ceiling of failures, every code check waits its turn
  // (outside the transaction: no lock held while waiting). A link cannot be
  // guessed, so it never waits behind guessers.
  if (kind === "code") await paceSiteWide(db, SITE_WIDE_KEY, FAILURES_SITE_WIDE, { count: false });
  // One transaction: concurrent guesses cannot all pass the checks before any is counted.
  return db.transaction(async (tx): Promise<CodeCheck> => {
    // Again inside: guesses that were waiting for their turn may have spent it meanwhile.
    const refusedNow = ipKey ? await networkRefusal(tx, ipKey) : null;
    if (refusedNow) return refusedNow;
    if (kind === "code") {
      const budget = await codeBudget(tx, email);
      if (budget.state !== "open") return { state: budget.state === "spent" ? "locked" : "wait", retryAfterSeconds: budget.retryAfterSeconds };
    }
    const state = await verificationState(tx, { identifier: email, token });
    if (state === "invalid") {
      // A link token cannot be guessed, so a wrong one does not spend the owner's code budget.
      if (kind === "code") await recordFailedCode(tx, email);
      if (ipKey) await recordHit(tx, ipKey);
      await recordHit(tx, SITE_WIDE_KEY);
    }
    return state === "locked" ? { state, retryAfterSeconds: 0 } : { state };
  }, IMMEDIATE);
}
