import type { Metadata } from "next";
import { GrantAdminForm, RevokeAdminButton } from "@/components/admin/team/admin-forms";
import { getDb } from "@/db/client";
import { listAdmins } from "@/db/queries/users";
import { requireAdminPage } from "@/lib/auth/guards";
import { grantAdminAction, revokeAdminAction } from "./actions";

export const metadata: Metadata = { title: "Team · Admin", robots: { index: false } };

export default async function AdminPage() {
  const me = await requireAdminPage();
  const admins = await listAdmins(getDb());
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-10 py-10">
      <div>
        <h1 className="font-serif text-3xl font-bold">Team</h1>
        <p className="mt-2 text-stone-600 dark:text-stone-400">Who runs the desk.</p>
      </div>

      <section aria-labelledby="admins-heading" className="flex flex-col gap-4">
        <h2 id="admins-heading" className="text-xl font-semibold">
          Admins
        </h2>
        <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 dark:divide-stone-800 dark:border-stone-800">
          {admins.map((admin) => (
            <li key={admin.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
              <span className="min-w-0">
                <span className="block truncate font-medium">{admin.name ?? admin.email}</span>
                {admin.name && <span className="block truncate text-sm text-stone-600 dark:text-stone-400">{admin.email}</span>}
                {!admin.emailVerified && (
                  <span className="block text-sm text-amber-800 dark:text-amber-300">
                    Not active yet: acts as a reader until they sign in with an emailed link or code.
                  </span>
                )}
              </span>
              {admin.id === me.id ? (
                <span className="text-sm text-stone-600 dark:text-stone-400">You</span>
              ) : (
                <RevokeAdminButton userId={admin.id} email={admin.email} revoke={revokeAdminAction} />
              )}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="grant-heading" className="flex flex-col gap-4">
        <h2 id="grant-heading" className="text-xl font-semibold">
          Add an admin
        </h2>
        <p className="text-sm text-stone-600 dark:text-stone-400">
          The role takes effect once they have signed in with an emailed link or code, which proves they own the
          address (signing in with GitHub or Google alone does not).
        </p>
        <GrantAdminForm grant={grantAdminAction} />
      </section>
    </div>
  );
}
