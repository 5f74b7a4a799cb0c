import type { Config } from "../config.js";
import type { Database } from "../db/database.js";
import type { Logger } from "../lib/logger.js";
import { DevMailboxTextTransport } from "./dev-mailbox-text-transport.js";
import type { OutgoingText, TextSendResult, TextTransport } from "./text-transport.js";

/** Twilio's transport, its client loaded with the first text: a server that sends none never loads it. */
class TwilioOnFirstSend implements TextTransport {
  private transport: Promise<TextTransport> | undefined;

  constructor(private readonly options: NonNullable<Config["twilio"]> & { logger?: Logger }) {}

  async send(messages: OutgoingText[]): Promise<TextSendResult[]> {
    this.transport ??= import("./twilio-transport.js").then(({ TwilioTransport }) => new TwilioTransport(this.options));
    return (await this.transport).send(messages);
  }
}

/** Twilio when an account is configured; otherwise the local mailbox at /dev/mailbox. */
export function createTextTransport(config: Config, data: Database, logger?: Logger): TextTransport {
  if (config.twilio) return new TwilioOnFirstSend({ ...config.twilio, logger });
  return new DevMailboxTextTransport(data);
}
