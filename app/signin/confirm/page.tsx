import type { Metadata } from "next";
import Link from "next/link";
import { primaryButtonClass } from "@/components/ui/classes";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { signInSecretSchema } from "@/lib/auth/tokens";
import { firstParam } from "@/lib/cursor";
import { emailSchema } from "@/lib/email-address";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Where the emailed link lands. Opening it signs nobody in: mail scanners that
 * fetch every link (Outlook Safe Links and friends) would otherwise use it up.
 * The person presses the button, which posts the code to /api/signin/verify.
 */
export default async function ConfirmSignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const email = emailSchema.safeParse(firstParam(params.email));
  // The link's own token; links sent before links had one carry the code.
  const code = signInSecretSchema.safeParse(firstParam(params.token));
  const callbackUrl = safeCallbackPath(firstParam(params.callbackUrl));

  if (!email.success || !code.success) {
    return (
      <div className="mx-auto flex max-w-md flex-col gap-4 py-12">
        <h1 className="font-serif text-3xl font-bold">This sign-in link is incomplete</h1>
        <p className="text-stone-600 dark:text-stone-400">
          Part of the link may have been cut off. Copy the whole link from the email, or type its 6-digit code on the
          sign-in page.
        </p>
        <p>
          <Link href="/signin" className={primaryButtonClass}>
            Go to sign-in
          </Link>
        </p>
      </div>
    );
  }

  return (
    <div className="mx-auto flex max-w-md flex-col gap-6 py-12">
      <div>
        <h1 className="font-serif text-3xl font-bold">Sign in to AI Wins</h1>
        <p className="mt-2 text-stone-600 dark:text-stone-400">
          You are signing in as <strong className="text-stone-900 dark:text-stone-100">{email.data}</strong>.
        </p>
      </div>
      <form action="/api/signin/verify" method="post">
        <input type="hidden" name="email" value={email.data} />
        <input type="hidden" name="code" value={code.data} />
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <input type="hidden" name="source" value="link" />
        <button type="submit" className={`${primaryButtonClass} w-full`}>
          Sign in
        </button>
      </form>
      <p className="text-sm text-stone-600 dark:text-stone-400">
        Didn’t ask to sign in? Close this page; nothing happens unless you press the button.
      </p>
    </div>
  );
}
