"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/client";
import { setRoleByEmail, setRoleById } from "@/db/queries/users";
import { validatedAction } from "@/lib/actions/validated-action";
import { requireAdmin } from "@/lib/auth/guards";
import { emailSchema } from "@/lib/email-address";
import { AppError } from "@/lib/errors";

export const grantAdminAction = validatedAction(z.object({ email: emailSchema }), async ({ email }) => {
  await requireAdmin();
  setRoleByEmail(getDb(), email, "admin");
  revalidatePath("/admin");
  return `${email} is now an admin.`;
});

export const revokeAdminAction = validatedAction(z.object({ userId: z.uuid() }), async ({ userId }) => {
  const admin = await requireAdmin();
  if (userId === admin.id) throw new AppError("conflict:own_role", "You cannot remove your own admin role.", 409);
  const user = setRoleById(getDb(), userId, "reader");
  if (!user) throw new AppError("not_found:user", "There is no such user.", 404);
  revalidatePath("/admin");
  return `${user.email} is a reader again.`;
});
