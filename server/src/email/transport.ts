import type { Config } from "../config.js";
import type { Db } from "../db/client.js";
import type { Logger } from "../lib/logger.js";
import { DevMailboxTransport } from "./dev-mailbox-transport.js";
import { PostmarkTransport } from "./postmark-transport.js";

export type OutgoingEmail = {
  outboxId: number;
  from: string;
  to: string;
  replyTo?: string;
  subject: string;
  htmlBody: string;
  textBody: string;
  tag: string;
  messageStream?: string;
};

export type SendResult =
  | { outboxId: number; ok: true; messageId: string }
  | {
      outboxId: number;
      ok: false;
      /** true: retrying cannot help (inactive recipient, invalid address); false: try again later. */
      permanent: boolean;
      /**
       * true: the service answered and did not take this message, so it was not sent; false: it may
       * have gone out all the same (a timeout, a dropped connection).
       */
      refused: boolean;
      errorCode: number;
      /** Staff read this next to the invite, so it is written for people. */
      message: string;
    };

/** Sends emails and answers message by message, in the order given; never throws for a send failure. */
export interface EmailTransport {
  sendBatch(messages: OutgoingEmail[]): Promise<SendResult[]>;
}

/** Postmark when a server token is configured; otherwise the local mailbox at /dev/mailbox. */
export function createTransport(config: Config, db: Db, logger?: Logger): EmailTransport {
  const token = config.postmark.serverToken;
  if (token) return new PostmarkTransport({ serverToken: token, apiUrl: config.postmark.apiUrl, logger });
  return new DevMailboxTransport(db);
}
