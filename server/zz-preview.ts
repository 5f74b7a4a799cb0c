import fs from "node:fs";
import express from "express";
import { openDatabase } from "./src/db/client.js";
import { DevMailboxTransport } from "./src/email/dev-mailbox-transport.js";
import { devMailboxRouter } from "./src/http/dev-mailbox.js";
const db = openDatabase(":memory:");
const html = fs.readFileSync("/tmp/emailprev/invite.html", "utf8");
const text = fs.readFileSync("/tmp/emailprev/invite.txt", "utf8");
await new DevMailboxTransport(db).sendBatch([
  { outboxId: 1, from: '"Harbor Storage" <no-reply@portico.test>', to: "jane@example.com", subject: "You're invited", htmlBody: html, textBody: text, tag: "invite" },
]);
const app = express();
app.use("/dev/mailbox", devMailboxRouter(db));
app.listen(4789, "127.0.0.1", () => console.log("up"));
