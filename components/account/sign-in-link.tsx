"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** "Sign in", bringing the reader back to the page they were on. */
export function SignInLink({ className }: { className: string }) {
  const pathname = usePathname();
  const back = pathname && !pathname.startsWith("/signin") ? `?callbackUrl=${encodeURIComponent(pathname)}` : "";
  return (
    <Link href={`/signin${back}`} prefetch={false} className={className}>
      Sign in
    </Link>
  );
}
