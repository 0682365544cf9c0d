import "server-only";
import { getServerSession } from "next-auth";
import { cookies } from "next/headers";
import { cache } from "react";
import type { AppUser } from "@/db/queries/users";
import { SESSION_COOKIE_NAMES } from "./cookies";
import { getAuthOptions } from "./options";

/**
 * The signed-in person, read once per request; null when signed out. Without a
 * session cookie there is nothing to look up, so anonymous readers (most
 * requests) cost no database query.
 */
export const getCurrentUser = cache(async (): Promise<AppUser | null> => {
  const store = await cookies();
  if (!SESSION_COOKIE_NAMES.some((name) => store.has(name))) return null;
  const session = await getServerSession(await getAuthOptions());
  return session?.user ?? null;
});
