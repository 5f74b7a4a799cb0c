import twilio from "twilio";
import type RequestClient from "twilio/lib/base/RequestClient.js";
import type { Logger } from "../lib/logger.js";
import type { OutgoingText, TextDeliveryStatus, TextSendResult, TextTransport } from "./text-transport.js";

/** Twilio's API host; TWILIO_API_URL replaces it only to reach a fake in tests. */
const TWILIO_API = "https://api.twilio.com";

/** How long one call may hang before it counts as a transient failure (well inside the lease). */
export const TWILIO_TIMEOUT_MS = 15_000;

/**
 * Twilio's error codes that retrying cannot fix, with what staff are told
 * (https://www.twilio.com/docs/api/errors).
 */
const PERMANENT_REASONS: Record<number, string> = {
  21211: "The phone number is not valid",
  21408: "Texts to this country are not enabled",
  21610: "The person replied STOP to this number: texts are blocked until they reply START",
  21612: "This number cannot receive texts from the sending number",
  21614: "The number is not a mobile number that can receive texts",
};

/**
 * The client's own HTTP client (its documented hook for a custom one), with the API's host swapped
 * for the configured one: every request still goes through the official client's code.
 */
class RedirectingRequestClient extends twilio.RequestClient {
  constructor(private readonly apiUrl: string) {
    super({ timeout: TWILIO_TIMEOUT_MS });
  }

  override request<TData>(opts: RequestClient.RequestOptions<TData>) {
    return super.request<TData>({ ...opts, uri: opts.uri.replace(TWILIO_API, this.apiUrl.replace(/\/+$/, "")) });
  }
}

export type TwilioOptions = {
  accountSid: string;
  authToken: string;
  fromNumber?: string;
  messagingServiceSid?: string;
  apiUrl?: string;
  logger?: Logger;
};

/** Twilio's status words as the outbox keeps them. */
export function statusOfTwilio(status: string | undefined): TextDeliveryStatus | null {
  switch (status) {
    case "accepted":
    case "scheduled":
    case "queued":
    case "sending":
      return "QUEUED";
    case "sent":
      return "SENT";
    case "delivered":
    case "read":
      return "DELIVERED";
    case "failed":
    case "canceled":
      return "FAILED";
    case "undelivered":
      return "UNDELIVERED";
    default:
      return null;
  }
}

export class TwilioTransport implements TextTransport {
  private readonly client: twilio.Twilio;

  constructor(private readonly options: TwilioOptions) {
    this.client = twilio(options.accountSid, options.authToken, {
      httpClient: options.apiUrl
        ? new RedirectingRequestClient(options.apiUrl)
        : new twilio.RequestClient({ timeout: TWILIO_TIMEOUT_MS }),
    });
  }

  async send(messages: OutgoingText[]): Promise<TextSendResult[]> {
    const results: TextSendResult[] = [];
    for (const text of messages) results.push(await this.sendOne(text));
    return results;
  }

  private async sendOne(text: OutgoingText): Promise<TextSendResult> {
    const { fromNumber, messagingServiceSid } = this.options;
    try {
      const message = await this.client.messages.create({
        to: text.to,
        body: text.body,
        ...(messagingServiceSid ? { messagingServiceSid } : { from: fromNumber }),
        ...(text.statusCallback ? { statusCallback: text.statusCallback } : {}),
      });
      return {
        outboxId: text.outboxId,
        ok: true,
        messageId: message.sid,
        status: statusOfTwilio(message.status) ?? "QUEUED",
      };
    } catch (error) {
      const status = error instanceof twilio.RestException ? error.status : 0;
      const code = error instanceof twilio.RestException ? (error.code ?? status) : 0;
      const message = error instanceof Error ? error.message : String(error);
      const reason = PERMANENT_REASONS[code];
      if (reason) return { outboxId: text.outboxId, ok: false, permanent: true, errorCode: code, message: reason };
      if (status === 401 || status === 403) {
        this.options.logger?.error("Twilio refused the credentials; check TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN", {
          status,
          code,
        });
      } else {
        this.options.logger?.warn("Twilio call failed; will retry", { status, code, error: message });
      }
      return {
        outboxId: text.outboxId,
        ok: false,
        // Another 4xx is a request Twilio will refuse again; a 5xx or no answer may pass next time.
        permanent: status >= 400 && status < 500 && status !== 429 && status !== 401,
        errorCode: code,
        message: status ? `Twilio answered HTTP ${status}: ${message}` : `Could not reach Twilio: ${message}`,
      };
    }
  }
}
