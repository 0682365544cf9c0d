// PUT /api/admin/users/[userId]/role – make someone an admin or a reader
import { z } from "zod";
import { getDb } from "@/db/client";
import { setRoleById } from "@/db/queries/users";
import { assertSameOrigin, parseBody, route } from "@/lib/api/route";
import { requireAdmin } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { roleUpdateSchema } from "@/lib/schemas/auth";

const paramsSchema = z.object({ userId: z.uuid() });

export const PUT = route(async (request, { params }: { params: Promise<{ userId: string }> }) => {
  assertSameOrigin(request);
  const admin = await requireAdmin();
  const parsed = paramsSchema.safeParse(await params);
  if (!parsed.success) throw new AppError("invalid_input:user_id", "That is not a user id.", 400);
  const { role } = await parseBody(request, roleUpdateSchema);
  if (parsed.data.userId === admin.id) {
    throw new AppError("conflict:own_role", "You cannot change your own role; ask another admin.", 409);
  }
  const user = setRoleById(getDb(), parsed.data.userId, role);
  if (!user) throw new AppError("not_found:user", "There is no such user.", 404);
  return Response.json({ user: { id: user.id, email: user.email, name: user.name, role: user.role } });
});
