"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { deleteSessionByToken } from "@/db/queries/sessions";
import { deleteSessionsOfUser } from "@/db/queries/users";
import { SESSION_COOKIE_NAMES } from "./cookies";
import { getCurrentUser } from "./session";

async function endThisSession() {
  const store = await cookies();
  for (const name of SESSION_COOKIE_NAMES) {
    const token = store.get(name)?.value;
    if (!token) continue;
    await deleteSessionByToken(getDb(), token);
    // A __Secure- cookie can only be overwritten by a Secure one.
    store.set(name, "", { path: "/", maxAge: 0, httpOnly: true, sameSite: "lax", secure: name.startsWith("__Secure-") });
  }
}

/** Sign out: ends this session in the database and clears its cookie. */
export async function signOutAction(): Promise<void> {
  await endThisSession();
  redirect("/");
}

/** Sign out everywhere: ends every session of the signed-in user. */
export async function signOutEverywhereAction(): Promise<void> {
  // The guard here is the session itself: with none (it expired meanwhile),
  // there is nothing left to end but this browser's cookie.
  const user = await getCurrentUser();
  if (user) await deleteSessionsOfUser(getDb(), user.id);
  await endThisSession();
  redirect("/signin");
}
