"use client";

// The Team page's forms. Their server actions come from the page
// (app/admin/team/actions.ts), so the writes stay with the route they revalidate.
import { useActionState } from "react";
import { inputClass, labelClass, primaryButtonClass, secondaryButtonClass } from "@/components/ui/classes";
import { FormAlert } from "@/components/ui/form-alert";
import { type ActionState, idleState } from "@/lib/actions/action-state";

type FormAction = (previous: ActionState, formData: FormData) => Promise<ActionState>;

export function GrantAdminForm({ grant }: { grant: FormAction }) {
  const [state, action, pending] = useActionState(grant, idleState);
  return (
    <form action={action} className="flex flex-col gap-3">
      <FormAlert message={state.message ?? null} tone={state.status === "error" ? "error" : "success"} />
      <label htmlFor="grant-email" className={labelClass}>
        Email address
      </label>
      <div className="flex flex-col gap-3 sm:flex-row">
        <input
          id="grant-email"
          name="email"
          type="email"
          required
          autoComplete="off"
          defaultValue={state.status === "error" ? state.values?.email : ""}
          className={inputClass}
        />
        <button type="submit" className={primaryButtonClass} disabled={pending}>
          Make admin
        </button>
      </div>
    </form>
  );
}

export function RevokeAdminButton({ userId, email, revoke }: { userId: string; email: string; revoke: FormAction }) {
  const [state, action, pending] = useActionState(revoke, idleState);
  return (
    <form action={action} className="flex flex-col items-end gap-2">
      <input type="hidden" name="userId" value={userId} />
      <button type="submit" className={secondaryButtonClass} disabled={pending} aria-label={`Remove admin role from ${email}`}>
        Remove admin
      </button>
      {state.status === "error" && <FormAlert message={state.message ?? null} />}
    </form>
  );
}
