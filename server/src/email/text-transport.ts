export type OutgoingText = {
  outboxId: number;
  /** E.164. */
  to: string;
  body: string;
  /** Where the provider reports the text's delivery status. */
  statusCallback?: string;
};

export type TextSendResult =
  | { outboxId: number; ok: true; messageId: string; status: TextDeliveryStatus }
  | {
      outboxId: number;
      ok: false;
      /** true: retrying cannot help (an invalid or unreachable number, an opted-out recipient). */
      permanent: boolean;
      errorCode: number;
      /** Staff read this next to the invite, so it is written for people. */
      message: string;
    };

export type TextDeliveryStatus = "QUEUED" | "SENT" | "DELIVERED" | "FAILED" | "UNDELIVERED";

/** Sends texts one by one (SMS APIs take one message a call); never throws for a send failure. */
export interface TextTransport {
  send(messages: OutgoingText[]): Promise<TextSendResult[]>;
}
