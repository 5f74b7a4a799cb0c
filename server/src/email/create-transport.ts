import type { Config } from "../config.js";
import type { Database } from "../db/database.js";
import type { Logger } from "../lib/logger.js";
import { DevMailboxTransport } from "./dev-mailbox-transport.js";
import type { EmailTransport, OutgoingEmail, SendResult } from "./transport.js";

/**
 * Postmark's transport, its client library loaded with the first batch: the library is dozens of
 * modules a server would otherwise load at every start, before the first email is due.
 */
class PostmarkOnFirstSend implements EmailTransport {
  private transport: Promise<EmailTransport> | undefined;

  constructor(private readonly options: { serverToken: string; apiUrl: string; logger?: Logger }) {}

  async sendBatch(messages: OutgoingEmail[]): Promise<SendResult[]> {
    this.transport ??= import("./postmark-transport.js").then(
      ({ PostmarkTransport }) => new PostmarkTransport(this.options),
    );
    return (await this.transport).sendBatch(messages);
  }
}

/** Postmark when a server token is configured; otherwise the local mailbox at /dev/mailbox. */
export function createTransport(config: Config, data: Database, logger?: Logger): EmailTransport {
  const token = config.postmark.serverToken;
  if (token) return new PostmarkOnFirstSend({ serverToken: token, apiUrl: config.postmark.apiUrl, logger });
  return new DevMailboxTransport(data);
}
