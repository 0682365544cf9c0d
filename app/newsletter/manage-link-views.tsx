// What the signed unsubscribe link's pages show in common: a link that does
// not work, and the unsubscribed state with Undo.
import { primaryButtonClass } from "@/components/ui/classes";
import { FormAlert } from "@/components/ui/form-alert";

export function BrokenManageLink() {
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">This link doesn’t work</h1>
      <FormAlert message="It may be incomplete or altered. Use the link in your most recent email, or sign in to manage the newsletter in Settings." />
    </>
  );
}

/** Undo posts the same token to the resubscribe handler. */
export function UnsubscribedNotice({ email, token }: { email: string; token: string }) {
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">You’re unsubscribed</h1>
      <p className="text-stone-700 dark:text-stone-300">
        <strong>{email}</strong> won’t get any more AI Wins digests.
      </p>
      <form action="/api/newsletter/resubscribe" method="post">
        <input type="hidden" name="token" value={token} />
        <button type="submit" className={primaryButtonClass}>
          Undo
        </button>
      </form>
    </>
  );
}
