"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { TextArea } from "@/components/admin/ui/field";
import { storyBodyClass } from "@/components/story/story-body";
import { fetcher } from "@/lib/query/fetcher";
import { queryKeys } from "@/lib/query/keys";

/** Waits until typing pauses, so the preview is not re-rendered on every key. */
function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/**
 * Markdown with a live preview. The HTML comes from the server's renderMarkdown,
 * the function the public story page uses, inside the same prose styles, so
 * the preview is what readers will see (and is already sanitised).
 */
export function BodyField({ value, onChange, error }: { value: string; onChange: (value: string) => void; error?: string }) {
  const markdown = useDebounced(value, 300);
  const preview = useQuery({
    queryKey: queryKeys.markdownPreview(markdown),
    queryFn: () => fetcher<{ html: string }>("/api/admin/markdown", { method: "POST", json: { markdown } }),
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    enabled: markdown.trim().length > 0,
  });

  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <TextArea
        id="body"
        label="Body (Markdown)"
        required
        maxLength={200_000}
        rows={18}
        value={value}
        error={error}
        onChange={onChange}
        className="font-mono text-sm"
        hint="## for subheadings, - for bullet lists, [text](https://…) for links."
      />
      <section aria-labelledby="body-preview-heading" className="flex min-w-0 flex-col">
        <h2 id="body-preview-heading" className="text-sm font-medium text-stone-800 dark:text-stone-200">
          Live preview
        </h2>
        <div className="mt-1 max-h-[36rem] min-h-40 overflow-auto rounded-lg border border-stone-200 p-4 dark:border-stone-800">
          {!value.trim() ? (
            <p className="text-sm text-stone-600 dark:text-stone-400">The rendered body appears here as you type.</p>
          ) : preview.isError ? (
            <p role="alert" className="text-sm text-red-700 dark:text-red-300">
              The preview could not be rendered: {preview.error.message}
            </p>
          ) : (
            <div
              data-testid="body-preview"
              aria-busy={preview.isFetching}
              className={storyBodyClass}
              dangerouslySetInnerHTML={{ __html: preview.data?.html ?? "" }}
            />
          )}
        </div>
      </section>
    </div>
  );
}
