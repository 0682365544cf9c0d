"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/form-alert";
import { secondaryButtonClass } from "@/components/ui";
import { idleState } from "@/lib/actions/action-state";
import { resetFeedAction } from "./actions";

/** Replaces the personal feed's token; a plain form post does it too. */
export function FeedResetForm() {
  const [state, action, pending] = useActionState(resetFeedAction, idleState);
  return (
    <form action={action} className="flex flex-col gap-3">
      <FormAlert message={state.message ?? null} tone={state.status === "error" ? "error" : "success"} />
      <div>
        <button type="submit" className={secondaryButtonClass} disabled={pending}>
          {pending ? "Resetting…" : "Reset feed address"}
        </button>
      </div>
    </form>
  );
}
