"use client";

import { useActionState } from "react";
import { secondaryButtonClass } from "@/components/ui/classes";
import { FormAlert } from "@/components/ui/form-alert";
import { idleState } from "@/lib/actions/action-state";
import { resetFeedAction } from "./actions";

/**
 * Replaces the personal feed's token; a plain form post does it too. The
 * button sits behind a disclosure, so a stray tap cannot break the reader's
 * subscriptions (a <details> needs no JavaScript either).
 */
export function FeedResetForm() {
  const [state, action, pending] = useActionState(resetFeedAction, idleState);
  return (
    <div className="flex flex-col gap-3">
      <FormAlert message={state.message ?? null} tone={state.status === "error" ? "error" : "success"} />
      <details className="group">
        <summary className={`${secondaryButtonClass} w-fit cursor-pointer list-none`}>Reset feed address…</summary>
        <form action={action} className="mt-3 flex flex-col gap-3 rounded-lg border border-stone-200 p-4 dark:border-stone-700">
          <p className="text-sm text-stone-700 dark:text-stone-300">
            The addresses above stop working at once, and your feed reader gets nothing until you give it the new one.
          </p>
          <div>
            <button type="submit" className={secondaryButtonClass} disabled={pending}>
              {pending ? "Resetting…" : "Reset feed address"}
            </button>
          </div>
        </form>
      </details>
    </div>
  );
}
