"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/client";
import { setRoleByEmail } from "@/db/queries/users";
import { validatedAction } from "@/lib/actions/validated-action";
import { requireAdmin } from "@/lib/auth/guards";
import { changeRole } from "@/lib/auth/roles";
import { emailSchema } from "@/lib/email-address";

export const grantAdminAction = validatedAction(z.object({ email: emailSchema }), async ({ email }) => {
  const admin = await requireAdmin();
  const user = await setRoleByEmail(getDb(), email, "admin", admin);
  revalidatePath("/admin/team");
  // The role acts only on an account that has proven its address (lib/auth/options.ts).
  return user.emailVerified
    ? `${email} is now an admin.`
    : `${email} is now an admin. It takes effect when they first sign in with an emailed link or code.`;
});

export const revokeAdminAction = validatedAction(z.object({ userId: z.uuid() }), async ({ userId }) => {
  const admin = await requireAdmin();
  const user = await changeRole(admin, userId, "reader");
  revalidatePath("/admin/team");
  return `${user.email} is a reader again.`;
});
