"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const sections = [
  { href: "/admin", label: "Stories", match: (p: string) => p === "/admin" || p.startsWith("/admin/stories") },
  { href: "/admin/tags", label: "Tags", match: (p: string) => p.startsWith("/admin/tags") },
  { href: "/admin/audit", label: "Audit log", match: (p: string) => p.startsWith("/admin/audit") },
  { href: "/admin/newsletter", label: "Newsletter", match: (p: string) => p.startsWith("/admin/newsletter") },
  { href: "/admin/team", label: "Team", match: (p: string) => p.startsWith("/admin/team") },
];

/** The desk's sections; the current one is marked for screen readers too. */
export function AdminNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Admin" className="border-b border-stone-200 dark:border-stone-800">
      <ul className="-mb-px flex gap-1 overflow-x-auto text-sm font-medium">
        {sections.map((s) => {
          const current = s.match(pathname);
          return (
            <li key={s.href} className="shrink-0">
              <Link
                href={s.href}
                aria-current={current ? "page" : undefined}
                className={`inline-flex min-h-11 items-center border-b-2 px-3 ${
                  current
                    ? "border-emerald-700 text-stone-950 dark:border-emerald-400 dark:text-white"
                    : "border-transparent text-stone-600 hover:text-stone-950 dark:text-stone-400 dark:hover:text-white"
                }`}
              >
                {s.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
