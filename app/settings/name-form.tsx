"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/form-alert";
import { inputClass, labelClass, primaryButtonClass } from "@/components/ui";
import { idleState } from "@/lib/actions/action-state";
import { updateNameAction } from "./actions";

export function NameForm({ name }: { name: string | null }) {
  const [state, action, pending] = useActionState(updateNameAction, idleState);
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
