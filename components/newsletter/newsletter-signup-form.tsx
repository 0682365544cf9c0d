"use client";

// The call-to-action's form. Without JavaScript it posts to
// /api/newsletter/subscribe and lands on a "check your inbox" page; with
// JavaScript it posts the same request and answers in place.
import { useMutation } from "@tanstack/react-query";
import { useId, useState } from "react";
import { inputClass, primaryButtonClass } from "@/components/ui/classes";
import { fetcher } from "@/lib/query/fetcher";

export function NewsletterSignupForm() {
  const id = useId();
  const [email, setEmail] = useState("");
  const subscribe = useMutation({
    mutationFn: (address: string) => fetcher("/api/newsletter/subscribe", { method: "POST", json: { email: address } }),
  });
  if (subscribe.isSuccess) {
    return (
      <p role="status" className="mt-4 font-medium text-emerald-900 dark:text-emerald-200">
        Check your inbox: if that address isn’t subscribed yet, a confirmation link is on its way.
      </p>
    );
  }
  return (
    <form
      action="/api/newsletter/subscribe"
      method="post"
      noValidate
      className="mt-4 flex flex-col gap-3 sm:flex-row"
      onSubmit={(event) => {
        event.preventDefault();
        subscribe.mutate(email);
      }}
    >
      <label htmlFor={`${id}-email`} className="sr-only">
        Email address
      </label>
      <input
        id={`${id}-email`}
        name="email"
        type="email"
        required
        autoComplete="email"
        placeholder="you@example.com"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        aria-describedby={subscribe.isError ? `${id}-error` : undefined}
        className={inputClass}
      />
      <button type="submit" className={`${primaryButtonClass} shrink-0`} disabled={subscribe.isPending}>
        {subscribe.isPending ? "Subscribing…" : "Subscribe"}
      </button>
      {subscribe.isError && (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-800 sm:basis-full dark:text-red-300">
          {subscribe.error.message.replace(/^email: /, "")}
        </p>
      )}
    </form>
  );
}
