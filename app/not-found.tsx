import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl py-20 text-center">
      <p className="text-sm font-semibold tracking-wide text-emerald-800 uppercase dark:text-emerald-400">404</p>
      <h1 className="mt-2 font-serif text-3xl font-bold">We couldn’t find that page</h1>
      <p className="mt-4 text-stone-600 dark:text-stone-400">
        The story may have moved, or the link may be mistyped. The newest good news is one click away.
      </p>
      <p className="mt-8 flex flex-wrap justify-center gap-3">
        <Link href="/" className="inline-flex min-h-11 items-center rounded-md bg-emerald-800 px-5 font-medium text-white hover:bg-emerald-900">
          Read the latest stories
        </Link>
        <Link href="/tags" className="inline-flex min-h-11 items-center rounded-md border border-stone-300 px-5 font-medium dark:border-stone-700">
          Browse topics
        </Link>
      </p>
    </div>
  );
}
