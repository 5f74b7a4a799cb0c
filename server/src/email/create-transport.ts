import type { Config } from "../config.js";
import type { Database } from "../db/database.js";
import type { Logger } from "../lib/logger.js";
import { DevMailboxTransport } from "./dev-mailbox-transport.js";
import { PostmarkTransport } from "./postmark-transport.js";
import type { EmailTransport } from "./transport.js";

/** Postmark when a server token is configured; otherwise the local mailbox at /dev/mailbox. */
export function createTransport(config: Config, data: Database, logger?: Logger): EmailTransport {
  const token = config.postmark.serverToken;
  if (token) return new PostmarkTransport({ serverToken: token, apiUrl: config.postmark.apiUrl, logger });
  return new DevMailboxTransport(data);
}
