import type { Database } from "../db/database.js";
import type { EmailTransport, OutgoingEmail, SendResult } from "./transport.js";

/** Keeps emails in the database so the whole flow works on a laptop with no email account. */
export class DevMailboxTransport implements EmailTransport {
  constructor(private readonly data: Database) {}

  async sendBatch(messages: OutgoingEmail[]): Promise<SendResult[]> {
    if (messages.length === 0) return [];
    const { devMailbox } = this.data.t;
    await this.data.transaction((tx) =>
      tx.insert(devMailbox).values(
        messages.map((m) => ({
          outboxId: m.outboxId,
          fromEmail: m.from,
          toEmail: m.to,
          subject: m.subject,
          htmlBody: m.htmlBody,
          textBody: m.textBody,
        })),
      ),
    );
    return messages.map((m) => ({ outboxId: m.outboxId, ok: true, messageId: `dev-${m.outboxId}` }));
  }
}
