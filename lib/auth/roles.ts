// Changing someone's role, with the rules both the admin page and the API obey.
import "server-only";
import { getDb } from "@/db/client";
import { getUserById, setRoleById, type AppUser } from "@/db/queries/users";
import type { UserRole } from "@/db/schema/users";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

export async function changeRole(actor: AppUser, userId: string, role: UserRole): Promise<AppUser> {
  if (userId === actor.id) throw new AppError("conflict:own_role", "You cannot change your own role; ask another admin.", 409);
  const db = getDb();
  const target = await getUserById(db, userId);
  if (!target) throw new AppError("not_found:user", "There is no such user.", 404);
  if (role === "reader" && env.ADMIN_EMAILS.has(target.email)) {
    // ADMIN_EMAILS would make them an admin again at their next sign-in.
    throw new AppError(
      "conflict:admin_emails",
      `${target.email} is listed in ADMIN_EMAILS; remove it there first, or they become an admin again when they sign in.`,
      409,
    );
  }
  const user = await setRoleById(db, userId, role, actor);
  if (!user) throw new AppError("not_found:user", "There is no such user.", 404);
  return user;
}
