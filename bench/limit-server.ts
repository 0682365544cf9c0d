// The practical limit for `npm run bench`: a plain Node HTTP server that answers
// every request with the same HTML bytes from memory (a story page fetched once
// from the real server), with its content type and a content length. Whatever
// a page reaches is compared with what this reaches on the same machine, with
// the same load generator, in the same run.
//
//   node --import tsx bench/limit-server.ts <port> <html file> [content type]
//
// Prints "ready" once listening on 127.0.0.1.
import fs from "node:fs";
import http from "node:http";

const [portArg, file, contentType = "text/html; charset=utf-8"] = process.argv.slice(2);
if (!portArg || !file) {
  console.error("usage: limit-server.ts <port> <html file> [content type]");
  process.exit(2);
}

const body = fs.readFileSync(file);
const headers = { "content-type": contentType, "content-length": String(body.length) };

const server = http.createServer((_request, response) => {
  response.writeHead(200, headers);
  response.end(body);
});
server.keepAliveTimeout = 65_000;
server.listen(Number(portArg), "127.0.0.1", () => console.log("ready"));

// Nothing to flush: exit at once, open keep-alive connections and all.
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(0));
