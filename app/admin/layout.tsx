import type { Metadata } from "next";
import { requireAdminPage } from "@/lib/auth/guards";
import { AdminNav } from "./admin-nav";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { robots: { index: false, follow: false } };

// Everything under /admin: signed-out people go to sign-in, everyone else who
// is not an admin gets the 404 page (the desk's existence is not advertised).
// Each page and handler checks again; a layout alone is not a guard.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  await requireAdminPage("/admin");
  return (
    <div className="py-6">
      <AdminNav />
      {children}
    </div>
  );
}
