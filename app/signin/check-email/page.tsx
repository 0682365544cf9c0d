import type { Metadata } from "next";
import Link from "next/link";
import { inputClass, labelClass, primaryButtonClass } from "@/components/ui/classes";
import { FormAlert } from "@/components/ui/form-alert";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { signInErrorMessage } from "@/lib/auth/messages";
import { SIGN_IN_CODE_MINUTES } from "@/lib/auth/tokens";
import { firstParam } from "@/lib/cursor";
import { emailSchema } from "@/lib/email-address";
import { mailMode } from "@/lib/mail/send";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Check your email", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CheckEmailPage({ searchParams }: Props) {
  const params = await searchParams;
  const parsedEmail = emailSchema.safeParse(firstParam(params.email));
  const email = parsedEmail.success ? parsedEmail.data : null;
  const callbackUrl = safeCallbackPath(firstParam(params.callbackUrl));
  const error = signInErrorMessage(firstParam(params.error));

  return (
    <div className="mx-auto flex max-w-md flex-col gap-6 py-12">
      <div>
        <h1 className="font-serif text-3xl font-bold">Check your email</h1>
        <p className="mt-2 text-stone-600 dark:text-stone-400">
          {email ? (
            <>
              We sent a sign-in link and a 6-digit code to <strong className="text-stone-900 dark:text-stone-100">{email}</strong>.
            </>
          ) : (
            "We sent you a sign-in link and a 6-digit code."
          )}{" "}
          Open the link, or type the code below. Both work once, for {SIGN_IN_CODE_MINUTES} minutes.
        </p>
        {mailMode() === "outbox" && (
          <p className="mt-3 rounded-lg bg-amber-50 p-3 text-sm text-amber-950 dark:bg-amber-950/40 dark:text-amber-100">
            This server has no mail server configured, so the email was written to the server log and its outbox
            folder instead of being delivered.
          </p>
        )}
      </div>

      {email && (
        <form action="/api/signin/verify" method="post" className="flex flex-col gap-4">
          <FormAlert message={error} id="code-error" />
          <input type="hidden" name="email" value={email} />
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <input type="hidden" name="source" value="code" />
          <div className="flex flex-col gap-2">
            <label htmlFor="code" className={labelClass}>
              6-digit code
            </label>
            <input
              id="code"
              name="code"
              type="text"
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9 ]{6,7}"
              maxLength={7}
              required
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? "code-error" : undefined}
              className={`${inputClass} font-mono text-2xl tracking-[0.4em]`}
            />
          </div>
          <button type="submit" className={primaryButtonClass}>
            Sign in
          </button>
        </form>
      )}

      <p className="text-sm text-stone-600 dark:text-stone-400">
        No email after a minute? Check your spam folder, or{" "}
        <Link
          href={`/signin?${new URLSearchParams({ ...(email && { email }), callbackUrl })}`}
          className="font-medium text-emerald-800 underline dark:text-emerald-300"
        >
          send a new one
        </Link>
        .
      </p>
    </div>
  );
}
