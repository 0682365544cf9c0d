"use client";

// The Tags page's one status line: each part of the desk says there what its
// last change did.
import { useCallback, useEffect, useRef, useState } from "react";

export type Announce = (text: string, options?: { focus?: boolean }) => void;

export function useAnnounce() {
  const [notice, setNotice] = useState<{ text: string; focus: boolean; n: number } | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const announce = useCallback<Announce>((text, options) => {
    setNotice((prev) => ({ text, focus: !!options?.focus, n: (prev?.n ?? 0) + 1 }));
  }, []);
  // After a merge or delete the row that had focus is gone: keep keyboard users here.
  useEffect(() => {
    if (notice?.focus) statusRef.current?.focus();
  }, [notice]);
  return { notice, statusRef, announce };
}
