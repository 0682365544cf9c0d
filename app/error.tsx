"use client";

// Shown when a page fails to render. The details stay in the server log.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-xl py-20 text-center">
      <h1 className="font-serif text-3xl font-bold">Something went wrong</h1>
      <p className="mt-4 text-stone-600 dark:text-stone-400">This page could not be shown. Please try again in a moment.</p>
      <button
        type="button"
        onClick={reset}
        className="mt-8 inline-flex min-h-11 items-center rounded-md bg-emerald-800 px-5 font-medium text-white hover:bg-emerald-900"
      >
        Try again
      </button>
    </div>
  );
}
