import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { PageInfo } from "../../graphql/pagination.js";
import type { AuditRow } from "../audit/audit.service.js";
import type { SessionView } from "./account-sessions.service.js";
import { type PortalSignInMethod as MethodValue, portalSignInMethods } from "./portal-session.service.js";

@ObjectType({ description: "One of the viewer's own live sessions: a browser where they are signed in." })
export class ActiveSession {
  @Field(() => ID, { description: "Opaque; pass to endStaffSession or endPortalSession." })
  id: string;

  @Field({ description: 'The browser, as people name it ("Chrome"); empty when the browser did not say.' })
  browser: string;

  @Field({ description: 'Its operating system ("macOS", "iOS"); empty when unknown.' })
  system: string;

  @Field(() => String, {
    nullable: true,
    description: "The country of the address the session started from, from a table on the server; null when unknown.",
  })
  place: string | null;

  @Field(() => String, { nullable: true, description: "The address the session started from." })
  ip: string | null;

  @Field(() => DateTimeISOResolver, { description: "When this browser signed in." })
  signedInAt: Date;

  @Field(() => DateTimeISOResolver, { description: "Last request seen, to within a few minutes." })
  lastActiveAt: Date;

  @Field({ description: "This is the browser asking." })
  current: boolean;

  static from(view: SessionView): ActiveSession {
    return Object.assign(new ActiveSession(), view);
  }
}

export const PortalSignInMethod = Object.fromEntries(portalSignInMethods.map((m) => [m, m])) as {
  [K in MethodValue]: K;
};
registerEnumType(PortalSignInMethod, {
  name: "PortalSignInMethod",
  description:
    "How a person signed in to the portal: their invite, an emailed link, its code, a password, or switching from another account of the same address.",
  valuesConfig: {
    INVITE: { description: "Through an invite link." },
    LINK: { description: "Through a sign-in link asked for by email or text." },
    CODE: { description: "With the short code from a sign-in email or text." },
    PASSWORD: { description: "With email and password." },
    PASSKEY: { description: "With a passkey." },
    ACCOUNT_SWITCH: { description: "By switching from another account of the same address." },
  },
});

@ObjectType({ description: "A successful sign-in to a customer's portal account." })
export class AccountSignIn {
  @Field(() => ID, { description: "The sign-in's ID." })
  id: string;

  @Field(() => DateTimeISOResolver, { description: "When it happened." })
  at: Date;

  @Field({ description: "Who signed in: the account holder or one of their people, named as they were then." })
  name: string;

  @Field({ description: 'The browser and system, "Chrome on macOS".' })
  device: string;

  @Field(() => PortalSignInMethod, { nullable: true, description: "How; null when not known." })
  method: MethodValue | null;

  static from(row: AuditRow): AccountSignIn {
    let method: MethodValue | null = null;
    if (row.details) {
      const value = (JSON.parse(row.details) as { method?: unknown }).method;
      method = portalSignInMethods.find((m) => m === value) ?? null;
    }
    return Object.assign(new AccountSignIn(), {
      id: String(row.id),
      at: row.at,
      name: row.actorName,
      device: row.subject ?? "Unknown browser",
      method,
    });
  }
}

@ObjectType({ description: "A page of an account's sign-ins, newest first." })
export class AccountSignInConnection {
  @Field(() => [AccountSignIn], { description: "The sign-ins of this page." })
  nodes: AccountSignIn[];

  @Field(() => PageInfo, { description: "Where this page ends; pass endCursor as `after` for the next." })
  pageInfo: PageInfo;
}
