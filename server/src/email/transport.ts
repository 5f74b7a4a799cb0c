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
