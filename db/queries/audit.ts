// The audit log: who created, edited, published, unpublished or deleted what.
// Writers call recordAudit inside their own transaction, so a change and its
// entry land together or not at all.
import "server-only";
import { and, desc, eq, lt } from "drizzle-orm";
import type { AppDatabase } from "@/db/client";
import { auditLog, type AuditAction, type AuditEntry, type AuditSubject } from "@/db/schema";

/** Who is acting: an admin, as the guards return them. */
export type Actor = { id: string; email: string };

type Writer = Pick<AppDatabase, "insert">;

export async function recordAudit(
  tx: Writer,
  actor: Actor,
  entry: { action: AuditAction; subjectType: AuditSubject; subjectId: string | number; subjectLabel: string; details?: Record<string, unknown> },
  at = new Date(),
): Promise<void> {
  await tx
    .insert(auditLog)
    .values({
      at,
      actorId: actor.id,
      actorEmail: actor.email,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: String(entry.subjectId),
      subjectLabel: entry.subjectLabel,
      details: entry.details ?? {},
    })
    .run();
}

export const AUDIT_PAGE_SIZE = 50;

/** Newest first, keyset-paginated by id (ids only grow), optionally for one subject. */
export async function listAuditEntries(
  db: AppDatabase,
  {
    before,
    subject,
    limit = AUDIT_PAGE_SIZE,
  }: { before?: number | null; subject?: { type: AuditSubject; id: string | number }; limit?: number } = {},
): Promise<{ entries: AuditEntry[]; nextBefore: number | null }> {
  const rows = await db
    .select()
    .from(auditLog)
    .where(
      and(
        subject ? and(eq(auditLog.subjectType, subject.type), eq(auditLog.subjectId, String(subject.id))) : undefined,
        before ? lt(auditLog.id, before) : undefined,
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(limit + 1);
  const entries = rows.slice(0, limit);
  return { entries, nextBefore: rows.length > limit ? (entries.at(-1)?.id ?? null) : null };
}

/** The latest entry about a subject, to say who saved a story last. */
export async function latestAuditEntry(db: AppDatabase, type: AuditSubject, id: string | number): Promise<AuditEntry | undefined> {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.subjectType, type), eq(auditLog.subjectId, String(id))))
    .orderBy(desc(auditLog.id))
    .limit(1)
    .get();
}
