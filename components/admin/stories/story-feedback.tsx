"use client";

// What the editor's last request came to: the alert (with a way out of an
// edit conflict) and the success line.
import Link from "next/link";
import { FormAlert } from "@/components/ui/form-alert";
import type { Intent, StoryAlert, StorySuccess } from "./use-story-writes";

const successMessages: Record<Intent, string> = {
  draft: "Draft saved.",
  save: "Saved.",
  publish: "Published. It is on the site now.",
  schedule: "Scheduled. It will appear by itself at the time you picked.",
  unpublish: "Unpublished. The story is a draft again and readers get a 404.",
};

export function StoryFeedback({ alert, success, storyId }: { alert: StoryAlert | null; success: StorySuccess | null; storyId: number | null }) {
  return (
    <div className="flex flex-col gap-3">
      <FormAlert message={alert?.message ?? null} />
      {alert?.conflict && storyId !== null && (
        <p className="text-sm">
          <a href={`/admin/stories/${storyId}`} target="_blank" rel="noopener" className="font-medium underline">
            Open the latest version in a new tab
          </a>{" "}
          to compare, then reload this page to continue from it.
        </p>
      )}
      {/* Always mounted, so screen readers announce each new message. */}
      <div role="status" aria-live="polite">
        {success && (
          <p className="rounded-lg border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950/50 dark:text-emerald-100">
            {"notice" in success ? (
              success.notice
            ) : (
              <>
                {successMessages[success.intent]}{" "}
                {success.liveSlug !== null && (
                  <Link href={`/stories/${success.liveSlug}`} className="underline">
                    View the story
                  </Link>
                )}
              </>
            )}
          </p>
        )}
      </div>
    </div>
  );
}
