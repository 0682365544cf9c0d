import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { requireAdminPage } from "@/lib/auth/guards";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { robots: { index: false, follow: false } };

// Everything under /admin: anyone who is not an admin, signed in or not, gets
// the 404 page (the desk's existence is not advertised). Each page and handler
// checks again; a layout alone is not a guard.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  await requireAdminPage();
  return (
    <div className="py-6">
      <AdminNav />
      {children}
    </div>
  );
}
