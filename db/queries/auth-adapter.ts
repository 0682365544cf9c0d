// next-auth's adapter, on our Drizzle schema: users, OAuth accounts, database
// sessions and hashed sign-in tokens. Written here rather than taken from
// @auth/drizzle-adapter because that package targets @auth/core (next-auth v5)
// and its types do not match v4's; this one also lower-cases emails, budgets
// code guesses per address, and drops OAuth links made before an address was
// proven.
import "server-only";
import { and, eq, lt } from "drizzle-orm";
import type { Adapter, AdapterAccount, AdapterSession, AdapterUser } from "next-auth/adapters";
import { IMMEDIATE, type AppDatabase } from "@/db/client";
import { accounts, sessions, users, verificationTokens, type User } from "@/db/schema";
import { normalizeEmail } from "@/lib/email-address";
import { lastHitAt, peekRateLimit, recordHit, retryAfterSeconds, type RateLimit } from "./rate-limits";

/**
 * Wrong codes one address may take, whoever types them. Asking for a new email
 * does not reset it: otherwise each new code would bring a fresh set of
 * guesses. Once spent, codes are refused until it refills, but the link in the
 * newest email still signs its owner in (links cannot be guessed).
 */
export const CODE_FAILURES = {
  perHour: { limit: 10, windowMs: 3_600_000 } satisfies RateLimit,
  perDay: { limit: 20, windowMs: 86_400_000 } satisfies RateLimit,
  /** Wrong codes in the last hour before each next guess must wait: 2 s after the 3rd, then 4, 8, … 128 s. */
  freeInARow: 3,
} as const;
export const codeFailuresKey = (email: string) => `code-failures:${normalizeEmail(email)}`;

export type CodeBudget = { state: "open" } | { state: "wait" | "spent"; retryAfterSeconds: number };

/** Whether a code may be tried for `email` now, and if not, for how long not. */
export async function codeBudget(db: AppDatabase, email: string, now = Date.now()): Promise<CodeBudget> {
  const key = codeFailuresKey(email);
  for (const limit of [CODE_FAILURES.perDay, CODE_FAILURES.perHour]) {
    if ((await peekRateLimit(db, key, limit, now)) >= limit.limit) {
      return { state: "spent", retryAfterSeconds: await retryAfterSeconds(db, key, limit, now) };
    }
  }
  const lastHour = await peekRateLimit(db, key, CODE_FAILURES.perHour, now);
  if (lastHour >= CODE_FAILURES.freeInARow) {
    const delayMs = 1000 * 2 ** (lastHour - CODE_FAILURES.freeInARow + 1);
    const last = (await lastHitAt(db, key)) ?? 0;
    if (now < last + delayMs) return { state: "wait", retryAfterSeconds: Math.ceil((last + delayMs - now) / 1000) };
  }
  return { state: "open" };
}

type AuthUser = AdapterUser & { role: User["role"] };

function toAdapterUser(row: User): AuthUser {
  return {
    id: row.id,
    email: row.email,
    emailVerified: row.emailVerified,
    name: row.name,
    image: row.image,
    role: row.role,
  };
}

