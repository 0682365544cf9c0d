"use client";

// The reader behind this browser tab, asked once per page load from
// GET /api/me. Public pages are cached and the same for everyone, so anything
// personal on them (the account menu, Follow and Save states, the newsletter
// box) starts signed out and fills in from here.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { Me } from "@/lib/me";
import { fetcher } from "@/lib/query/fetcher";
import { queryKeys } from "@/lib/query/keys";

export const signedOutMe: Me = { user: null, following: [], newsletter: null };

/** Undefined until the answer arrives (and during server rendering). */
export function useMe(): Me | undefined {
  const { data } = useQuery({
    queryKey: queryKeys.me(),
    queryFn: () => fetcher<Me>("/api/me"),
    staleTime: 60_000,
  });
  return data;
}

/** Forgets the reader, as they sign out, so nothing of theirs stays on screen. */
export function useForgetMe() {
  const queryClient = useQueryClient();
  return () => {
    queryClient.removeQueries();
    queryClient.setQueryData(queryKeys.me(), signedOutMe);
  };
}
