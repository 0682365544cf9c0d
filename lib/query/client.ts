import { QueryClient } from "@tanstack/react-query";

/** One factory for every QueryClient: data is fresh for a minute, failures retried once. */
export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 60_000, retry: 1, refetchOnWindowFocus: false },
      mutations: { retry: 0 },
    },
  });
}
