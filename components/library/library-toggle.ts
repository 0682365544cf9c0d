"use client";

// The optimistic toggle behind Save and Follow: the button flips at once; if
// the server refuses, it flips back and says why; either way the real state is
// fetched again afterwards. Callers send their writes with `keepalive`, so a
// reader who presses Save and leaves the page at once still has it saved. `initial` is the state the server knew when it
// rendered a personal page; on cached public pages it is unknown, and `read`
// asks for it (shown as off until the answer comes).
import { useMutation, useQuery, useQueryClient, type QueryKey } from "@tanstack/react-query";
import { useState } from "react";

export function useLibraryToggle({
  queryKey,
  initial,
  read,
  write,
}: {
  queryKey: QueryKey;
  initial?: boolean;
  read: () => Promise<boolean>;
  write: (on: boolean) => Promise<unknown>;
}) {
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const { data: on = false } = useQuery({ queryKey, queryFn: read, initialData: initial, staleTime: 60_000 });
  const mutation = useMutation({
    // One request at a time per item, so quick clicks arrive in order.
    scope: { id: JSON.stringify(queryKey) },
    mutationFn: write,
    onMutate: async (next: boolean) => {
      setError(null);
      await queryClient.cancelQueries({ queryKey });
      const previous = queryClient.getQueryData<boolean>(queryKey);
      queryClient.setQueryData(queryKey, next);
      return { previous };
    },
    onError: (err, next, context) => {
      queryClient.setQueryData(queryKey, context?.previous ?? initial ?? !next);
      setError(err instanceof Error ? err.message : "That did not work. Please try again.");
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey }),
  });
  return { on, toggle: () => mutation.mutate(!on), pending: mutation.isPending, error };
}