export function createAuthAdapter(db: AppDatabase): Adapter {
  return {
    async createUser(user: Omit<AdapterUser, "id">) {
      const email = normalizeEmail(user.email);
      const row = await db
        .insert(users)
        .values({
          email,
          name: user.name ?? null,
          image: user.image ?? null,
          emailVerified: user.emailVerified ?? null,
        })
        .returning()
        .get();
      return toAdapterUser(row);
    },

    async getUser(id) {
      const row = await db.select().from(users).where(eq(users.id, id)).get();
      return row ? toAdapterUser(row) : null;
    },

    async getUserByEmail(email) {
      const row = await db.select().from(users).where(eq(users.email, normalizeEmail(email))).get();
      return row ? toAdapterUser(row) : null;
    },

    async getUserByAccount({ provider, providerAccountId }) {
      const row = await db
        .select({ user: users })
        .from(accounts)
        .innerJoin(users, eq(users.id, accounts.userId))
        .where(and(eq(accounts.provider, provider), eq(accounts.providerAccountId, providerAccountId)))
        .get();
      return row ? toAdapterUser(row.user) : null;
    },

    /**
     * next-auth sets emailVerified each time someone signs in by email. The
     * first time, OAuth accounts attached before are unlinked and their
     * sessions ended, in the same transaction: whoever attached them had not
     * proven the address (someone may have registered it first to wait for
     * its owner). Providers that verify the address link again on next use.
     */
    async updateUser({ id, name, image, emailVerified, email }) {
      return db.transaction(async (tx) => {
        const before = await tx.select({ emailVerified: users.emailVerified }).from(users).where(eq(users.id, id)).get();
        if (!before) throw new Error(`No user ${id}`);
        // The role is never changed through next-auth.
        const row = await tx
          .update(users)
          .set({
            ...(name !== undefined && { name }),
            ...(image !== undefined && { image }),
            ...(emailVerified !== undefined && { emailVerified }),
            ...(email !== undefined && { email: normalizeEmail(email) }),
          })
          .where(eq(users.id, id))
          .returning()
          .get();
        if (!row) throw new Error(`No user ${id}`);
        if (!before.emailVerified && row.emailVerified) {
          await tx.delete(accounts).where(eq(accounts.userId, id)).run();
          await tx.delete(sessions).where(eq(sessions.userId, id)).run();
        }
        return toAdapterUser(row);
      }, IMMEDIATE);
    },

    async deleteUser(id) {
      await db.delete(users).where(eq(users.id, id)).run();
    },

    async linkAccount(account: AdapterAccount) {
      await db
        .insert(accounts)
        .values({
          userId: account.userId,
          type: account.type,
          provider: account.provider,
          providerAccountId: account.providerAccountId,
          refresh_token: account.refresh_token ?? null,
          access_token: account.access_token ?? null,
          expires_at: account.expires_at ?? null,
          token_type: account.token_type ?? null,
          scope: account.scope ?? null,
          id_token: account.id_token ?? null,
          session_state: typeof account.session_state === "string" ? account.session_state : null,
        })
        .onConflictDoNothing()
        .run();
    },

    async unlinkAccount({ provider, providerAccountId }: Pick<AdapterAccount, "provider" | "providerAccountId">) {
      await db
        .delete(accounts)
        .where(and(eq(accounts.provider, provider), eq(accounts.providerAccountId, providerAccountId)))
        .run();
    },

    async createSession(session): Promise<AdapterSession> {
      return db.insert(sessions).values(session).returning().get();
    },

    async getSessionAndUser(sessionToken) {
      const row = await db
        .select({ session: sessions, user: users })
        .from(sessions)
        .innerJoin(users, eq(users.id, sessions.userId))
        .where(eq(sessions.sessionToken, sessionToken))
        .get();
      return row ? { session: row.session, user: toAdapterUser(row.user) } : null;
    },

    async updateSession({ sessionToken, expires, userId }) {
      return (
        (await db
          .update(sessions)
          .set({ ...(expires && { expires }), ...(userId && { userId }) })
          .where(eq(sessions.sessionToken, sessionToken))
          .returning()
          .get()) ?? null
      );
    },

    async deleteSession(sessionToken) {
      await db.delete(sessions).where(eq(sessions.sessionToken, sessionToken)).run();
    },

    async createVerificationToken(token) {
      return issueVerificationToken(db, token);
    },

    /**
     * Consumes a link or code: the email's rows are deleted as one is read, so
     * it works once even under concurrent requests, and using either of an
     * email's two secrets voids the other. A code is refused while its
     * address's failure budget is spent; a link is not. Wrong guesses are
     * counted where they are checked (lib/auth/check-code.ts): the callback
     * that calls this runs only with a ticket from there.
     */
    async useVerificationToken({ identifier, token }) {
      const email = normalizeEmail(identifier);
      return db.transaction(async (tx) => {
        const row = await tx
          .select({ kind: verificationTokens.kind, expires: verificationTokens.expires })
          .from(verificationTokens)
          .where(and(eq(verificationTokens.identifier, email), eq(verificationTokens.token, token)))
          .get();
        if (!row) return null;
        if (row.kind === "code" && (await codeBudget(tx, email)).state === "spent") return null;
        await tx.delete(verificationTokens).where(eq(verificationTokens.identifier, email)).run();
        return { identifier: email, token, expires: row.expires };
      }, IMMEDIATE);
    },
  };
}

/** Counts a wrong code against `email`'s failure budget. */
export async function recordFailedCode(db: AppDatabase, email: string, now = Date.now()): Promise<void> {
  await recordHit(db, codeFailuresKey(email), now);
}

/**
 * Stores the two secrets of a new sign-in email (already hashed) and voids
 * older ones for the address, so only the newest email works. Also sweeps
 * tokens that expired over a day ago. One batch: all of it or none.
 */
export async function issueSignInTokens(
  db: AppDatabase,
  { identifier, code, link, expires }: { identifier: string; code: string; link: string; expires: Date },
  now = new Date(),
): Promise<void> {
  const email = normalizeEmail(identifier);
  await db.batch([
    db.delete(verificationTokens).where(eq(verificationTokens.identifier, email)),
    // Expired tokens are kept a day, so an old link can say "expired" rather than "invalid".
    db.delete(verificationTokens).where(lt(verificationTokens.expires, new Date(now.getTime() - 86_400_000))),
    db.insert(verificationTokens).values([
      { identifier: email, token: code, kind: "code", expires },
      { identifier: email, token: link, kind: "link", expires },
    ]),
  ]);
}

/**
 * One token, a code, for next-auth's own createVerificationToken (its email
 * sign-in route is closed in app/api/auth; ours issues both secrets).
 */
export async function issueVerificationToken(
  db: AppDatabase,
  token: { identifier: string; token: string; expires: Date },
  now = new Date(),
) {
  const identifier = normalizeEmail(token.identifier);
  const [, , [issued]] = await db.batch([
    db.delete(verificationTokens).where(eq(verificationTokens.identifier, identifier)),
    db.delete(verificationTokens).where(lt(verificationTokens.expires, new Date(now.getTime() - 86_400_000))),
    db.insert(verificationTokens).values({ identifier, token: token.token, kind: "code", expires: token.expires }).returning(),
  ]);
  // An insert that did not throw returned its row.
  return { identifier: issued!.identifier, token: issued!.token, expires: issued!.expires };
}

export type VerificationState = "valid" | "expired" | "invalid" | "locked";

/**
 * Why a link or code would fail, without using it up: lets the sign-in page
 * say "expired" or "already used" instead of a generic error. "locked": a
 * code whose address has spent its failure budget.
 */
export async function verificationState(
  db: AppDatabase,
  { identifier, token }: { identifier: string; token: string },
  now = new Date(),
): Promise<VerificationState> {
  const email = normalizeEmail(identifier);
  const row = await db
    .select({ kind: verificationTokens.kind, expires: verificationTokens.expires })
    .from(verificationTokens)
    .where(and(eq(verificationTokens.identifier, email), eq(verificationTokens.token, token)))
    .get();
  if (!row) return "invalid";
  if (row.kind === "code" && (await codeBudget(db, email, now.getTime())).state === "spent") return "locked";
  return row.expires < now ? "expired" : "valid";
}
