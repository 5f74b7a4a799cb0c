import "reflect-metadata";
import { assertValidSchema, type GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";
import { buildSchemaSync } from "type-graphql";
import { AdoptionResolver } from "../modules/adoption/adoption.resolver.js";
import { ApiKeyResolver } from "../modules/api-keys/api-key.resolver.js";
import { AuditResolver, CustomerAuditResolver } from "../modules/audit/audit.resolver.js";
import { AccountSessionsResolver, CustomerSignInsResolver } from "../modules/auth/account-sessions.resolver.js";
import { PasskeyResolver } from "../modules/auth/passkey.resolver.js";
import { PortalAccountResolver, PortalResolver } from "../modules/auth/portal-auth.resolver.js";
import { StaffAuthResolver } from "../modules/auth/staff-auth.resolver.js";
import { BulkInviteResolver } from "../modules/bulk-invites/bulk-invite.resolver.js";
import { CalendarFeedResolver } from "../modules/calendar/calendar-feed.resolver.js";
import { CareReminderResolver, CustomerRemindersResolver } from "../modules/care-reminders/care-reminder.resolver.js";
import { CarResolver } from "../modules/cars/car.resolver.js";
import { ContactResolver, CustomerContactsResolver } from "../modules/contacts/contact.resolver.js";
import { CustomerImportResolver } from "../modules/customer-imports/customer-import.resolver.js";
import { CustomerConnectionResolver, CustomerResolver } from "../modules/customers/customer.resolver.js";
import { CustomerDocumentsResolver, DocumentResolver } from "../modules/documents/document.resolver.js";
import { CustomerEstimatesResolver, EstimateResolver } from "../modules/estimates/estimate.resolver.js";
import { CustomerEventsResolver, EventResolver } from "../modules/events/event.resolver.js";
import { PortalSettingsResolver } from "../modules/facilities/portal-settings.resolver.js";
import { InvitationResolver } from "../modules/invitations/invitation.resolver.js";
import { InvitationListResolver } from "../modules/invitations/invitation-list.resolver.js";
import { InviteRemindersResolver } from "../modules/invitations/invite-reminders.resolver.js";
import { InvoiceResolver } from "../modules/invoices/invoice.resolver.js";
import { InvoiceListResolver } from "../modules/invoices/invoice-list.resolver.js";
import { MessageResolver, PortalConversationResolver } from "../modules/messages/message.resolver.js";
import { CustomerPaymentResolver, PaymentResolver } from "../modules/payments/payment.resolver.js";
import { PortalHomeResolver } from "../modules/portal-home/portal-home.resolver.js";
import {
  PortalProfileFieldsResolver,
  PortalProfileResolver,
  PortalTextsResolver,
} from "../modules/portal-profile/portal-profile.resolver.js";
import { PreviewResolver } from "../modules/preview/preview.resolver.js";
import {
  CustomerServiceRequestsResolver,
  ServiceRequestResolver,
} from "../modules/service-requests/service-request.resolver.js";
import { GettingStartedResolver, SignUpResolver } from "../modules/signup/sign-up.resolver.js";
import { StaffAccountResolver, TeamResolver } from "../modules/team/team.resolver.js";
import { ContactTextsResolver, CustomerTextsResolver, TextSettingsResolver } from "../modules/texts/texts.resolver.js";
import { WebhookResolver } from "../modules/webhooks/webhooks.resolver.js";
import { assertEveryRootFieldIsGuarded, authChecker, refuseApiKeysOnPublicFields } from "./auth.js";

export const resolvers = [
  StaffAuthResolver,
  StaffAccountResolver,
  TeamResolver,
  SignUpResolver,
  GettingStartedResolver,
  CustomerResolver,
  CustomerConnectionResolver,
  CustomerContactsResolver,
  ContactResolver,
  InvitationResolver,
  InvitationListResolver,
  InviteRemindersResolver,
  CarResolver,
  PortalResolver,
  PortalAccountResolver,
  PasskeyResolver,
  PortalSettingsResolver,
  CareReminderResolver,
  CustomerRemindersResolver,
  BulkInviteResolver,
  CustomerImportResolver,
  InvoiceResolver,
  InvoiceListResolver,
  DocumentResolver,
  CustomerDocumentsResolver,
  EventResolver,
  CustomerEventsResolver,
  CalendarFeedResolver,
  MessageResolver,
  PortalConversationResolver,
  EstimateResolver,
  CustomerEstimatesResolver,
  ServiceRequestResolver,
  CustomerServiceRequestsResolver,
  PortalHomeResolver,
  PreviewResolver,
  PortalProfileResolver,
  PortalProfileFieldsResolver,
  PaymentResolver,
  CustomerPaymentResolver,
  AuditResolver,
  CustomerAuditResolver,
  AccountSessionsResolver,
  CustomerSignInsResolver,
  AdoptionResolver,
  CustomerTextsResolver,
  ContactTextsResolver,
  PortalTextsResolver,
  TextSettingsResolver,
  ApiKeyResolver,
  WebhookResolver,
] as const;

let cached: GraphQLSchema | undefined;

export function buildPorticoSchema(): GraphQLSchema {
  if (cached) return cached;
  const schema = buildSchemaSync({
    resolvers,
    authChecker,
    // Denied unless a rule says otherwise: "error" throws, so a missing role never yields null data.
    authMode: "error",
    validate: { forbidUnknownValues: false },
    // type-graphql's own check runs a full introspection query (tens of milliseconds at every
    // start); graphql-js's schema validation below finds the same faults in the built schema.
    skipCheck: true,
  });
  assertValidSchema(schema);
  assertEveryRootFieldIsGuarded(schema);
  refuseApiKeysOnPublicFields(schema);
  cached = schema;
  return schema;
}

/** The committed contract at schema/schema.graphql: sorted so diffs show real changes only. */
export function printPorticoSchema(): string {
  return `${printSchema(lexicographicSortSchema(buildPorticoSchema()))}\n`;
}
