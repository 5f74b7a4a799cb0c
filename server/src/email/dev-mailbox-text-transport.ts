import type { Database } from "../db/database.js";
import type { OutgoingText, TextSendResult, TextTransport } from "./text-transport.js";

/** With no SMS provider configured, texts land in the local mailbox beside the emails. */
export class DevMailboxTextTransport implements TextTransport {
  constructor(
    private readonly data: Database,
    private readonly from = "Portico texts",
  ) {}

  async send(messages: OutgoingText[]): Promise<TextSendResult[]> {
    if (messages.length === 0) return [];
    const { devMailbox } = this.data.t;
    await this.data.transaction((tx) =>
      tx.insert(devMailbox).values(
        messages.map((m) => ({
          channel: "TEXT" as const,
          outboxId: m.outboxId,
          fromEmail: this.from,
          toEmail: m.to,
          subject: `Text to ${m.to}`,
          htmlBody: "",
          textBody: m.body,
        })),
      ),
    );
    return messages.map((m) => ({
      outboxId: m.outboxId,
      ok: true,
      messageId: `dev-text-${m.outboxId}`,
      status: "SENT",
    }));
  }
}
