// A real SMTP server on loopback that keeps what it receives, parsed. Used by
// integration tests and (through e2e/mail-sink.ts) by the end-to-end tests.
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = {
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
};

function toReceived(mail: ParsedMail, envelopeTo: string[]): ReceivedMail {
  const headers: Record<string, string> = {};
  for (const line of mail.headerLines) headers[line.key] = line.line.slice(line.line.indexOf(":") + 1).trim();
  return {
    to: envelopeTo,
    from: mail.from?.text ?? "",
    subject: mail.subject ?? "",
    text: mail.text ?? "",
    html: typeof mail.html === "string" ? mail.html : "",
    headers,
  };
}

export async function startSmtpSink(
  port = 0,
  { refuse }: { refuse?: (recipient: string) => boolean } = {},
): Promise<{ port: number; messages: ReceivedMail[]; stop: () => Promise<void> }> {
  const messages: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    disableReverseLookup: true,
    // A permanent failure for some recipients, as a real server gives for a dead mailbox.
    onRcptTo(address, _session, callback) {
      if (refuse?.(address.address.toLowerCase())) return callback(Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 }));
      callback();
    },
    onData(stream, session, callback) {
      const to = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
      simpleParser(stream)
        .then((mail) => {
          messages.push(toReceived(mail, to));
          callback();
        })
        .catch(callback);
    },
  });
  // A sender killed mid-message (a test does that on purpose) resets its
  // connection; a real server shrugs that off, and so does this one.
  server.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "ECONNRESET" && error.code !== "EPIPE") console.error("SMTP sink:", error);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.server.address() as AddressInfo;
  return {
    port: address.port,
    messages,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
