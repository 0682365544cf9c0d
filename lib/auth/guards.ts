// Authorization, checked on the server by every layout, route handler and
// server action that needs it. proxy.ts may redirect early; it is never the check.
import "server-only";
import { notFound, redirect } from "next/navigation";
import type { AppUser } from "@/db/queries/users";
import { AppError } from "@/lib/errors";
import { getCurrentUser } from "./session";

/** The signed-in user, or a 401 AppError. */
export async function requireUser(): Promise<AppUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("unauthorized:auth", "Sign in to do that.", 401);
  return user;
}

/** The signed-in admin, or a 401 (signed out) / 403 (not an admin) AppError. */
export async function requireAdmin(): Promise<AppUser> {
  const user = await requireUser();
  if (user.role !== "admin") throw new AppError("forbidden:admin", "Only admins can do that.", 403);
  return user;
}

/** For pages and layouts: signed-out readers go to sign-in and come back to `returnTo`. */
export async function requireUserPage(returnTo: string): Promise<AppUser> {
  try {
    return await requireUser();
  } catch (error) {
    if (error instanceof AppError) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
    throw error;
  }
}

/**
 * For admin pages: anyone who is not an admin, signed in or not, gets the 404
 * page, so the desk is not advertised. Admins sign in at /signin first.
 */
export async function requireAdminPage(): Promise<AppUser> {
  try {
    return await requireAdmin();
  } catch (error) {
    if (error instanceof AppError) notFound();
    throw error;
  }
}
