"use client";

// Share a story: the system share sheet where the browser has one, otherwise
// the link copied to the clipboard, otherwise (no clipboard outside a secure
// context) a dialog with the link selected for the reader to copy.
import { useEffect, useId, useRef, useState } from "react";
import { pillButtonClass } from "@/components/library/toggle-button";
import { secondaryButtonClass } from "@/components/ui/classes";
import { useHydrated } from "@/components/ui/use-hydrated";

// Same pill as Save (44 px tall on touch screens), and as wide.
const buttonClass = `${pillButtonClass} pointer-coarse:min-w-11`;

function ShareIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth="2">
      <path d="M12 15V3m0 0L7.5 7.5M12 3l4.5 4.5M5 12v7a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-7" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

export function ShareButton({ title, url }: { title: string; url: string }) {
  const hydrated = useHydrated();
  const [status, setStatus] = useState("");
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();

  // The confirmation fades after a few seconds; the live region stays.
  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(""), 4000);
    return () => clearTimeout(timer);
  }, [status]);

  async function share() {
    const data = { title, text: title, url };
    if ("share" in navigator && (typeof navigator.canShare !== "function" || navigator.canShare(data))) {
      try {
        await navigator.share(data);
        return;
      } catch (error) {
        // The reader closed the share sheet: nothing went wrong.
        if (error instanceof DOMException && error.name === "AbortError") return;
        // Anything else (no permission, a refused target): copy instead.
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setStatus("Link copied");
    } catch {
      // No clipboard API (plain http) or writing was refused.
      dialogRef.current?.showModal();
      inputRef.current?.focus();
      inputRef.current?.select();
    }
  }

  if (!hydrated) {
    // Without JavaScript the button could do nothing, so it is not shown; this
    // invisible copy holds its place so nothing moves when it appears.
    return (
      <span aria-hidden="true" className={`${buttonClass} invisible`}>
        <ShareIcon />
        Share
      </span>
    );
  }

  return (
    <div className="relative inline-flex">
      <button type="button" aria-label={`Share “${title}”`} onClick={share} className={buttonClass}>
        <ShareIcon />
        Share
      </button>
      <span role="status" className="absolute top-full right-0 mt-1 text-sm whitespace-nowrap text-emerald-800 dark:text-emerald-300">
        {status}
      </span>
      <dialog
        ref={dialogRef}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-help`}
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl border border-stone-200 bg-white p-5 text-stone-900 shadow-xl backdrop:bg-stone-950/60 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100"
      >
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          Copy the link
        </h2>
        <p id={`${id}-help`} className="mt-2 text-sm text-stone-700 dark:text-stone-300">
          This browser cannot copy it for you here. The link is selected: copy it and paste it where you like.
        </p>
        <label htmlFor={`${id}-url`} className="mt-4 block text-sm font-medium text-stone-800 dark:text-stone-200">
          Link to this story
        </label>
        <input
          ref={inputRef}
          id={`${id}-url`}
          type="url"
          readOnly
          value={url}
          onFocus={(e) => e.currentTarget.select()}
          className="mt-1 block min-h-11 w-full rounded-lg border border-stone-300 bg-stone-50 px-3 text-base text-stone-900 dark:border-stone-600 dark:bg-stone-950 dark:text-stone-100"
        />
        <form method="dialog" className="mt-5 flex justify-end">
          <button className={secondaryButtonClass}>Close</button>
        </form>
      </dialog>
    </div>
  );
}
