"use client";

import { signIn } from "next-auth/react";
import { secondaryButtonClass } from "@/components/ui/classes";

/** Shown only for providers whose credentials are configured on the server. */
export function OAuthButtons({ providers, callbackUrl }: { providers: { id: string; name: string }[]; callbackUrl: string }) {
  if (providers.length === 0) return null;
  return (
    <div className="flex flex-col gap-3">
      <p className="text-center text-sm text-stone-600 dark:text-stone-400">or</p>
      {providers.map((p) => (
        <button key={p.id} type="button" className={secondaryButtonClass} onClick={() => signIn(p.id, { callbackUrl })}>
          Continue with {p.name}
        </button>
      ))}
    </div>
  );
}
