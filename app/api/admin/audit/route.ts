// GET /api/admin/audit?before= – the audit log, newest first
import { getDb } from "@/db/client";
import { listAuditEntries } from "@/db/queries/audit";
import { parseParams, route, searchParamsOf } from "@/lib/api/route";
import { requireAdmin } from "@/lib/auth/guards";
import { auditQuerySchema } from "@/lib/schemas/admin";

export const GET = route(async (request) => {
  await requireAdmin();
  const { before } = parseParams(auditQuerySchema, searchParamsOf(request));
  return Response.json(await listAuditEntries(getDb(), { before }));
});
