import { requireUserPage } from "@/lib/auth/guards";

export const dynamic = "force-dynamic";

export default async function SettingsLayout({ children }: { children: React.ReactNode }) {
  await requireUserPage("/settings");
  return children;
}
