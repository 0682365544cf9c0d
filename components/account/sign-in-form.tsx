"use client";

// The email sign-in form. Without JavaScript it is a plain form post to
// /api/signin (which redirects back with the outcome); with JavaScript it posts
// the same request through React Query and shows errors in place.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { inputClass, labelClass, primaryButtonClass } from "@/components/ui/classes";
import { FormAlert } from "@/components/ui/form-alert";
import { signInErrorMessage } from "@/lib/auth/messages";
import { ApiError, fetcher } from "@/lib/query/fetcher";

export function SignInForm({
  callbackUrl,
  defaultEmail,
  serverError,
}: {
  callbackUrl: string;
  defaultEmail: string;
  serverError: { code: string; message: string } | null;
}) {
  const router = useRouter();
  const [email, setEmail] = useState(defaultEmail);
  const request = useMutation({
    mutationFn: (input: { email: string; callbackUrl: string }) =>
      fetcher<{ ok: true; email: string }>("/api/signin", { method: "POST", json: input }),
    onSuccess: (data) =>
      router.push(`/signin/check-email?${new URLSearchParams({ email: data.email, callbackUrl })}`),
  });
  // The API names the field for API clients; people get the form's own wording.
  const invalidEmail = request.error instanceof ApiError && request.error.code === "invalid_input";
  const error = invalidEmail
    ? signInErrorMessage("invalid_input")
    : (request.error?.message ?? (request.isIdle ? serverError?.message : null) ?? null);
  const fieldInvalid = invalidEmail || (request.isIdle && serverError?.code === "invalid_input");

  return (
    <form
      action="/api/signin"
      method="post"
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        request.mutate({ email, callbackUrl });
      }}
    >
      <FormAlert message={error} id="sign-in-error" />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div className="flex flex-col gap-2">
        <label htmlFor="email" className={labelClass}>
          Email address
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          inputMode="email"
          required
          maxLength={254}
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          aria-invalid={fieldInvalid || undefined}
          aria-describedby={error ? "sign-in-error" : undefined}
          className={inputClass}
          placeholder="you@example.com"
        />
      </div>
      <button type="submit" className={primaryButtonClass} disabled={request.isPending}>
        {request.isPending ? "Sending…" : "Email me a sign-in link"}
      </button>
    </form>
  );
}
