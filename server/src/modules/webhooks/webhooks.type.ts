import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { PageInfo } from "../../graphql/pagination.js";
import {
  eventsOf,
  type WebhookDeliveryRow,
  type WebhookEndpointRow,
  type DeliveryEventType as WireName,
} from "./webhooks.service.js";

/** The event types, by their GraphQL names; the values are the names payloads carry. */
export enum WebhookEventType {
  INVITATION_SENT = "invitation.sent",
  INVITATION_DELIVERED = "invitation.delivered",
  INVITATION_BOUNCED = "invitation.bounced",
  INVITATION_ACCEPTED = "invitation.accepted",
  CUSTOMER_CREATED = "customer.created",
  INVOICE_ISSUED = "invoice.issued",
  INVOICE_PAID = "invoice.paid",
  DOCUMENT_SIGNED = "document.signed",
  ESTIMATE_ANSWERED = "estimate.answered",
  MESSAGE_RECEIVED = "message.received",
  SERVICE_REQUEST_CREATED = "service_request.created",
  WEBHOOK_TEST = "webhook.test",
}
registerEnumType(WebhookEventType, {
  name: "WebhookEventType",
  description: "What happened, as a webhook reports it; the payload's `type` is the name given with each value.",
  valuesConfig: {
    INVITATION_SENT: { description: "invitation.sent: a portal invite was handed to the email or text provider." },
    INVITATION_DELIVERED: { description: "invitation.delivered: the invite email reached the person's mail server." },
    INVITATION_BOUNCED: { description: "invitation.bounced: the invite email bounced or was marked as spam." },
    INVITATION_ACCEPTED: {
      description: "invitation.accepted: the person signed in through the invite for the first time.",
    },
    CUSTOMER_CREATED: { description: "customer.created: staff added a customer." },
    INVOICE_ISSUED: { description: "invoice.issued: a draft invoice was issued to the customer." },
    INVOICE_PAID: { description: "invoice.paid: an invoice's balance reached zero." },
    DOCUMENT_SIGNED: { description: "document.signed: a customer signed a document in the portal." },
    ESTIMATE_ANSWERED: {
      description: "estimate.answered: a customer accepted (all or some lines of) or declined an estimate.",
    },
    MESSAGE_RECEIVED: { description: "message.received: a customer's person wrote to the facility in the portal." },
    SERVICE_REQUEST_CREATED: { description: "service_request.created: a customer asked for a service in the portal." },
    WEBHOOK_TEST: {
      description:
        "webhook.test: a test an admin sent to one endpoint (sendTestWebhookEvent). Not one to subscribe to.",
    },
  },
});

export enum WebhookDeliveryStatus {
  PENDING = "PENDING",
  SUCCEEDED = "SUCCEEDED",
  FAILED = "FAILED",
}
registerEnumType(WebhookDeliveryStatus, {
  name: "WebhookDeliveryStatus",
  description: "Where a delivery stands.",
  valuesConfig: {
    PENDING: { description: "Waiting for its first attempt or for a retry." },
    SUCCEEDED: { description: "The endpoint answered with a 2xx status." },
    FAILED: { description: "Every attempt failed, or the endpoint was turned off first." },
  },
});

@ObjectType({ description: "A URL the facility's events are posted to, signed with the endpoint's secret." })
export class WebhookEndpoint {
  @Field(() => ID, { description: "The endpoint's id." })
  id: string;

  @Field({ description: "Where events are posted (https://)." })
  url: string;

  @Field({ description: "The admins' note of what the endpoint is for; may be empty." })
  description: string;

  @Field(() => [WebhookEventType], { description: "The events posted to it." })
  events: WireName[];

  @Field({ description: "Events are posted while it is on." })
  enabled: boolean;

  @Field(() => String, {
    nullable: true,
    description: "Why Portico turned it off (it kept failing); null when on or turned off by an admin.",
  })
  disabledReason: string | null;

  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: "Since when every attempt has failed; null while deliveries succeed.",
  })
  failingSince: Date | null;

  @Field(() => DateTimeISOResolver, { description: "When it was added." })
  createdAt: Date;

  @Field({
    description:
      "The signing secret (whsec_…): Portico-Signature is the hex HMAC-SHA256, with this key, of the timestamp, a dot and the body.",
  })
  secret: string;

  /** The row, for the deliveries field. */
  row: WebhookEndpointRow;

  static from(row: WebhookEndpointRow): WebhookEndpoint {
    return Object.assign(new WebhookEndpoint(), {
      id: String(row.id),
      url: row.url,
      description: row.description,
      events: eventsOf(row),
      enabled: row.enabled,
      disabledReason: row.disabledReason,
      failingSince: row.failingSince,
      createdAt: row.createdAt,
      secret: row.secret,
      row,
    });
  }
}

@ObjectType({ description: "One event posted (or to be posted) to one endpoint, with its attempts." })
export class WebhookDelivery {
  @Field(() => ID, { description: "The delivery's id." })
  id: string;

  @Field({
    description: "The event's id (evt_…), the payload's `id` and the Portico-Event-Id header; a resend keeps it.",
  })
  eventId: string;

  @Field(() => WebhookEventType, { description: "What happened." })
  eventType: WireName;

  @Field(() => WebhookDeliveryStatus, { description: "Where the delivery stands." })
  status: WebhookDeliveryStatus;

  @Field(() => Int, { description: "Attempts made so far." })
  attempts: number;

  @Field(() => Int, { nullable: true, description: "The HTTP status of the last attempt; null when none answered." })
  responseCode: number | null;

  @Field(() => String, { nullable: true, description: "Why the last attempt failed." })
  lastError: string | null;

  @Field(() => DateTimeISOResolver, { description: "When the event was queued." })
  createdAt: Date;

  @Field(() => DateTimeISOResolver, { nullable: true, description: "When the last attempt was made." })
  lastAttemptAt: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: "When the next attempt is due; null once done." })
  nextAttemptAt: Date | null;

  @Field({ description: "The JSON body posted." })
  payload: string;

  static from(row: WebhookDeliveryRow): WebhookDelivery {
    return Object.assign(new WebhookDelivery(), {
      id: String(row.id),
      eventId: row.eventId,
      eventType: row.eventType as WireName,
      status: row.status as WebhookDeliveryStatus,
      attempts: row.attempts,
      responseCode: row.responseCode,
      lastError: row.lastError,
      createdAt: row.createdAt,
      lastAttemptAt: row.lastAttemptAt,
      nextAttemptAt: row.status === "PENDING" ? row.nextAttemptAt : null,
      payload: row.payload,
    });
  }
}

@ObjectType({ description: "A page of an endpoint's deliveries, newest first." })
export class WebhookDeliveryConnection {
  @Field(() => [WebhookDelivery], { description: "The deliveries of this page." })
  nodes: WebhookDelivery[];

  @Field(() => PageInfo, { description: "Where the next page starts." })
  pageInfo: PageInfo;
}
