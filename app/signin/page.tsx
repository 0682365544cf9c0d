import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { OAuthButtons } from "@/components/account/oauth-buttons";
import { SignInForm } from "@/components/account/sign-in-form";
import { primaryButtonClass, secondaryButtonClass } from "@/components/ui/classes";
import { signOutAction } from "@/lib/auth/actions";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { signInErrorMessage } from "@/lib/auth/messages";
import { oauthProviders } from "@/lib/auth/options";
import { getCurrentUser } from "@/lib/auth/session";
import { firstParam } from "@/lib/cursor";
import { pageMetadata } from "@/lib/metadata";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  ...pageMetadata({ title: "Sign in", description: "Sign in to AI Wins with your email address.", path: "/signin" }),
  robots: { index: false },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(firstParam(params.callbackUrl));
  const user = await getCurrentUser();
  if (user) {
    // Coming back to finish a Save or Follow: go straight back.
    if (callbackUrl.includes("intent=")) redirect(callbackUrl);
    // Public pages are cached and say "Sign in" to everyone until the browser
    // asks who is reading; without JavaScript that never happens, so this is
    // where a signed-in reader finds their account.
    return (
      <div className="mx-auto flex max-w-md flex-col gap-6 py-12">
        <div>
          <h1 className="font-serif text-3xl font-bold">You’re signed in</h1>
          <p className="mt-2 text-stone-600 dark:text-stone-400">
            As <strong className="font-semibold text-stone-900 dark:text-stone-100">{user.email}</strong>.
          </p>
        </div>
        <nav aria-label="Your account">
          <ul className="flex flex-wrap gap-3">
            {[
              { href: "/saved", label: "Saved" },
              { href: "/following", label: "Following" },
              { href: "/settings", label: "Settings" },
            ].map((item) => (
              <li key={item.href}>
                <Link href={item.href} className={secondaryButtonClass}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="flex flex-wrap gap-3">
          <Link href={callbackUrl} className={primaryButtonClass}>
            Continue reading
          </Link>
          <form action={signOutAction}>
            <button type="submit" className={secondaryButtonClass}>
              Sign out
            </button>
          </form>
        </div>
      </div>
    );
  }
  const email = (firstParam(params.email) ?? "").slice(0, 254);
  const providers = oauthProviders().map((p) => ({ id: p.id, name: p.name }));
  const errorCode = firstParam(params.error);
  const errorMessage = signInErrorMessage(errorCode);
  const serverError = errorCode && errorMessage ? { code: errorCode, message: errorMessage } : null;

  return (
    <div className="mx-auto flex max-w-md flex-col gap-6 py-12">
      <div>
        <h1 className="font-serif text-3xl font-bold">Sign in to AI Wins</h1>
        <p className="mt-2 text-stone-600 dark:text-stone-400">
          We’ll email you a link and a 6-digit code. No password needed; a new address gets a new account.
        </p>
      </div>
      <SignInForm callbackUrl={callbackUrl} defaultEmail={email} serverError={serverError} />
      <OAuthButtons providers={providers} callbackUrl={callbackUrl} />
    </div>
  );
}
