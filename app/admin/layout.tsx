import { requireAdminPage } from "@/lib/auth/guards";

export const dynamic = "force-dynamic";

// Everything under /admin: signed-out people go to sign-in, everyone else who
// is not an admin gets the 404 page (the desk's existence is not advertised).
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  await requireAdminPage("/admin");
  return children;
}
