// npm run bench:newsletter — how fast are digests composed and sent?
//
// 10,000 active subscribers (a fifth of them "only the tags I follow", as
// readers following two tags) on the demo content, digests sent over SMTP to a
// local SMTP server on loopback that accepts and discards. Reports digests
// composed per second (no sending) and composed-and-sent per second.
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { freshDatabaseFile } from "./lib";

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 10_000);

async function main() {
  let received = 0;
  const sink = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      stream.on("end", () => {
        received++;
        callback();
      });
      stream.resume();
    },
  });
  await new Promise<void>((resolve) => sink.listen(0, "127.0.0.1", resolve));
  const port = (sink.server.address() as AddressInfo).port;
  const file = freshDatabaseFile("newsletter");
  // The app reads its environment once: set it before importing app modules.
  Object.assign(process.env, {
    DATABASE_URL: `file:${file}`,
    SMTP_URL: `smtp://127.0.0.1:${port}`,
    NEXTAUTH_SECRET: "bench-secret-0123456789abcdef0123456789",
    SITE_URL: "http://localhost:3000",
  });
  const { getDb } = await import("@/db/client");
  const { prepareDatabase } = await import("@/db/prepare");
  const { savePreferences } = await import("@/db/queries/newsletter");
  const { followTag } = await import("@/db/queries/follows");
  const { setRoleByEmail } = await import("@/db/queries/users");
  const { composeDigest, sendDueDigests } = await import("@/lib/newsletter/digests");
  const { listDueSubscribers } = await import("@/db/queries/newsletter");
  const { closeMail } = await import("@/lib/mail/send");

  await prepareDatabase(`file:${file}`);
  const db = getDb();
  const tags = ["climate", "health", "science", "education", "research"];
  console.log(`Preparing ${SUBSCRIBERS.toLocaleString("en-US")} subscribers…`);
  await db.transaction(async (tx) => {
    for (let i = 0; i < SUBSCRIBERS; i++) {
      const email = `subscriber-${i}@example.com`;
      const followed = i % 5 === 0;
      await savePreferences(tx, email, { subscribed: true, frequency: "weekly", content: followed ? "followed" : "all" });
    }
  });
  for (let i = 0; i < SUBSCRIBERS; i += 5) {
    const user = await setRoleByEmail(db, `subscriber-${i}@example.com`, "reader");
    await followTag(db, user.id, tags[i % tags.length]!);
    await followTag(db, user.id, tags[(i + 1) % tags.length]!);
  }

  const now = new Date();
  let t = performance.now();
  let composed = 0;
  let afterId = "";
  const memo = new Map();
  for (;;) {
    const batch = await listDueSubscribers(db, { now, afterId, limit: 500 });
    if (batch.length === 0) break;
    afterId = batch.at(-1)!.id;
    for (const subscriber of batch) {
      await composeDigest(db, subscriber, { now, memo });
      composed++;
    }
  }
  const composeSeconds = (performance.now() - t) / 1000;

  t = performance.now();
  const report = await sendDueDigests(db, { now });
  const sendSeconds = (performance.now() - t) / 1000;
  closeMail();
  await new Promise<void>((resolve) => sink.close(() => resolve()));

  console.log(`\n${SUBSCRIBERS.toLocaleString("en-US")} weekly subscribers, ${SUBSCRIBERS / 5} of them on followed tags; SMTP to a loopback sink (smtp-server), 10 pooled connections`);
  console.log(`composed only:     ${composed} digests in ${composeSeconds.toFixed(2)} s = ${(composed / composeSeconds).toFixed(0)} digests/s`);
  console.log(`composed and sent: ${report.sent} digests in ${sendSeconds.toFixed(2)} s = ${(report.sent / sendSeconds).toFixed(0)} digests/s`);
  console.log(`the sink received ${received}; ${report.nothingNew} had nothing new`);
  if (received !== report.sent) {
    console.log("FAIL: the sink did not receive every digest sent");
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
