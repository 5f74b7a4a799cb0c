import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { PageInfo } from "../../graphql/pagination.js";
import { type AuditActionValue, type AuditRow, auditActions } from "./audit.service.js";

/** The GraphQL enum of audit actions: the service's list, one name each. */
export const AuditAction = Object.fromEntries(auditActions.map((name) => [name, name])) as {
  [K in AuditActionValue]: K;
};
registerEnumType(AuditAction, {
  name: "AuditAction",
  description: "What an audit line records. New kinds are added over time; clients show unknown ones by name.",
  valuesConfig: {
    WEBHOOK_ADDED: { description: "An admin added a webhook endpoint (subject: its URL)." },
    WEBHOOK_CHANGED: { description: "An admin changed a webhook endpoint or turned it on or off." },
    WEBHOOK_SECRET_ROTATED: { description: "An admin replaced a webhook endpoint's signing secret." },
    WEBHOOK_REMOVED: { description: "An admin deleted a webhook endpoint." },
    WEBHOOK_TURNED_OFF: { description: "Portico turned off a webhook endpoint that kept failing." },
  },
});

export enum AuditActorKind {
  STAFF = "STAFF",
  PORTAL = "PORTAL",
  SYSTEM = "SYSTEM",
  API_KEY = "API_KEY",
}
registerEnumType(AuditActorKind, {
  name: "AuditActorKind",
  description: "Who acted: a staff user, a portal person, an API key, or Portico itself (jobs, commands).",
});

@ObjectType({ description: "One fact of an audit line: a name and its value as text." })
export class AuditDetail {
  @Field({ description: "The fact's name, e.g. role or channel." })
  key: string;

  @Field({ description: "Its value as text." })
  value: string;
}

@ObjectType({ description: "The customer an audit line is about." })
export class AuditCustomer {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@ObjectType({ description: "Who did what, when: one line of the facility's audit log." })
export class AuditEvent {
  @Field(() => ID)
  id: string;

  @Field(() => DateTimeISOResolver, { description: "When it happened." })
  at: Date;

  @Field(() => AuditAction)
  action: AuditActionValue;

  @Field(() => AuditActorKind)
  actorKind: AuditActorKind;

  @Field({ description: "The actor's name as it was then (kept after they leave the team)." })
  actorName: string;

  @Field(() => ID, { nullable: true, description: "The staff user who acted, while they exist." })
  actorStaffUserId: string | null;

  @Field(() => AuditCustomer, { nullable: true, description: "The customer the line is about, if any." })
  customer: AuditCustomer | null;

  @Field(() => String, { nullable: true, description: "A short label of what it happened to." })
  subject: string | null;

  @Field(() => [AuditDetail], { description: "The few facts that explain the line." })
  details: AuditDetail[];

  static from(row: AuditRow): AuditEvent {
    return Object.assign(new AuditEvent(), {
      id: String(row.id),
      at: row.at,
      action: row.action,
      actorKind: row.actorKind as AuditActorKind,
      actorName: row.actorName,
      actorStaffUserId: row.actorStaffUserId === null ? null : String(row.actorStaffUserId),
      customer:
        row.customerId !== null && row.customerName !== null
          ? { id: String(row.customerId), name: row.customerName }
          : null,
      subject: row.subject,
      details: parseDetails(row.details),
    });
  }
}

function parseDetails(text: string | null): AuditDetail[] {
  if (!text) return [];
  const parsed = JSON.parse(text) as Record<string, unknown>;
  return Object.entries(parsed).map(([key, value]) => ({ key, value: value === null ? "" : String(value) }));
}

@ObjectType({ description: "A page of audit lines, newest first." })
export class AuditEventConnection {
  @Field(() => [AuditEvent])
  nodes: AuditEvent[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

@ObjectType({ description: "A member of the team, as the audit log's person filter lists them." })
export class AuditPerson {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}
