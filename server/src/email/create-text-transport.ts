import { type Config, textsConfigured } from "../config.js";
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

export const TEXTS_NOT_CONFIGURED =
  "This server cannot send texts: TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and a sending number are not configured";

/** A production server with no Twilio: any text already queued fails for good, saying why. */
class NoTexts implements TextTransport {
  async send(messages: OutgoingText[]): Promise<TextSendResult[]> {
    return messages.map((m) => ({
      outboxId: m.outboxId,
      ok: false,
      permanent: true,
      errorCode: -1,
      message: TEXTS_NOT_CONFIGURED,
    }));
  }
}

/** Twilio when an account is configured; otherwise the local mailbox at /dev/mailbox (never in production). */
export function createTextTransport(config: Config, data: Database, logger?: Logger): TextTransport {
  if (config.twilio) return new TwilioOnFirstSend({ ...config.twilio, logger });
  if (!textsConfigured(config)) return new NoTexts();
  return new DevMailboxTextTransport(data);
}
