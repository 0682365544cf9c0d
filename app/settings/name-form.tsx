"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useActionState, useEffect } from "react";
import { inputClass, labelClass, primaryButtonClass } from "@/components/ui/classes";
import { FormAlert } from "@/components/ui/form-alert";
import { idleState } from "@/lib/actions/action-state";
import { queryKeys } from "@/lib/query/keys";
import { updateNameAction } from "./actions";

export function NameForm({ name }: { name: string | null }) {
  const [state, action, pending] = useActionState(updateNameAction, idleState);
  const queryClient = useQueryClient();
  // The header's account menu shows the name: ask /api/me again once it is saved.
  useEffect(() => {
    if (state.status === "success") void queryClient.invalidateQueries({ queryKey: queryKeys.me() });
  }, [state, queryClient]);
  return (
    <form action={action} className="flex flex-col gap-3">
      <FormAlert message={state.message ?? null} tone={state.status === "error" ? "error" : "success"} />
      <label htmlFor="name" className={labelClass}>
        Display name
      </label>
      <div className="flex flex-col gap-3 sm:flex-row">
        <input
          id="name"
          name="name"
          maxLength={80}
          autoComplete="name"
          defaultValue={state.values?.name ?? name ?? ""}
          className={inputClass}
        />
        <button type="submit" className={primaryButtonClass} disabled={pending}>
          {pending ? "Saving…" : "Save name"}
        </button>
      </div>
    </form>
  );
}
