import { NewsletterCtaForm } from "./newsletter-cta-form";

/** The call-to-action that closes the feed and every story. */
export function NewsletterCta() {
  return (
    <section aria-labelledby="newsletter-cta-heading" className="mt-12 rounded-2xl bg-emerald-50 p-6 sm:p-8 dark:bg-emerald-950/40">
      <h2 id="newsletter-cta-heading" className="font-serif text-2xl font-bold">
        Get AI Wins in your inbox
      </h2>
      <p className="mt-2 text-stone-700 dark:text-stone-300">
        The best positive AI stories in your inbox. No spam, unsubscribe anytime.
      </p>
      <NewsletterCtaForm />
    </section>
  );
}
