import type { DeskStatus } from "@/db/queries/admin-stories";

const styles: Record<DeskStatus, string> = {
  draft: "bg-stone-100 text-stone-800 dark:bg-stone-800 dark:text-stone-200",
  scheduled: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  published: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200",
};

const labels: Record<DeskStatus, string> = { draft: "Draft", scheduled: "Scheduled", published: "Published" };

export function StatusBadge({ status }: { status: DeskStatus }) {
  return (
    <span className={`inline-flex rounded-full px-2.5 py-0.5 text-xs font-semibold ${styles[status]}`}>{labels[status]}</span>
  );
}
