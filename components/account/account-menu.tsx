"use client";

import { useEffect, useRef } from "react";

/**
 * The <details> behind the account menu: it closes when one of its links is
 * followed, on Escape and on a click elsewhere. Without JavaScript it is a
 * plain disclosure.
 */
export function AccountMenu({ className, children }: { className: string; children: React.ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    const close = (event: Event) => {
      const details = ref.current;
      if (!details?.open) return;
      if (event instanceof KeyboardEvent) {
        if (event.key !== "Escape") return;
        details.open = false;
        details.querySelector("summary")?.focus();
        return;
      }
      const target = event.target as Element;
      if (!details.contains(target) || target.closest("a")) details.open = false;
    };
    document.addEventListener("keydown", close);
    document.addEventListener("click", close);
    return () => {
      document.removeEventListener("keydown", close);
      document.removeEventListener("click", close);
    };
  }, []);

  return (
    <details ref={ref} className={className}>
      {children}
    </details>
  );
}
