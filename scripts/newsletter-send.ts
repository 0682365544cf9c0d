// npm run newsletter:send                    — send every due digest (safe to re-run)
// npm run newsletter:send -- --preview EMAIL — print the next digest for one subscriber
import { parseArgs } from "node:util";
import { getDb } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { getSubscriberByEmail } from "@/db/queries/newsletter";
import { composeDigest, sendDueDigests } from "@/lib/newsletter/digests";
import { digestEmail } from "@/lib/newsletter/emails";
import { closeMail, mailMode } from "@/lib/mail/send";

async function main() {
  const { values } = parseArgs({ options: { preview: { type: "string" }, quiet: { type: "boolean" } } });
  const db = getDb();
  await migrateDatabase(db);

  if (values.preview) {
    const subscriber = await getSubscriberByEmail(db, values.preview);
    if (!subscriber) {
      console.error(`No subscriber with the address ${values.preview}.`);
      process.exitCode = 1;
      return;
    }
    const digest = await composeDigest(db, subscriber, { now: new Date() });
    console.log(`${subscriber.email}: ${subscriber.status}, ${subscriber.frequency}, ${subscriber.content}`);
    console.log(`Window: ${digest.start.toISOString()} → ${digest.end.toISOString()}\n`);
    if (digest.stories.length === 0) {
      console.log("Nothing new since the last digest: nothing would be sent.");
      return;
    }
    const email = await digestEmail({ subscriber, stories: digest.stories, more: digest.more, sendId: 0 });
    console.log(`Subject: ${email.subject}\n\n${email.text}`);
    return;
  }

  const started = Date.now();
  const report = await sendDueDigests(db, {
    onSent: values.quiet ? undefined : (email) => console.log(`sent  ${email}`),
  });
  if (report.busy) {
    console.log("Another digest run is in progress; nothing done. (A crashed run's lock is taken over automatically.)");
    return;
  }
  console.log(
    `Digests: ${report.sent} sent, ${report.resumed} finished from an interrupted run, ${report.nothingNew} with nothing new (not sent), ` +
      `${report.failed} failed (retried on the next run, given up after 3 tries); mail via ${mailMode()}; ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
  if (report.failed > 0) process.exitCode = 2;
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => closeMail());
