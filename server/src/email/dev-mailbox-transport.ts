import { type Db, writeTransaction } from "../db/client.js";
import { devMailbox } from "../db/schema.js";
import type { EmailTransport, OutgoingEmail, SendResult } from "./transport.js";

/** Keeps emails in the database so the whole flow works on a laptop with no email account. */
export class DevMailboxTransport implements EmailTransport {
  constructor(private readonly db: Db) {}

  async sendBatch(messages: OutgoingEmail[]): Promise<SendResult[]> {
    if (messages.length === 0) return [];
    writeTransaction(this.db, (tx) => {
      for (const m of messages) {
        tx.insert(devMailbox)
          .values({
            outboxId: m.outboxId,
            fromEmail: m.from,
            toEmail: m.to,
            subject: m.subject,
            htmlBody: m.htmlBody,
            textBody: m.textBody,
          })
          .run();
      }
    });
    return messages.map((m) => ({ outboxId: m.outboxId, ok: true, messageId: `dev-${m.outboxId}` }));
  }
}
