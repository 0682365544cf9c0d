"use client";

// Finishes what a signed-out reader started: Save or Follow sent them to
// sign in with ?intent=save:<id> or ?intent=follow:<slug> on the way back.
// Once they return signed in, the action is done here and the URL cleaned.
// Only an intent this browser tab recorded when the button was pressed is
// carried out, so a link someone else crafted cannot save or follow anything.
import { useQueryClient } from "@tanstack/react-query";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useMe } from "@/components/account/use-me";
import { fetcher } from "@/lib/query/fetcher";
import { queryKeys } from "@/lib/query/keys";

const INTENT = /^(save):([1-9]\d{0,11})$|^(follow):([a-z0-9]+(?:-[a-z0-9]+)*)$/;
const STORAGE_KEY = "ai-wins:pending-intent";

/** Called by the signed-out Save and Follow links as the reader leaves to sign in. */
export function rememberIntent(intent: string) {
  try {
    sessionStorage.setItem(STORAGE_KEY, intent);
  } catch {
    // Storage may be unavailable (private modes); the reader presses the button again.
  }
}

function takeRememberedIntent(): string | null {
  try {
    const value = sessionStorage.getItem(STORAGE_KEY);
    sessionStorage.removeItem(STORAGE_KEY);
    return value;
  } catch {
    return null;
  }
}

export function PendingIntent() {
  const signedIn = !!useMe()?.user;
  const params = useSearchParams();
  const pathname = usePathname();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [message, setMessage] = useState<string | null>(null);
  const done = useRef<string | null>(null);
  const intent = params.get("intent");

  useEffect(() => {
    if (!signedIn || !intent || done.current === intent) return;
    done.current = intent;
    const match = INTENT.exec(intent);
    const rest = new URLSearchParams(params);
    rest.delete("intent");
    const cleanUrl = rest.size ? `${pathname}?${rest}` : pathname;
    if (!match || takeRememberedIntent() !== intent) {
      router.replace(cleanUrl, { scroll: false });
      return;
    }
    const run = async () => {
      if (match[1] === "save") {
        const storyId = Number(match[2]);
        await fetcher(`/api/bookmarks/${storyId}`, { method: "PUT" });
        queryClient.setQueryData(queryKeys.bookmark(storyId), true);
        setMessage("Saved. Find it any time under Saved.");
      } else {
        const slug = match[4]!;
        await fetcher(`/api/follows/${slug}`, { method: "PUT" });
        queryClient.setQueryData(queryKeys.follow(slug), true);
        setMessage("Followed. Its stories now appear under Following.");
      }
    };
    run()
      .catch((error: unknown) => setMessage(error instanceof Error ? `That did not work: ${error.message}` : "That did not work."))
      .finally(() => router.replace(cleanUrl, { scroll: false }));
  }, [signedIn, intent, params, pathname, router, queryClient]);

  if (!message) return null;
  return (
    <p role="status" className="mx-auto mt-4 w-full max-w-5xl px-4 sm:px-6">
      <span className="block rounded-lg bg-emerald-50 p-3 text-sm text-emerald-950 dark:bg-emerald-950/50 dark:text-emerald-100">{message}</span>
    </p>
  );
}
