// Users: look-ups, roles and profile edits. Every write is scoped to one user.
import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import type { AppDatabase } from "@/db/client";
import { recordAudit, type Actor } from "./audit";
import { sessions, users, type UserRole } from "@/db/schema";
import { normalizeEmail } from "@/lib/email-address";

/** What the app needs to know about a signed-in person; never the whole row. */
export type AppUser = { id: string; email: string; name: string | null; role: UserRole; emailVerified: boolean };

const appUserColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  emailVerified: sql<boolean>`${users.emailVerified} is not null`.mapWith(Boolean),
};

/** Records that this user proved they own their address (they signed in by email). */
export async function markEmailVerified(db: AppDatabase, id: string, now = new Date()): Promise<void> {
  await db.update(users).set({ emailVerified: now }).where(eq(users.id, id)).run();
}

export async function getUserById(db: AppDatabase, id: string): Promise<AppUser | null> {
  return (await db.select(appUserColumns).from(users).where(eq(users.id, id)).limit(1))[0] ?? null;
}

export async function getUserByEmail(db: AppDatabase, email: string): Promise<AppUser | null> {
  return (
    (await db.select(appUserColumns).from(users).where(eq(users.email, normalizeEmail(email))).limit(1))[0] ?? null
  );
}

/**
 * Gives `email` a role, creating the user if they have never signed in (they
 * get the role when they do). One upsert: no check-then-act race.
 */
export async function setRoleByEmail(db: AppDatabase, email: string, role: UserRole, actor?: Actor): Promise<AppUser> {
  return db.transaction(async (tx) => {
    const user = await tx
      .insert(users)
      .values({ email: normalizeEmail(email), role })
      .onConflictDoUpdate({ target: users.email, set: { role } })
      .returning(appUserColumns)
      .get();
    if (actor) await recordRoleChange(tx, actor, user, role);
    return user;
  });
}

/** `actor` is the admin making the change, recorded in the audit log with it. */
export async function setRoleById(db: AppDatabase, id: string, role: UserRole, actor?: Actor): Promise<AppUser | null> {
  return db.transaction(async (tx) => {
    const user = await tx.update(users).set({ role }).where(eq(users.id, id)).returning(appUserColumns).get();
    if (user && actor) await recordRoleChange(tx, actor, user, role);
    return user ?? null;
  });
}

async function recordRoleChange(tx: Pick<AppDatabase, "insert">, actor: Actor, user: AppUser, role: UserRole) {
  await recordAudit(tx, actor, { action: "user.role", subjectType: "user", subjectId: user.id, subjectLabel: user.email, details: { role } });
}

export async function updateUserName(db: AppDatabase, id: string, name: string | null): Promise<AppUser | null> {
  return (await db.update(users).set({ name }).where(eq(users.id, id)).returning(appUserColumns).get()) ?? null;
}

/** Ends every session of one user (sign out everywhere). */
export async function deleteSessionsOfUser(db: AppDatabase, userId: string): Promise<number> {
  return (await db.delete(sessions).where(eq(sessions.userId, userId)).returning({ token: sessions.sessionToken })).length;
}

export type UserListItem = AppUser & { createdAt: Date };

/** Everyone with the admin role, newest first. Admins are few; the cap is a safety net. */
export async function listAdmins(db: AppDatabase, limit = 500): Promise<UserListItem[]> {
  return db
    .select({ ...appUserColumns, createdAt: users.createdAt })
    .from(users)
    .where(eq(users.role, "admin"))
    .orderBy(desc(users.createdAt), desc(users.id))
    .limit(limit);
}
