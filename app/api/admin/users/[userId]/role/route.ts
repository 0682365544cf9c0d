// PUT /api/admin/users/[userId]/role – make someone an admin or a reader
import { z } from "zod";
import { assertSameOrigin, parseBody, route } from "@/lib/api/route";
import { requireAdmin } from "@/lib/auth/guards";
import { changeRole } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { roleUpdateSchema } from "@/lib/schemas/auth";

const paramsSchema = z.object({ userId: z.uuid() });

export const PUT = route(async (request, { params }: { params: Promise<{ userId: string }> }) => {
  assertSameOrigin(request);
  const admin = await requireAdmin();
  const parsed = paramsSchema.safeParse(await params);
  if (!parsed.success) throw new AppError("invalid_input:user_id", "That is not a user id.", 400);
  const { role } = await parseBody(request, roleUpdateSchema);
  const user = await changeRole(admin, parsed.data.userId, role);
  return Response.json({ user: { id: user.id, email: user.email, name: user.name, role: user.role } });
});
