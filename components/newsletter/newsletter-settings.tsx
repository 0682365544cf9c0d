"use client";

// Newsletter preferences in /settings, through GET/PUT /api/newsletter.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { primaryButtonClass } from "@/components/ui/classes";
import { FormAlert } from "@/components/ui/form-alert";
import type { DigestContent, DigestFrequency } from "@/db/schema/newsletter";
import { fetcher } from "@/lib/query/fetcher";
import { queryKeys } from "@/lib/query/keys";
import { NewsletterFields } from "./newsletter-fields";

type Prefs = { subscribed: boolean; frequency: DigestFrequency; content: DigestContent };

export function NewsletterSettings({ initial, canFilterByFollows }: { initial: Prefs; canFilterByFollows: boolean }) {
  const queryClient = useQueryClient();
  const { data } = useQuery({
    queryKey: queryKeys.newsletter(),
    queryFn: () => fetcher<Prefs>("/api/newsletter"),
    initialData: initial,
  });
  const [draft, setDraft] = useState<Prefs>(data);
  const save = useMutation({
    mutationFn: (prefs: Prefs) => fetcher<Prefs>("/api/newsletter", { method: "PUT", json: prefs }),
    onSuccess: (saved) => {
      queryClient.setQueryData(queryKeys.newsletter(), saved);
      setDraft(saved);
    },
  });
  return (
    <form
      className="flex flex-col gap-5"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(draft);
      }}
    >
      {save.isSuccess && <FormAlert tone="success" message="Newsletter preferences saved." />}
      {save.isError && <FormAlert message={save.error.message} />}
      <label className="flex min-h-9 items-center gap-2 font-medium">
        <input type="checkbox" checked={draft.subscribed} onChange={(e) => setDraft({ ...draft, subscribed: e.target.checked })} />
        Send me the AI Wins digest
      </label>
      <NewsletterFields
        frequency={draft.frequency}
        content={draft.content}
        canFilterByFollows={canFilterByFollows}
        filterHint="follow a topic first"
        onChange={(next) => setDraft({ ...draft, ...next })}
      />
      <div>
        <button type="submit" className={primaryButtonClass} disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save newsletter preferences"}
        </button>
      </div>
    </form>
  );
}
