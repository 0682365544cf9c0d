// The end-to-end tests' mail server: real SMTP on loopback (the app sends to it
// through nodemailer, as in production), and a small JSON API on loopback for
// the tests to read what arrived. Started by playwright.config.ts.
import http from "node:http";
import { startSmtpSink } from "../test/smtp-sink";

const SMTP_PORT = Number(process.env.SMTP_SINK_PORT ?? 2526);
const API_PORT = Number(process.env.MAIL_API_PORT ?? 3125);

async function main() {
  const sink = await startSmtpSink(SMTP_PORT);
  http
    .createServer((request, response) => {
      const url = new URL(request.url ?? "/", "http://127.0.0.1");
      if (url.pathname === "/messages") {
        const to = url.searchParams.get("to")?.toLowerCase();
        const found = sink.messages.filter((m) => !to || m.to.includes(to));
        response.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify(found));
        return;
      }
      response.writeHead(url.pathname === "/health" ? 200 : 404).end();
    })
    .listen(API_PORT, "127.0.0.1", () => console.log(`mail sink: SMTP ${SMTP_PORT}, API ${API_PORT}`));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
