// GET /api/admin/users – the admins, for the admin desk
import { getDb } from "@/db/client";
import { listAdmins } from "@/db/queries/users";
import { route } from "@/lib/api/route";
import { requireAdmin } from "@/lib/auth/guards";

export const GET = route(async () => {
  await requireAdmin();
  const admins = await listAdmins(getDb());
  return Response.json({
    users: admins.map((u) => ({ id: u.id, email: u.email, name: u.name, role: u.role, emailVerified: u.emailVerified, createdAt: u.createdAt })),
  });
});
