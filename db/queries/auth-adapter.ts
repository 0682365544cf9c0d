// next-auth's adapter, on our Drizzle schema: users, OAuth accounts, database
// sessions and hashed sign-in tokens. Written here rather than taken from
// @auth/drizzle-adapter because that package targets @auth/core (next-auth v5)
// and its types do not match v4's; this one also lower-cases emails and stops
// code guessing.
import "server-only";
import { and, eq, lt } from "drizzle-orm";
import type { Adapter, AdapterAccount, AdapterSession, AdapterUser } from "next-auth/adapters";
import { IMMEDIATE, type AppDatabase } from "@/db/client";
import { accounts, sessions, users, verificationTokens, type User } from "@/db/schema";
import { normalizeEmail } from "@/lib/email-address";
import { clearRateLimit, hitRateLimit, peekRateLimit, type RateLimit } from "./rate-limits";

/** Five wrong codes for one address and every pending code for it is void. */
export const CODE_ATTEMPTS: RateLimit = { limit: 5, windowMs: 15 * 60_000 };
export const codeAttemptsKey = (email: string) => `code-attempts:${normalizeEmail(email)}`;

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

    async updateUser({ id, name, image, emailVerified, email }) {
      // The role is never changed through next-auth.
      const row = await db
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
      return toAdapterUser(row);
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
     * Consumes a link or code: the row is deleted as it is read, so it works
     * once even under concurrent requests. A wrong code counts against the
     * address; after CODE_ATTEMPTS.limit of them its pending codes are void.
     * One transaction, so the lock check, the use and the count of a wrong
     * code cannot interleave with another attempt.
     */
    async useVerificationToken({ identifier, token }) {
      const email = normalizeEmail(identifier);
      return db.transaction(async (tx) => {
        if ((await peekRateLimit(tx, codeAttemptsKey(email), CODE_ATTEMPTS)) >= CODE_ATTEMPTS.limit) {
          await tx.delete(verificationTokens).where(eq(verificationTokens.identifier, email)).run();
          return null;
        }
        const used = await tx
          .delete(verificationTokens)
          .where(and(eq(verificationTokens.identifier, email), eq(verificationTokens.token, token)))
          .returning()
          .get();
        if (used) {
          await clearRateLimit(tx, codeAttemptsKey(email));
          return used;
        }
        await recordFailedCode(tx, email);
        return null;
      }, IMMEDIATE);
    },
  };
}

/**
 * Counts a wrong code for `email`; at the limit, its pending code is void.
 * Run it in the caller's transaction, with the check that found the code wrong.
 */
export async function recordFailedCode(tx: AppDatabase, email: string): Promise<void> {
  const identifier = normalizeEmail(email);
  const attempt = await hitRateLimit(tx, codeAttemptsKey(identifier), CODE_ATTEMPTS);
  if (attempt.count >= CODE_ATTEMPTS.limit) {
    await tx.delete(verificationTokens).where(eq(verificationTokens.identifier, identifier)).run();
  }
}

/**
 * Stores a new sign-in token (already hashed) and voids older ones for the
 * address, so only the latest email works; a new code starts with a clean
 * count of wrong attempts. Also sweeps tokens that expired over a day ago.
 * One batch: all of it or none.
 */
export async function issueVerificationToken(
  db: AppDatabase,
  token: { identifier: string; token: string; expires: Date },
  now = new Date(),
) {
  const identifier = normalizeEmail(token.identifier);
  const [, , [issued]] = await db.batch([
    db.delete(verificationTokens).where(eq(verificationTokens.identifier, identifier)),
    // Expired tokens are kept a day, so an old link can say "expired" rather than "invalid".
    db.delete(verificationTokens).where(lt(verificationTokens.expires, new Date(now.getTime() - 86_400_000))),
    db.insert(verificationTokens).values({ identifier, token: token.token, expires: token.expires }).returning(),
  ]);
  // An insert that did not throw returned its row.
  return issued!;
}

export type VerificationState = "valid" | "expired" | "invalid" | "locked";

/**
 * Why a link or code would fail, without using it up: lets the sign-in page
 * say "expired" or "already used" instead of a generic error.
 */
export async function verificationState(
  db: AppDatabase,
  { identifier, token }: { identifier: string; token: string },
  now = new Date(),
): Promise<VerificationState> {
  const email = normalizeEmail(identifier);
  if ((await peekRateLimit(db, codeAttemptsKey(email), CODE_ATTEMPTS)) >= CODE_ATTEMPTS.limit) return "locked";
  const row = await db
    .select({ expires: verificationTokens.expires })
    .from(verificationTokens)
    .where(and(eq(verificationTokens.identifier, email), eq(verificationTokens.token, token)))
    .get();
  if (!row) return "invalid";
  return row.expires < now ? "expired" : "valid";
}
