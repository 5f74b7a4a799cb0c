/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What an API key may do with the facility's data. */
export type ApiKeyScope =
  /** Queries only: every mutation is refused (FORBIDDEN). */
  | 'READ_ONLY'
  /** Queries and mutations, as a staff member (not an admin) could. */
  | 'READ_WRITE';

/** What an audit line records. New kinds are added over time; clients show unknown ones by name. */
export type AuditAction =
  /** An admin created an API key; the subject is its name, `scope` its scope. */
  | 'API_KEY_CREATED'
  /** An API key made its first request; the subject is its name, `address` where it came from. */
  | 'API_KEY_FIRST_USED'
  /** An admin revoked an API key; the subject is its name. */
  | 'API_KEY_REVOKED'
  /** Staff started a bulk invite to many customers at once. */
  | 'BULK_INVITE_RUN'
  /** A private calendar feed link was created. */
  | 'CALENDAR_LINK_CREATED'
  /** A calendar feed link was replaced; the old one stops working. */
  | 'CALENDAR_LINK_REPLACED'
  /** A calendar feed link was turned off. */
  | 'CALENDAR_LINK_TURNED_OFF'
  /** A contact (sub-contact) was added to a customer. */
  | 'CONTACT_ADDED'
  /** A contact's details or preferences were changed. */
  | 'CONTACT_CHANGED'
  /** A contact was removed from a customer. */
  | 'CONTACT_REMOVED'
  /** Customers were imported from a spreadsheet. */
  | 'CUSTOMERS_IMPORTED'
  /** A customer was added. */
  | 'CUSTOMER_ADDED'
  /** A customer was archived. */
  | 'CUSTOMER_ARCHIVED'
  /** A customer's details were changed. */
  | 'CUSTOMER_CHANGED'
  /** A customer was deleted for good. */
  | 'CUSTOMER_DELETED'
  /** A customer's data was exported. */
  | 'CUSTOMER_EXPORTED'
  /** An archived customer was restored. */
  | 'CUSTOMER_RESTORED'
  /** A document was removed. */
  | 'DOCUMENT_REMOVED'
  /** A document was shared with a customer. */
  | 'DOCUMENT_SHARED'
  /** The facility was created. */
  | 'FACILITY_CREATED'
  /** Staff sent reminders to everyone still waiting on an invite. */
  | 'INVITE_REMINDERS_SENT_TO_WAITING'
  /** Automatic invite reminders were stopped for a person. */
  | 'INVITE_REMINDERS_STOPPED'
  /** Portico sent an automatic reminder of a pending invite. */
  | 'INVITE_REMINDER_SENT'
  /** Staff resent a portal invite (Resend Invite); the old link was voided. */
  | 'INVITE_RESENT'
  /** Staff sent a portal invite (Send Invite). */
  | 'INVITE_SENT'
  /** Staff showed or sent a sign-in link in person (QR code or text) at the desk. */
  | 'INVITE_SHOWN_IN_PERSON'
  /** A draft invoice was issued to the customer. */
  | 'INVOICE_ISSUED'
  /** An invoice was voided. */
  | 'INVOICE_VOIDED'
  /** A passkey was added to an account. */
  | 'PASSKEY_ADDED'
  /** A passkey was removed from an account. */
  | 'PASSKEY_REMOVED'
  /** A payment was recorded against an invoice. */
  | 'PAYMENT_RECORDED'
  /** A contact's Can access portal was turned off; their pending invites are voided. */
  | 'PORTAL_ACCESS_OFF'
  /** A contact's Can access portal was turned on. */
  | 'PORTAL_ACCESS_ON'
  /** Staff previewed the portal as a customer sees it. */
  | 'PORTAL_PREVIEWED'
  /** A person signed in to the portal. */
  | 'PORTAL_SIGNED_IN'
  /** A signed-in session was ended from the sessions list. */
  | 'SESSION_ENDED'
  /** The facility's settings were changed. */
  | 'SETTINGS_CHANGED'
  /** A staff user was deactivated and can no longer sign in. */
  | 'STAFF_DEACTIVATED'
  /** A staff user was invited to the team. */
  | 'STAFF_INVITED'
  /** An invited staff user joined the team. */
  | 'STAFF_JOINED'
  /** A deactivated staff user was reactivated. */
  | 'STAFF_REACTIVATED'
  /** A staff user's role was changed. */
  | 'STAFF_ROLE_CHANGED'
  /** A person's text message (SMS) consent or settings were changed. */
  | 'TEXT_SETTINGS_CHANGED'
  /** An admin added a webhook endpoint (subject: its URL). */
  | 'WEBHOOK_ADDED'
  /** An admin changed a webhook endpoint or turned it on or off. */
  | 'WEBHOOK_CHANGED'
  /** An admin deleted a webhook endpoint. */
  | 'WEBHOOK_REMOVED'
  /** An admin replaced a webhook endpoint's signing secret. */
  | 'WEBHOOK_SECRET_ROTATED'
  /** Portico turned off a webhook endpoint that kept failing. */
  | 'WEBHOOK_TURNED_OFF';

/** Who acted: a staff user, a portal person, an API key, or Portico itself (jobs, commands). */
export type AuditActorKind =
  /** A program calling the API with one of the facility's API keys. */
  | 'API_KEY'
  /** A customer or contact, signed in to the portal. */
  | 'PORTAL'
  /** A staff user of the facility, signed in to the dashboard. */
  | 'STAFF'
  /** Portico itself: a scheduled job or an operator's command. */
  | 'SYSTEM';

/** Branding applied to the portal and to emails. */
export type BrandingInput = {
  /** Accent colour as #rrggbb. */
  brandColor: string;
  /** The facility's name, 1 to 120 characters. */
  name: string;
};

/** Invite, or why a row is skipped. */
export type BulkInvitePlan =
  /** Skipped: invited recently, inside the resend cooldown. */
  | 'COOLDOWN'
  /** Skipped: the same customer appears earlier in the list. */
  | 'DUPLICATE'
  /** Skipped: the email is missing or not valid. */
  | 'INVALID_EMAIL'
  /** Will be invited. */
  | 'INVITE'
  /** Skipped: already in the portal. */
  | 'IN_PORTAL'
  /** Skipped: no matching customer. */
  | 'NOT_FOUND'
  /** Skipped: no email, and no mobile number with consent to texts. */
  | 'NO_EMAIL'
  /** Skipped: the line could not be read. */
  | 'UNREADABLE';

/** What the run did with a row. */
export type BulkInviteRowResult =
  /** Not worked through yet. */
  | 'PENDING'
  /** The invite was sent. */
  | 'SENT'
  /** Not invited; plan and detail say why. */
  | 'SKIPPED';

/** Where a bulk invite stands. */
export type BulkInviteStatus =
  /** The preview was dropped; nothing was sent. */
  | 'CANCELLED'
  /** Every row was worked through. */
  | 'DONE'
  /** Previewed; nothing sent yet. Start or cancel it. */
  | 'PREVIEW'
  /** Sending, in chunks on the server. */
  | 'RUNNING';

/** A history entry to record on a car. */
export type CarEventInput = {
  /** Defaults to now. */
  happenedAt?: string | null | undefined;
  /** What happened. */
  kind: CarEventKind;
  /** Notes, up to 2,000 characters. */
  notes?: string | null | undefined;
};

/** What a history entry records. */
export type CarEventKind =
  /** Battery checked or charged. */
  | 'BATTERY_TENDED'
  /** Dropped off at the facility. */
  | 'DROPPED_OFF'
  /** Moved to another spot. */
  | 'MOVED'
  /** A free note. */
  | 'NOTE'
  /** Picked up from the facility. */
  | 'PICKED_UP'
  /** Serviced. */
  | 'SERVICED'
  /** The car's status changed; recorded by Portico when staff change it, notes say from and to. */
  | 'STATUS_CHANGED'
  /** Washed or detailed. */
  | 'WASHED';

/** A car's details, for add and edit. */
export type CarInput = {
  /** Colour, up to 40 characters. */
  color?: string | null | undefined;
  /** Where it is (building, row, slot), up to 80 characters. */
  location?: string | null | undefined;
  /** Make, 1 to 80 characters. */
  make: string;
  /** Model, 1 to 80 characters. */
  model: string;
  /** Licence plate, up to 20 characters. */
  plate?: string | null | undefined;
  /** Where the car is; IN_STORAGE when left out. A change is recorded in the car's history and emailed to people with car updates on. */
  status?: CarStatus | null | undefined;
  /** VIN or hull id, up to 40 characters. */
  vin?: string | null | undefined;
  /** Model year, 1885 to 2100; null when unknown. */
  year?: number | null | undefined;
};

/** Where a car is, as the facility tracks it. */
export type CarStatus =
  /** Being worked on. */
  | 'IN_SERVICE'
  /** Stored at the facility. */
  | 'IN_STORAGE'
  /** Being moved to or from the facility. */
  | 'IN_TRANSIT'
  /** With the customer, away from the facility. */
  | 'OUT';

/** Settings → Portal → Reminders: each kind on or off, with its timing (1 to 30 days). */
export type CareReminderSettingsInput = {
  /** Remind of a contract waiting for a signature. */
  contracts: boolean;
  /** 1 to 30. */
  contractsAfterDays: number;
  /** Remind of an estimate waiting for an answer. */
  estimates: boolean;
  /** 1 to 30. */
  estimatesAfterDays: number;
  /** Remind of an event the day before it. */
  events: boolean;
  /** Remind of an open invoice before its due date. */
  invoicesDue: boolean;
  /** 1 to 30. */
  invoicesDueDays: number;
  /** Remind of an overdue invoice. */
  invoicesOverdue: boolean;
};

/** Which kinds of email a person receives, each on or off. Invites always go. */
export type CommunicationPreferencesInput = {
  /** Vehicle status changes, photo sessions and condition reports. */
  carUpdates: boolean;
  /** Document signing requests and agreement notifications. */
  contracts: boolean;
  /** Quotes and estimates. */
  estimates: boolean;
  /** Billing notifications and payment receipts. */
  invoices: boolean;
  /** Promotions and newsletters. */
  marketing: boolean;
  /** Appointment and event reminders. */
  scheduling: boolean;
  /** Invitations to community events and gatherings. */
  socialEvents: boolean;
};

/** A condition report to add to a car; photos are uploaded afterwards. */
export type ConditionReportInput = {
  /** ISO date (YYYY-MM-DD). */
  inspectedOn: string;
  /** Who inspected the car, 1 to 120 characters. */
  inspector: string;
  /** Findings, up to 5,000 characters. */
  notes?: string | null | undefined;
  /** Odometer reading, 0 to 10,000,000. */
  odometer?: number | null | undefined;
};

/** A sub-contact, for add and edit. */
export type ContactInput = {
  /** “Can access portal”. */
  canAccessPortal: boolean;
  /** Email address, up to 254 characters; empty for none (the contact then cannot be invited by email). A new email voids pending invite links. */
  email?: string | null | undefined;
  /** Full name, 1 to 200 characters. */
  name: string;
  /** Phone number, up to 40 characters: E.164 or a number of the facility's country; stored as E.164. Empty for none. */
  phone?: string | null | undefined;
  /** Which kinds of email the contact receives. */
  preferences: CommunicationPreferencesInput;
  /** How the contact is related to the customer. */
  role: ContactRole;
};

/** How a contact is related to the customer. */
export type ContactRole =
  /** The customer's assistant. */
  | 'ASSISTANT'
  /** Handles the customer's bills. */
  | 'BOOKKEEPER'
  /** Any other relation. */
  | 'OTHER'
  /** The customer's spouse or partner. */
  | 'SPOUSE'
  /** Drops off and picks up the customer's cars. */
  | 'VEHICLE_HANDLER';

/** A new API key: what it is for and what it may do. */
export type CreateApiKeyInput = {
  /** What will use the key, e.g. the integration's name (1–80 characters). */
  name: string;
  /** Read-only, or read and write. */
  scope: ApiKeyScope;
};

/** A new webhook endpoint. */
export type CreateWebhookEndpointInput = {
  /** What the endpoint is for, for the admins. */
  description?: string | null | undefined;
  /** The events to post; at least one. */
  events: Array<WebhookEventType>;
  /** Where to post events: https:// on a public address. */
  url: string;
};

/** NEW_CUSTOMER: the line creates a customer (and its car); SAME_CUSTOMER: a later line of that customer adds a car; DUPLICATE and ERROR lines are skipped. */
export type CustomerImportPlan =
  /** Skipped: matches a customer on record or an earlier line. */
  | 'DUPLICATE'
  /** Skipped: cannot be imported as it is; detail lists each error. */
  | 'ERROR'
  /** The line creates a customer (and its car). */
  | 'NEW_CUSTOMER'
  /** A later line of a customer in the file: adds a car to them. */
  | 'SAME_CUSTOMER';

/** What the run did with a line. */
export type CustomerImportRowResult =
  /** Created the customer, or added the car. */
  | 'CREATED'
  /** Not worked through yet. */
  | 'PENDING'
  /** Not imported; plan and detail say why. */
  | 'SKIPPED';

/** Where an import stands. */
export type CustomerImportStatus =
  /** The preview was dropped; nothing was created. */
  | 'CANCELLED'
  /** Every line was worked through. */
  | 'DONE'
  /** Previewed; nothing created yet. Run or cancel it. */
  | 'PREVIEW'
  /** Running, in chunks on the server. */
  | 'RUNNING';

/** A customer's profile, for create and edit. */
export type CustomerInput = {
  /** Postal address, free text, up to 500 characters. */
  address?: string | null | undefined;
  /** Leave empty for a customer without email (cannot be invited). */
  email?: string | null | undefined;
  /** Full name, 1 to 200 characters. */
  name: string;
  /** Staff's private notes, up to 5,000 characters; never shown in the portal. */
  notes?: string | null | undefined;
  /** Phone number, up to 40 characters: E.164 (+12075550148) or a number of the facility's country; stored as E.164. Empty for none. */
  phone?: string | null | undefined;
};

/** What happened to the invite email. */
export type DeliveryState =
  /** Bounced: the address does not receive mail. */
  | 'BOUNCED'
  /** Accepted by the person's mail server. */
  | 'DELIVERED'
  /** Could not be sent. */
  | 'FAILED'
  /** Waiting to be sent. */
  | 'QUEUED'
  /** Handed to the email service. */
  | 'SENT';

/** What kind of document it is. */
export type DocumentKind =
  /** Any other agreement. */
  | 'AGREEMENT'
  /** A plain file: a photo, a report, a receipt. */
  | 'FILE'
  /** A liability waiver (a contract). */
  | 'LIABILITY_WAIVER'
  /** A storage agreement (a contract). */
  | 'STORAGE_AGREEMENT';

/** A document's title and sharing, for edit. */
export type DocumentUpdateInput = {
  /** Ask the customer to sign it in the portal. */
  requiresSignature: boolean;
  /** Show it in the customer's portal. */
  sharedWithCustomer: boolean;
  /** The title, up to 200 characters. */
  title: string;
};

/** A draft estimate: title, car and line items. */
export type EstimateInput = {
  /** The customer's car it is for; null for none. */
  carId?: string | number | null | undefined;
  /** The line items quoted. */
  lines: Array<InvoiceLineInput>;
  /** What the estimate is for, up to 200 characters. */
  title: string;
};

/** Where an estimate stands. */
export type EstimateStatus =
  /** The customer accepted every line. */
  | 'ACCEPTED'
  /** The customer declined it. */
  | 'DECLINED'
  /** Being prepared; not shown in the portal. */
  | 'DRAFT'
  /** A draft invoice was made of its accepted lines. */
  | 'INVOICED'
  /** The customer accepted some lines (where the facility allows choosing). */
  | 'PARTIALLY_ACCEPTED'
  /** Sent to the customer, awaiting an answer. */
  | 'SENT';

/** An event to schedule or change. */
export type EventInput = {
  /** A car of the customer it is about; omit for none. */
  carId?: string | number | null | undefined;
  /** Omit for a facility-wide social event. */
  customerId?: string | number | null | undefined;
  /** When it ends; must be after startsAt. Omit for open-ended. */
  endsAt?: string | null | undefined;
  /** What kind of event it is. */
  kind: EventKind;
  /** Where, up to 200 characters. */
  location?: string | null | undefined;
  /** Notes, up to 2,000 characters. */
  notes?: string | null | undefined;
  /** When it starts. */
  startsAt: string;
  /** The title, up to 200 characters. */
  title: string;
};

/** What kind of event it is. */
export type EventKind =
  /** Detailing of a car. */
  | 'DETAILING'
  /** The customer drops off a car. */
  | 'DROP_OFF'
  /** Any other appointment. */
  | 'OTHER'
  /** The customer picks up a car. */
  | 'PICK_UP'
  /** Service work on a car. */
  | 'SERVICE'
  /** A social event; without a customer it is facility-wide and every portal may RSVP. */
  | 'SOCIAL';

/** How staff hand an invite over in person: a QR code on screen, or a link they paste themselves. */
export type InPersonDelivery =
  /** A link staff copy and pass on themselves. */
  | 'COPIED_LINK'
  /** A QR code on the staff screen for the person to scan. */
  | 'QR_CODE';

/** What happened at one step of an invite. */
export type InvitationEventKind =
  /** The invite email bounced. */
  | 'BOUNCED'
  /** The invite email was delivered. */
  | 'DELIVERED'
  /** The invite email could not be sent. */
  | 'FAILED'
  /** Staff copied the link to hand over in person. */
  | 'LINK_COPIED'
  /** The link was opened. */
  | 'LINK_OPENED'
  /** Staff showed the link as a QR code in person. */
  | 'QR_CODE_SHOWN'
  /** The invite email was queued. */
  | 'QUEUED'
  /** Staff stopped the invite's reminders. */
  | 'REMINDERS_STOPPED'
  /** A reminder of the invite was sent. */
  | 'REMINDER_SENT'
  /** The invite email was handed to the email service. */
  | 'SENT'
  /** The person signed in through the invite. */
  | 'SIGNED_IN'
  /** The person marked the invite email as spam. */
  | 'SPAM_COMPLAINT'
  /** The invite text message was delivered. */
  | 'TEXT_DELIVERED'
  /** The invite text message could not be delivered. */
  | 'TEXT_FAILED'
  /** The invite text message was sent. */
  | 'TEXT_SENT';

/** Where an invite stands. */
export type InvitationState =
  /** The person signed in through it. */
  | 'ACCEPTED'
  /** Sent and not yet used; works until expiresAt. */
  | 'PENDING'
  /** Stopped working before use; voidReason says why. */
  | 'VOID';

/** The invite button staff may press for a person. */
export type InviteAction =
  /** Resend Invite: issues a new link and voids the old one. */
  | 'RESEND'
  /** Send Invite: the person was never invited. */
  | 'SEND';

/** How the invite reached the person: by email and/or text, or shown to staff in person. */
export type InviteDelivery =
  /** Handed over in person as a link staff copied. */
  | 'COPIED_LINK'
  /** By email. */
  | 'EMAIL'
  /** By email and by text message. */
  | 'EMAIL_AND_TEXT'
  /** Shown in person as a QR code. */
  | 'QR_CODE'
  /** By text message (SMS). */
  | 'TEXT';

/** Why a person was not reminded. */
export type InviteReminderSkip =
  /** The customer is archived. */
  | 'ARCHIVED'
  /** The email on record changed since the invite. */
  | 'EMAIL_CHANGED'
  /** The invite has expired: resend it instead. */
  | 'EXPIRED'
  /** Already in the portal. */
  | 'IN_PORTAL'
  /** No reminder is due yet. */
  | 'NOT_DUE'
  /** No such invite. */
  | 'NOT_FOUND'
  /** The invite was accepted or replaced by a newer one. */
  | 'NOT_PENDING'
  /** Portal access is turned off. */
  | 'NO_ACCESS'
  /** Outside the facility's daytime hours (9:00–18:00 in its time zone); automatic reminders only. */
  | 'OUTSIDE_DAYTIME'
  /** Invited or reminded less than an hour ago. */
  | 'RECENTLY_REMINDED'
  /** Reminders were stopped for this person. */
  | 'STOPPED'
  /** The invite could not be delivered to this address. */
  | 'UNDELIVERABLE'
  /** Neither channel reaches the person: no email on record, and texts need consent for their current number and no STOP. */
  | 'UNREACHABLE';

/** A colleague to invite to the team. */
export type InviteStaffInput = {
  /** Their email, up to 254 characters; the invite link goes there. */
  email: string;
  /** Their name, 1 to 120 characters. */
  name: string;
  /** ADMIN or STAFF. */
  role: StaffRole;
};

/** What an invoice's status means to a reader today, decided on the server in the facility's day. */
export type InvoiceDisplayStatus =
  /** Being prepared; not shown in the portal. */
  | 'DRAFT'
  /** Open, not yet past its due date (or nothing left to pay). */
  | 'DUE'
  /** Open with a balance, past its due date in the facility's time zone. */
  | 'OVERDUE'
  /** Paid in full. */
  | 'PAID'
  /** Cancelled; nothing is owed. */
  | 'VOID';

/** An invoice's dates and line items, for a draft. */
export type InvoiceInput = {
  /** ISO date (YYYY-MM-DD) payment is due; null for no due date. */
  dueOn?: string | null | undefined;
  /** Defaults to today. */
  issuedOn?: string | null | undefined;
  /** The line items; the total is their sum. */
  lines: Array<InvoiceLineInput>;
};

/** One line item to charge. */
export type InvoiceLineInput = {
  /** What is charged, 1 to 300 characters. */
  description: string;
  /** How many units, at least 1. */
  quantity?: number;
  /** Price per unit, in cents. */
  unitCents: number;
};

/** An invoice's stored status. */
export type InvoiceStatus =
  /** Being prepared; not shown in the portal. */
  | 'DRAFT'
  /** Issued, with a balance left to pay. */
  | 'OPEN'
  /** Paid in full. */
  | 'PAID'
  /** Cancelled; nothing is owed. */
  | 'VOID';

/** How a person wants to hear from the facility: email, text (SMS), or both. */
export type MessageChannel =
  /** By email and by text message. */
  | 'BOTH'
  /** By email only. */
  | 'EMAIL'
  /** By text message (SMS) only, where consent allows. */
  | 'TEXT';

/** Which onboarding steps the portal shows after a first sign-in, each on or off. */
export type OnboardingStepsInput = {
  /** Ask the person to save a payment method. */
  addPaymentMethod: boolean;
  /** Ask the person to complete their profile. */
  completeProfile: boolean;
  /** Ask the person to sign the contracts waiting for them. */
  signContracts: boolean;
};

/** A payment received, to record against an open invoice. */
export type PaymentInput = {
  /** Amount received, in cents: more than 0 and at most the balance. */
  amountCents: number;
  /** How it was paid. */
  method: PaymentMethod;
  /** Defaults to today. */
  receivedOn?: string | null | undefined;
  /** Check number, transfer reference… */
  reference?: string | null | undefined;
};

/** How a payment was made. */
export type PaymentMethod =
  /** Bank transfer. */
  | 'BANK_TRANSFER'
  /** Card, taken outside Portico. */
  | 'CARD'
  /** Cash. */
  | 'CASH'
  /** Check. */
  | 'CHECK'
  /** Any other way. */
  | 'OTHER'
  /** Paid online through the portal (Stripe). */
  | 'STRIPE';

/** A part of the portal a facility can turn on or off. */
export type PortalSection =
  /** Billing: invoices, balances and online payment. */
  | 'BILLING'
  /** Documents: contracts and files shared with the customer, and signing. */
  | 'DOCUMENTS'
  /** Estimates: quotes to accept or decline. */
  | 'ESTIMATES'
  /** Schedule: appointments and events. */
  | 'EVENTS'
  /** Messages: the conversation with the facility's team. */
  | 'MESSAGES'
  /** Service requests: asking for work on a car. */
  | 'SERVICE_REQUESTS'
  /** Cars: the account's cars, their history and photos. */
  | 'VEHICLES';

/** Settings → Portal: how invites and sign-in work for this facility. */
export type PortalSettingsInput = {
  /** Whether customers may accept single lines of an estimate; omit to leave as is. */
  allowEstimateLineChoice?: boolean | null | undefined;
  /** ISO 3166 alpha-2 country of phone numbers typed without +, e.g. US; omit to leave as is. */
  country?: string | null | undefined;
  /** Days an invite link works: 1 to 30. */
  inviteExpiryDays: number;
  /** Days after the invite on which a reminder goes out: up to three distinct whole days, each before the link expires; omit to leave as is. */
  inviteReminderDays?: Array<number> | null | undefined;
  /** Automatic invite reminders on or off; omit to leave as is. */
  inviteRemindersEnabled?: boolean | null | undefined;
  /** Shown in the portal when online payments are off. */
  offlinePaymentInstructions?: string | null | undefined;
  /** Omit to leave as is. */
  onboarding?: OnboardingStepsInput | null | undefined;
  /** Hours before Resend Invite is offered again: 1 to 168. */
  resendCooldownHours: number;
  /** Sections customers see; omit to leave as is. */
  sections?: Array<PortalSection> | null | undefined;
  /** How portal customers sign in. */
  signInMethod: SignInMethod;
  /** IANA time zone, e.g. America/Chicago; omit to leave as is. */
  timeZone?: string | null | undefined;
  /** Shown at the top of the invite email. */
  welcomeMessage?: string | null | undefined;
};

/** How a person signed in to the portal: their invite, an emailed link, its code, a password, or switching from another account of the same address. */
export type PortalSignInMethod =
  /** By switching from another account of the same address. */
  | 'ACCOUNT_SWITCH'
  /** With the short code from a sign-in email or text. */
  | 'CODE'
  /** Through an invite link. */
  | 'INVITE'
  /** Through a sign-in link asked for by email or text. */
  | 'LINK'
  /** With a passkey. */
  | 'PASSKEY'
  /** With email and password. */
  | 'PASSWORD';

/** A person's portal status, decided by the server. */
export type PortalState =
  /** A contact whose Can access portal is off: no invite can be sent. */
  | 'ACCESS_DISABLED'
  /** The invite email bounced: Resend Invite, with no cooldown, once the address is fixed. */
  | 'BOUNCED'
  /** A pending invite inside the resend cooldown: Resend Invite is available at resendAvailableAt. */
  | 'INVITED'
  /** The invite link expired: Resend Invite, with no cooldown. */
  | 'INVITE_EXPIRED'
  /** A pending invite whose resend cooldown is over: Resend Invite. */
  | 'INVITE_RESENDABLE'
  /** Has signed in to the portal: IN PORTAL. */
  | 'IN_PORTAL'
  /** Never invited: Send Invite. */
  | 'NOT_INVITED'
  /** No valid email on record: add one before inviting. */
  | 'NO_EMAIL';

/** Where a service request stands. */
export type ServiceRequestStatus =
  /** Will not be done. */
  | 'CANCELLED'
  /** Finished. */
  | 'DONE'
  /** Being worked on. */
  | 'IN_PROGRESS'
  /** Just asked for; not yet looked at. */
  | 'NEW'
  /** Planned for a date. */
  | 'SCHEDULED';

/** What kind of work is asked for. */
export type ServiceRequestType =
  /** Deliver the car to the customer. */
  | 'DELIVERY'
  /** Detailing. */
  | 'DETAILING'
  /** Anything else; notes say what. */
  | 'OTHER'
  /** Pick the car up from the customer. */
  | 'PICK_UP'
  /** A repair. */
  | 'REPAIR'
  /** Routine service. */
  | 'SERVICE'
  /** A change to the car's storage. */
  | 'STORAGE_CHANGE';

/** How portal customers sign in. */
export type SignInMethod =
  /** Passwordless: each sign-in is an emailed link (the default). */
  | 'MAGIC_LINK'
  /** The invite link leads to choosing a password; later sign-ins use email and password. */
  | 'PASSWORD';

/** A new facility and its first admin, created once the email is confirmed. */
export type SignUpFacilityInput = {
  /** The first admin's email; the confirmation link goes there. */
  adminEmail: string;
  /** The first admin's name, up to 120 characters. */
  adminName: string;
  /** ISO 3166 alpha-2 country of phone numbers typed without +, e.g. US. */
  country: string;
  /** The facility's name, up to 120 characters. */
  facilityName: string;
  /** The first admin's password: 8 to 256 characters, not too easy to guess. */
  password: string;
  /** IANA time zone, e.g. America/Chicago. */
  timeZone: string;
};

/** Whether a sign-up's confirmation link still works; REPLACED: a newer sign-up of the address ended it. */
export type SignUpLinkState =
  /** The link expired; sign up again. */
  | 'EXPIRED'
  /** A newer sign-up of the address ended it. */
  | 'REPLACED'
  /** The sign-up was already confirmed. */
  | 'USED'
  /** The link works. */
  | 'VALID';

/** What a staff link is for. */
export type StaffLinkPurpose =
  /** Joining the team: choose a password. */
  | 'INVITE'
  /** Choosing a new password. */
  | 'PASSWORD_RESET';

/** Whether a staff invite or reset link still works; REPLACED: a newer link or a deactivation ended it. */
export type StaffLinkState =
  /** The link expired. */
  | 'EXPIRED'
  /** A newer link or a deactivation ended it. */
  | 'REPLACED'
  /** The link was already used. */
  | 'USED'
  /** The link works. */
  | 'VALID';

/** A staff user's role in the facility. */
export type StaffRole =
  /** Everything staff can do, plus the team, settings, billing setup and the audit log. */
  | 'ADMIN'
  /** Day-to-day work: customers, cars, invoices, documents, events, messages and invites. */
  | 'STAFF';

/** INVITED until the invite is accepted; DEACTIVATED people cannot sign in. */
export type StaffStatus =
  /** Can sign in to the dashboard. */
  | 'ACTIVE'
  /** Cannot sign in; kept for the audit log. */
  | 'DEACTIVATED'
  /** Invited; the invite link was not yet used. */
  | 'INVITED';

/** The facility's Stripe account. Both empty turns online payments off. */
export type StripeSettingsInput = {
  /** The Stripe secret or restricted key (sk_live_…, rk_live_…, or a _test_ key), up to 255 characters. Never read back in full. */
  secretKey?: string | null | undefined;
  /** The webhook endpoint's signing secret (whsec_…), up to 255 characters. Never read back in full. */
  webhookSecret?: string | null | undefined;
};

/** What the SMS provider reported. */
export type TextDeliveryStatus =
  /** The provider reports it reached the phone. */
  | 'DELIVERED'
  /** The provider could not send it. */
  | 'FAILED'
  /** Waiting to be sent. */
  | 'QUEUED'
  /** Handed to the SMS provider. */
  | 'SENT'
  /** Sent, but the carrier could not deliver it. */
  | 'UNDELIVERED';

/** Staff set a person's channel and record (or withdraw) their consent to texts. */
export type TextSettingsInput = {
  /** How invites and reminders should reach the person. */
  channel: MessageChannel;
  /** The person agreed to texts at the number on record (false withdraws it). */
  consent: boolean;
  /** How consent was given, e.g. “Said yes at the counter”. */
  consentNote?: string | null | undefined;
  /** A sub-contact of the customer; null for the customer themself. */
  contactId?: string | number | null | undefined;
  /** The customer (or the customer of the contact). */
  customerId: string | number;
};

/** Changes to a webhook endpoint; fields left out stay as they are. */
export type UpdateWebhookEndpointInput = {
  /** What the endpoint is for, for the admins. */
  description?: string | null | undefined;
  /** Turns it on (with a clean failure record) or off; deliveries waiting are dropped while off. */
  enabled?: boolean | null | undefined;
  /** The events to post; at least one. */
  events?: Array<WebhookEventType> | null | undefined;
  /** Where to post events: https:// on a public address. */
  url?: string | null | undefined;
};

/** Why an invite link stopped working. */
export type VoidReason =
  /** The contact's Can access portal was turned off. */
  | 'ACCESS_REMOVED'
  /** The person's email on record changed. */
  | 'EMAIL_CHANGED'
  /** The number the link was texted to changed. */
  | 'PHONE_CHANGED'
  /** A newer invite replaced it (Resend Invite). */
  | 'RESENT';

/** Where a delivery stands. */
export type WebhookDeliveryStatus =
  /** Every attempt failed, or the endpoint was turned off first. */
  | 'FAILED'
  /** Waiting for its first attempt or for a retry. */
  | 'PENDING'
  /** The endpoint answered with a 2xx status. */
  | 'SUCCEEDED';

/** What happened, as a webhook reports it; the payload's `type` is the name given with each value. */
export type WebhookEventType =
  /** customer.created: staff added a customer. */
  | 'CUSTOMER_CREATED'
  /** document.signed: a customer signed a document in the portal. */
  | 'DOCUMENT_SIGNED'
  /** estimate.answered: a customer accepted (all or some lines of) or declined an estimate. */
  | 'ESTIMATE_ANSWERED'
  /** invitation.accepted: the person signed in through the invite for the first time. */
  | 'INVITATION_ACCEPTED'
  /** invitation.bounced: the invite email bounced or was marked as spam. */
  | 'INVITATION_BOUNCED'
  /** invitation.delivered: the invite email reached the person's mail server. */
  | 'INVITATION_DELIVERED'
  /** invitation.sent: a portal invite was handed to the email or text provider. */
  | 'INVITATION_SENT'
  /** invoice.issued: a draft invoice was issued to the customer. */
  | 'INVOICE_ISSUED'
  /** invoice.paid: an invoice's balance reached zero. */
  | 'INVOICE_PAID'
  /** message.received: a customer's person wrote to the facility in the portal. */
  | 'MESSAGE_RECEIVED'
  /** service_request.created: a customer asked for a service in the portal. */
  | 'SERVICE_REQUEST_CREATED'
  /** webhook.test: a test an admin sent to one endpoint (sendTestWebhookEvent). Not one to subscribe to. */
  | 'WEBHOOK_TEST';

export type ChangeMyPasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangeMyPasswordMutation = { changeMyPassword: boolean };

export type UpdateMyNameMutationVariables = Exact<{
  name: string;
}>;


export type UpdateMyNameMutation = { updateMyName: { id: string, name: string } };

export type CustomerSignInsQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type CustomerSignInsQuery = { customer: { id: string, signIns: { nodes: Array<{ id: string, at: string, name: string, device: string, method: PortalSignInMethod | null }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } } };

export type EndOtherStaffSessionsMutationVariables = Exact<{ [key: string]: never; }>;


export type EndOtherStaffSessionsMutation = { endOtherStaffSessions: number };

export type EndStaffSessionMutationVariables = Exact<{
  sessionId: string;
}>;


export type EndStaffSessionMutation = { endStaffSession: boolean };

export type StaffSessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffSessionsQuery = { staffSessions: Array<{ id: string, browser: string, system: string, place: string | null, ip: string | null, signedInAt: string, lastActiveAt: string, current: boolean }> };

export type AdoptionFunnelQueryVariables = Exact<{ [key: string]: never; }>;


export type AdoptionFunnelQuery = { adoptionFunnel: { totals: { people: number, reachable: number, invited: number, delivered: number, opened: number, signedIn: number, active: number }, weeks: Array<{ weekStart: string, invited: number, delivered: number, opened: number, signedIn: number }> } };

export type AwaitingSignInQueryVariables = Exact<{
  olderThanDays: number;
  first: number;
  after?: string | null | undefined;
}>;


export type AwaitingSignInQuery = { awaitingSignIn: { totalCount: number, totalIsCapped: boolean, nodes: Array<{ invitationId: string, customerId: string, contactId: string | null, name: string, customerName: string, email: string, invitedAt: string, deliveryState: DeliveryState, linkOpenedAt: string | null, lastReminderAt: string | null, remindersStoppedAt: string | null }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type RemindWaitingInvitesMutationVariables = Exact<{
  olderThanDays: number;
}>;


export type RemindWaitingInvitesMutation = { remindWaitingInvites: { reminded: number, skipped: number, more: boolean, skips: Array<{ skip: InviteReminderSkip, count: number }> } };

export type ApiKeyFieldsFragment = { id: string, name: string, scope: ApiKeyScope, hint: string, createdAt: string, createdByName: string | null, lastUsedAt: string | null, lastUsedFrom: string | null, revokedAt: string | null };

export type ApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysQuery = { apiKeys: Array<{ id: string, name: string, scope: ApiKeyScope, hint: string, createdAt: string, createdByName: string | null, lastUsedAt: string | null, lastUsedFrom: string | null, revokedAt: string | null }> };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { createApiKey: { secret: string, key: { id: string, name: string, scope: ApiKeyScope, hint: string, createdAt: string, createdByName: string | null, lastUsedAt: string | null, lastUsedFrom: string | null, revokedAt: string | null } } };

export type RevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiKeyMutation = { revokeApiKey: { id: string, name: string, scope: ApiKeyScope, hint: string, createdAt: string, createdByName: string | null, lastUsedAt: string | null, lastUsedFrom: string | null, revokedAt: string | null } };

export type AuditLineFieldsFragment = { id: string, at: string, action: AuditAction, actorKind: AuditActorKind, actorName: string, subject: string | null, customer: { id: string, name: string } | null, details: Array<{ key: string, value: string }> };

export type AuditLogQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  staffUserId?: string | number | null | undefined;
  action?: AuditAction | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { nodes: Array<{ id: string, at: string, action: AuditAction, actorKind: AuditActorKind, actorName: string, subject: string | null, customer: { id: string, name: string } | null, details: Array<{ key: string, value: string }> }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type AuditPeopleQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditPeopleQuery = { auditPeople: Array<{ id: string, name: string }> };

export type CustomerActivityQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type CustomerActivityQuery = { customer: { id: string, auditTrail: { nodes: Array<{ id: string, at: string, action: AuditAction, actorKind: AuditActorKind, actorName: string, subject: string | null, customer: { id: string, name: string } | null, details: Array<{ key: string, value: string }> }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } } };

export type AcceptStaffInviteMutationVariables = Exact<{
  token: string;
  password: string;
}>;


export type AcceptStaffInviteMutation = { acceptStaffInvite: { id: string, name: string, email: string, role: StaffRole, facility: { id: string, name: string, resendCooldownHours: number, inviteExpiryDays: number, timeZone: string } } };

export type ConfirmFacilitySignUpMutationVariables = Exact<{
  token: string;
}>;


export type ConfirmFacilitySignUpMutation = { confirmFacilitySignUp: { id: string, name: string, email: string, role: StaffRole, facility: { id: string, name: string, resendCooldownHours: number, inviteExpiryDays: number, timeZone: string } } };

export type DemoCredentialsQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoCredentialsQuery = { demoCredentials: { email: string, password: string } | null };

export type FacilitySignUpLinkQueryVariables = Exact<{
  token: string;
}>;


export type FacilitySignUpLinkQuery = { facilitySignUpLink: { state: SignUpLinkState, facilityName: string, adminEmail: string } | null };

export type RequestStaffPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type RequestStaffPasswordResetMutation = { requestStaffPasswordReset: boolean };

export type ResetStaffPasswordMutationVariables = Exact<{
  token: string;
  password: string;
}>;


export type ResetStaffPasswordMutation = { resetStaffPassword: boolean };

export type SignUpCountriesQueryVariables = Exact<{ [key: string]: never; }>;


export type SignUpCountriesQuery = { signUpCountries: Array<{ code: string, name: string, callingCode: string }> };

export type SignUpFacilityMutationVariables = Exact<{
  input: SignUpFacilityInput;
}>;


export type SignUpFacilityMutation = { signUpFacility: boolean };

export type SignUpOpenQueryVariables = Exact<{ [key: string]: never; }>;


export type SignUpOpenQuery = { signUpOpen: boolean };

export type StaffLinkQueryVariables = Exact<{
  token: string;
}>;


export type StaffLinkQuery = { staffLink: { state: StaffLinkState, purpose: StaffLinkPurpose, name: string, email: string, facilityName: string } | null };

export type StaffSignInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type StaffSignInMutation = { staffSignIn: { id: string, name: string, email: string, role: StaffRole, facility: { id: string, name: string, resendCooldownHours: number, inviteExpiryDays: number, timeZone: string } } };

export type StaffSignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type StaffSignOutMutation = { staffSignOut: boolean };

export type StaffViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffViewerQuery = { staffViewer: { id: string, name: string, email: string, role: StaffRole, facility: { id: string, name: string, resendCooldownHours: number, inviteExpiryDays: number, timeZone: string } } | null };

export type BulkInviteProgressQueryVariables = Exact<{
  id: string | number;
}>;


export type BulkInviteProgressQuery = { bulkInvite: { id: string, status: BulkInviteStatus, fileName: string | null, total: number, toInvite: number, toText: number, processed: number, sent: number, skipped: number, planCounts: Array<{ plan: BulkInvitePlan, label: string, count: number }> } };

export type BulkInviteReportCsvQueryVariables = Exact<{
  id: string | number;
}>;


export type BulkInviteReportCsvQuery = { bulkInviteReportCsv: string };

export type BulkInviteRowsQueryVariables = Exact<{
  id: string | number;
  invite?: boolean | null | undefined;
  first: number;
  after?: string | number | null | undefined;
}>;


export type BulkInviteRowsQuery = { bulkInvite: { id: string, rows: Array<{ id: string, line: number, customerId: string | null, name: string | null, email: string | null, phone: string | null, plan: BulkInvitePlan, planLabel: string, result: BulkInviteRowResult, detail: string | null }> } };

export type BulkInviteSummaryFragment = { id: string, status: BulkInviteStatus, fileName: string | null, total: number, toInvite: number, toText: number, processed: number, sent: number, skipped: number, planCounts: Array<{ plan: BulkInvitePlan, label: string, count: number }> };

export type BulkInviteRowFieldsFragment = { id: string, line: number, customerId: string | null, name: string | null, email: string | null, phone: string | null, plan: BulkInvitePlan, planLabel: string, result: BulkInviteRowResult, detail: string | null };

export type PreviewBulkInviteCsvMutationVariables = Exact<{
  csv: string;
  fileName?: string | null | undefined;
}>;


export type PreviewBulkInviteCsvMutation = { previewBulkInviteCsv: { id: string, status: BulkInviteStatus, fileName: string | null, total: number, toInvite: number, toText: number, processed: number, sent: number, skipped: number, planCounts: Array<{ plan: BulkInvitePlan, label: string, count: number }> } };

export type PreviewBulkInviteMutationVariables = Exact<{
  customerIds: Array<string | number> | string | number;
}>;


export type PreviewBulkInviteMutation = { previewBulkInvite: { id: string, status: BulkInviteStatus, fileName: string | null, total: number, toInvite: number, toText: number, processed: number, sent: number, skipped: number, planCounts: Array<{ plan: BulkInvitePlan, label: string, count: number }> } };

export type RecentBulkInvitesQueryVariables = Exact<{ [key: string]: never; }>;


export type RecentBulkInvitesQuery = { recentBulkInvites: Array<{ id: string, status: BulkInviteStatus, fileName: string | null, total: number, toInvite: number, processed: number, sent: number, skipped: number, createdAt: string, finishedAt: string | null, createdByName: string | null }> };

export type StartBulkInviteMutationVariables = Exact<{
  id: string | number;
}>;


export type StartBulkInviteMutation = { startBulkInvite: { id: string, status: BulkInviteStatus, fileName: string | null, total: number, toInvite: number, toText: number, processed: number, sent: number, skipped: number, planCounts: Array<{ plan: BulkInvitePlan, label: string, count: number }> } };

export type AddCarEventMutationVariables = Exact<{
  carId: string | number;
  input: CarEventInput;
}>;


export type AddCarEventMutation = { addCarEvent: { id: string, kind: CarEventKind, notes: string | null, happenedAt: string, recordedBy: string | null } };

export type AddCarMutationVariables = Exact<{
  customerId: string | number;
  input: CarInput;
}>;


export type AddCarMutation = { addCar: { id: string, displayName: string, year: number | null, make: string, model: string, vin: string | null, plate: string | null, color: string | null, status: CarStatus, location: string | null, coverThumbnailUrl: string | null } };

export type AddConditionReportMutationVariables = Exact<{
  carId: string | number;
  input: ConditionReportInput;
}>;


export type AddConditionReportMutation = { addConditionReport: { id: string, inspectedOn: string, inspector: string, odometer: number | null, notes: string | null, photos: Array<{ id: string, url: string, thumbnailUrl: string, width: number | null, height: number | null, caption: string | null }> } };

export type CarCustomerQueryVariables = Exact<{
  id: string | number;
}>;


export type CarCustomerQuery = { customer: { id: string, name: string } };

export type CarPhotoFieldsFragment = { id: string, url: string, thumbnailUrl: string, width: number | null, height: number | null, caption: string | null };

export type CarHistoryFieldsFragment = { id: string, kind: CarEventKind, notes: string | null, happenedAt: string, recordedBy: string | null };

export type ConditionReportFieldsFragment = { id: string, inspectedOn: string, inspector: string, odometer: number | null, notes: string | null, photos: Array<{ id: string, url: string, thumbnailUrl: string, width: number | null, height: number | null, caption: string | null }> };

export type CarDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type CarDetailQuery = { car: { id: string, displayName: string, year: number | null, make: string, model: string, vin: string | null, plate: string | null, color: string | null, status: CarStatus, location: string | null, coverThumbnailUrl: string | null, photos: Array<{ id: string, url: string, thumbnailUrl: string, width: number | null, height: number | null, caption: string | null }>, history: Array<{ id: string, kind: CarEventKind, notes: string | null, happenedAt: string, recordedBy: string | null }>, conditionReports: Array<{ id: string, inspectedOn: string, inspector: string, odometer: number | null, notes: string | null, photos: Array<{ id: string, url: string, thumbnailUrl: string, width: number | null, height: number | null, caption: string | null }> }> } };

export type CarFieldsFragment = { id: string, displayName: string, year: number | null, make: string, model: string, vin: string | null, plate: string | null, color: string | null, status: CarStatus, location: string | null, coverThumbnailUrl: string | null };

export type RemoveCarEventMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveCarEventMutation = { removeCarEvent: boolean };

export type RemoveCarPhotoMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveCarPhotoMutation = { removeCarPhoto: boolean };

export type RemoveCarMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveCarMutation = { removeCar: boolean };

export type RemoveConditionReportMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveConditionReportMutation = { removeConditionReport: boolean };

export type UpdateCarMutationVariables = Exact<{
  id: string | number;
  input: CarInput;
}>;


export type UpdateCarMutation = { updateCar: { id: string, displayName: string, year: number | null, make: string, model: string, vin: string | null, plate: string | null, color: string | null, status: CarStatus, location: string | null, coverThumbnailUrl: string | null } };

export type AddContactMutationVariables = Exact<{
  customerId: string | number;
  input: ContactInput;
  allowDuplicateEmail?: boolean | null | undefined;
}>;


export type AddContactMutation = { addContact: { phone: string | null, phoneDisplay: string | null, id: string, name: string, email: string | null, role: ContactRole, canAccessPortal: boolean, preferences: { invoices: boolean, estimates: boolean, scheduling: boolean, carUpdates: boolean, contracts: boolean, socialEvents: boolean, marketing: boolean }, lastInvitation: { id: string, createdAt: string, email: string, phone: string | null, deliveredVia: InviteDelivery, invitedByName: string | null, state: InvitationState, voidReason: VoidReason | null, expiresAt: string, acceptedAt: string | null, linkOpenedAt: string | null, deliveryState: DeliveryState, deliveryDetail: string | null, deliveryUpdatedAt: string | null, inPersonLinkExpiresAt: string | null, reminderCount: number, lastReminderAt: string | null, remindersStoppedAt: string | null, remindersStoppedByName: string | null } | null, invitations: Array<{ id: string, createdAt: string, email: string, phone: string | null, deliveredVia: InviteDelivery, invitedByName: string | null, state: InvitationState, voidReason: VoidReason | null, expiresAt: string, acceptedAt: string | null, linkOpenedAt: string | null, deliveryState: DeliveryState, deliveryDetail: string | null, deliveryUpdatedAt: string | null, inPersonLinkExpiresAt: string | null, reminderCount: number, lastReminderAt: string | null, remindersStoppedAt: string | null, remindersStoppedByName: string | null, timeline: Array<{ kind: InvitationEventKind, at: string, detail: string | null }> }>, portalStatus: { state: PortalState, reason: string, action: InviteAction | null, resendAvailableAt: string | null, changesAt: string | null } } };

export type ContactFieldsFragment = { phone: string | null, phoneDisplay: string | null, id: string, name: string, email: string | null, role: ContactRole, canAccessPortal: boolean, preferences: { invoices: boolean, estimates: boolean, scheduling: boolean, carUpdates: boolean, contracts: boolean, socialEvents: boolean, marketing: boolean }, lastInvitation: { id: string, createdAt: string, email: string, phone: string | null, deliveredVia: InviteDelivery, invitedByName: string | null, state: InvitationState, voidReason: VoidReason | null, expiresAt: string, acceptedAt: string | null, linkOpenedAt: string | null, deliveryState: DeliveryState, deliveryDetail: string | null, deliveryUpdatedAt: string | null, inPersonLinkExpiresAt: string | null, reminderCount: number, lastReminderAt: string | null, remindersStoppedAt: string | null, remindersStoppedByName: string | null } | null, invitations: Array<{ id: string, createdAt: string, email: string, phone: string | null, deliveredVia: InviteDelivery, invitedByName: string | null, state: InvitationState, voidReason: VoidReason | null, expiresAt: string, acceptedAt: string | null, linkOpenedAt: string | null, deliveryState: DeliveryState, deliveryDetail: string | null, deliveryUpdatedAt: string | null, inPersonLinkExpiresAt: string | null, reminderCount: number, lastReminderAt: string | null, remindersStoppedAt: string | null, remindersStoppedByName: string | null, timeline: Array<{ kind: InvitationEventKind, at: string, detail: string | null }> }>, portalStatus: { state: PortalState, reason: string, action: InviteAction | null, resendAvailableAt: string | null, changesAt: string | null } };

export type RemoveContactMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveContactMutation = { removeContact: boolean };

export type UpdateContactMutationVariables = Exact<{
  id: string | number;
  input: ContactInput;
  allowDuplicateEmail?: boolean | null | undefined;
}>;


export type UpdateContactMutation = { updateContact: { phone: string | null, phoneDisplay: string | null, id: string, name: string, email: string | null, role: ContactRole, canAccessPortal: boolean, preferences: { invoices: boolean, estimates: boolean, scheduling: boolean, carUpdates: boolean, contracts: boolean, socialEvents: boolean, marketing: boolean }, lastInvitation: { id: string, createdAt: string, email: string, phone: string | null, deliveredVia: InviteDelivery, invitedByName: string | null, state: InvitationState, voidReason: VoidReason | null, expiresAt: string, acceptedAt: string | null, linkOpenedAt: string | null, deliveryState: DeliveryState, deliveryDetail: string | null, deliveryUpdatedAt: string | null, inPersonLinkExpiresAt: string | null, reminderCount: number, lastReminderAt: string | null, remindersStoppedAt: string | null, remindersStoppedByName: string | null } | null, invitations: Array<{ id: string, createdAt: string, email: string, phone: string | null, deliveredVia: InviteDelivery, invitedByName: string | null, state: InvitationState, voidReason: VoidReason | null, expiresAt: string, acceptedAt: string | null, linkOpenedAt: string | null, deliveryState: DeliveryState, deliveryDetail: string | null, deliveryUpdatedAt: string | null, inPersonLinkExpiresAt: string | null, reminderCount: number, lastReminderAt: string | null, remindersStoppedAt: string | null, remindersStoppedByName: string | null, timeline: Array<{ kind: InvitationEventKind, at: string, detail: string | null }> }>, portalStatus: { state: PortalState, reason: string, action: InviteAction | null, resendAvailableAt: string | null, changesAt: string | null } } };

export type CustomerImportTemplateQueryVariables = Exact<{ [key: string]: never; }>;


export type CustomerImportTemplateQuery = { customerImportTemplateCsv: string };

export type CustomerImportReportQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerImportReportQuery = { customerImportReportCsv: string };

export type CustomerImportProgressQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerImportProgressQuery = { customerImport: { id: string, status: CustomerImportStatus, fileName: string | null, total: number, newCustomers: number, newCars: number, duplicates: number, errors: number, processed: number, customersCreated: number, carsCreated: number, skipped: number } };

export type CustomerImportSummaryFragment = { id: string, status: CustomerImportStatus, fileName: string | null, total: number, newCustomers: number, newCars: number, duplicates: number, errors: number, processed: number, customersCreated: number, carsCreated: number, skipped: number };

export type PreviewCustomerImportMutationVariables = Exact<{
  csv: string;
  fileName?: string | null | undefined;
}>;


export type PreviewCustomerImportMutation = { previewCustomerImport: { id: string, status: CustomerImportStatus, fileName: string | null, total: number, newCustomers: number, newCars: number, duplicates: number, errors: number, processed: number, customersCreated: number, carsCreated: number, skipped: number, rows: Array<{ id: string, line: number, plan: CustomerImportPlan, planLabel: string, name: string | null, email: string | null, car: string | null, detail: string | null, result: CustomerImportRowResult }> } };

export type RunCustomerImportMutationVariables = Exact<{
  id: string | number;
}>;


export type RunCustomerImportMutation = { runCustomerImport: { id: string, status: CustomerImportStatus, fileName: string | null, total: number, newCustomers: number, newCars: number, duplicates: number, errors: number, processed: number, customersCreated: number, carsCreated: number, skipped: number } };

export type DeleteCustomerMutationVariables = Exact<{
  id: string | number;
  confirmName: string;
}>;


export type DeleteCustomerMutation = { deleteCustomer: string };

export type ArchiveCustomerMutationVariables = Exact<{
  id: string | number;
}>;


export type ArchiveCustomerMutation = { archiveCustomer: { archivedAt: string | null, id: string, name: string, email: string | null, phone: string | null, phoneDisplay: string | null, carCount: number, lastInvitedAt: string | null, portalStatus: { state: PortalState, reason: string, action: InviteAction | null, resendAvailableAt: string | null, changesAt: string | null } } };

export type ArchivedCustomersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type ArchivedCustomersQuery = { customers: { totalCount: number, totalCountIsLowerBound: boolean, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, name: string, email: string | null, phoneDisplay: string | null, archivedAt: string | null }> } };

export type CreateCustomerMutationVariables = Exact<{
  input: CustomerInput;
  allowDuplicateEmail?: boolean | null | undefined;
}>;


export type CreateCustomerMutation = { createCustomer: { id: string, name: string, email: string | null, phone: string | null, phoneDisplay: string | null, carCount: number, lastInvitedAt: string | null, portalStatus: { state: PortalState, reason: string, action: InviteAction | null, resendAvailableAt: string | null, changesAt: string | null } } };

export type CustomerDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerDetailQuery = { facility: { id: string, stripeConnected: boolean }, customer: { address: string | null, notes: string | null, createdAt: string, archivedAt: string | null, paymentSetupConnected: boolean, stripeCustomerId: string | null, id: string, name: string, email: string | null, phone: string | null, phoneDisplay: string | null, carCount: number, lastInvitedAt: string | null, savedCard: { brand: string, last4: string } | null, cars: Array<{ id: string, displayName: string, year: number | null, make: string, model: string, vin: string | null, plate: string | null, color: string | null, status: CarStatus, location: string | null, coverThumbnailUrl: string | null }>, invoices: Array<{ id: string, number: string, issuedOn: string, dueOn: string | null, status: InvoiceStatus, totalCents: number, balanceCents: number, overdue: boolean, displayStatus: InvoiceDisplayStatus }>, lastInvitation: { id: string, createdAt: string, email: string, phone: string | null, deliveredVia: InviteDelivery, invitedByName: string | null, state: InvitationState, voidReason: VoidReason | null, expiresAt: string, acceptedAt: string | null, linkOpenedAt: string | null, deliveryState: DeliveryState, deliveryDetail: string | null, deliveryUpdatedAt: string | null, inPersonLinkExpiresAt: string | null, reminderCount: number, lastReminderAt: string | null, remindersStoppedAt: string | null, remindersStoppedByName: string | null } | null, invitations: Array<{ id: string, createdAt: string, email: string, phone: string | null, deliveredVia: InviteDelivery, invitedByName: string | null, state: InvitationState, voidReason: VoidReason | null, expiresAt: string, acceptedAt: string | null, linkOpenedAt: string | null, deliveryState: DeliveryState, deliveryDetail: string | null, deliveryUpdatedAt: string | null, inPersonLinkExpiresAt: string | null, reminderCount: number, lastReminderAt: string | null, remindersStoppedAt: string | null, remindersStoppedByName: string | null, timeline: Array<{ kind: InvitationEventKind, at: string, detail: string | null }> }>, contacts: Array<{ phone: string | null, phoneDisplay: string | null, id: string, name: string, email: string | null, role: ContactRole, canAccessPortal: boolean, preferences: { invoices: boolean, estimates: boolean, scheduling: boolean, carUpdates: boolean, contracts: boolean, socialEvents: boolean, marketing: boolean }, lastInvitation: { id: string, createdAt: string, email: string, phone: string | null, deliveredVia: InviteDelivery, invitedByName: string | null, state: InvitationState, voidReason: VoidReason | null, expiresAt: string, acceptedAt: string | null, linkOpenedAt: string | null, deliveryState: DeliveryState, deliveryDetail: string | null, deliveryUpdatedAt: string | null, inPersonLinkExpiresAt: string | null, reminderCount: number, lastReminderAt: string | null, remindersStoppedAt: string | null, remindersStoppedByName: string | null } | null, invitations: Array<{ id: string, createdAt: string, email: string, phone: string | null, deliveredVia: InviteDelivery, invitedByName: string | null, state: InvitationState, voidReason: VoidReason | null, expiresAt: string, acceptedAt: string | null, linkOpenedAt: string | null, deliveryState: DeliveryState, deliveryDetail: string | null, deliveryUpdatedAt: string | null, inPersonLinkExpiresAt: string | null, reminderCount: number, lastReminderAt: string | null, remindersStoppedAt: string | null, remindersStoppedByName: string | null, timeline: Array<{ kind: InvitationEventKind, at: string, detail: string | null }> }>, portalStatus: { state: PortalState, reason: string, action: InviteAction | null, resendAvailableAt: string | null, changesAt: string | null } }>, portalStatus: { state: PortalState, reason: string, action: InviteAction | null, resendAvailableAt: string | null, changesAt: string | null } } };

export type CustomersQueryVariables = Exact<{
  search?: string | null | undefined;
  portalStates?: Array<PortalState> | PortalState | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type CustomersQuery = { customers: { totalCount: number, totalCountIsLowerBound: boolean, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, name: string, email: string | null, phone: string | null, phoneDisplay: string | null, carCount: number, lastInvitedAt: string | null, portalStatus: { state: PortalState, reason: string, action: InviteAction | null, resendAvailableAt: string | null, changesAt: string | null } }> } };

export type CustomerRowFragment = { id: string, name: string, email: string | null, phone: string | null, phoneDisplay: string | null, carCount: number, lastInvitedAt: string | null, portalStatus: { state: PortalState, reason: string, action: InviteAction | null, resendAvailableAt: string | null, changesAt: string | null } };

export type LinkStripeCustomerMutationVariables = Exact<{
  customerId: string | number;
  stripeCustomerId?: string | null | undefined;
}>;


export type LinkStripeCustomerMutation = { linkStripeCustomer: { id: string, paymentSetupConnected: boolean, stripeCustomerId: string | null } };

export type RestoreCustomerMutationVariables = Exact<{
  id: string | number;
}>;


export type RestoreCustomerMutation = { restoreCustomer: { archivedAt: string | null, id: string, name: string, email: string | null, phone: string | null, phoneDisplay: string | null, carCount: number, lastInvitedAt: string | null, portalStatus: { state: PortalState, reason: string, action: InviteAction | null, resendAvailableAt: string | null, changesAt: string | null } } };

export type UpdateCustomerMutationVariables = Exact<{
  id: string | number;
  input: CustomerInput;
  allowDuplicateEmail?: boolean | null | undefined;
}>;


export type UpdateCustomerMutation = { updateCustomer: { address: string | null, notes: string | null, id: string, name: string, email: string | null, phone: string | null, phoneDisplay: string | null, carCount: number, lastInvitedAt: string | null, lastInvitation: { id: string, createdAt: string, email: string, phone: string | null, deliveredVia: InviteDelivery, invitedByName: string | null, state: InvitationState, voidReason: VoidReason | null, expiresAt: string, acceptedAt: string | null, linkOpenedAt: string | null, deliveryState: DeliveryState, deliveryDetail: string | null, deliveryUpdatedAt: string | null, inPersonLinkExpiresAt: string | null, reminderCount: number, lastReminderAt: string | null, remindersStoppedAt: string | null, remindersStoppedByName: string | null } | null, invitations: Array<{ id: string, createdAt: string, email: string, phone: string | null, deliveredVia: InviteDelivery, invitedByName: string | null, state: InvitationState, voidReason: VoidReason | null, expiresAt: string, acceptedAt: string | null, linkOpenedAt: string | null, deliveryState: DeliveryState, deliveryDetail: string | null, deliveryUpdatedAt: string | null, inPersonLinkExpiresAt: string | null, reminderCount: number, lastReminderAt: string | null, remindersStoppedAt: string | null, remindersStoppedByName: string | null, timeline: Array<{ kind: InvitationEventKind, at: string, detail: string | null }> }>, portalStatus: { state: PortalState, reason: string, action: InviteAction | null, resendAvailableAt: string | null, changesAt: string | null } } };

export type CustomerDocumentsQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerDocumentsQuery = { customer: { id: string, documents: Array<{ id: string, title: string, kind: DocumentKind, fileName: string, contentType: string, size: number, url: string, sharedWithCustomer: boolean, requiresSignature: boolean, createdAt: string, signature: { signerName: string, typedName: string, signedAt: string, ip: string, userAgent: string, documentSha256: string } | null }> } };

export type DocumentFieldsFragment = { id: string, title: string, kind: DocumentKind, fileName: string, contentType: string, size: number, url: string, sharedWithCustomer: boolean, requiresSignature: boolean, createdAt: string, signature: { signerName: string, typedName: string, signedAt: string, ip: string, userAgent: string, documentSha256: string } | null };

export type RemoveDocumentMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveDocumentMutation = { removeDocument: boolean };

export type UpdateDocumentMutationVariables = Exact<{
  id: string | number;
  input: DocumentUpdateInput;
}>;


export type UpdateDocumentMutation = { updateDocument: { id: string, title: string, kind: DocumentKind, fileName: string, contentType: string, size: number, url: string, sharedWithCustomer: boolean, requiresSignature: boolean, createdAt: string, signature: { signerName: string, typedName: string, signedAt: string, ip: string, userAgent: string, documentSha256: string } | null } };

export type ConvertEstimateToInvoiceMutationVariables = Exact<{
  id: string | number;
}>;


export type ConvertEstimateToInvoiceMutation = { convertEstimateToInvoice: { id: string, number: string, issuedOn: string, dueOn: string | null, status: InvoiceStatus, totalCents: number, balanceCents: number, overdue: boolean, displayStatus: InvoiceDisplayStatus } };

export type CreateEstimateMutationVariables = Exact<{
  customerId: string | number;
  input: EstimateInput;
}>;


export type CreateEstimateMutation = { createEstimate: { id: string, number: string, title: string, status: EstimateStatus, carName: string | null, totalCents: number, acceptedCents: number, sentAt: string | null, respondedAt: string | null, respondedByName: string | null, customerNote: string | null, invoiceId: string | null, lines: Array<{ id: string, description: string, quantity: number, unitCents: number, amountCents: number, accepted: boolean | null }> } };

export type CustomerEstimatesQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerEstimatesQuery = { customer: { id: string, estimates: Array<{ id: string, number: string, title: string, status: EstimateStatus, carName: string | null, totalCents: number, acceptedCents: number, sentAt: string | null, respondedAt: string | null, respondedByName: string | null, customerNote: string | null, invoiceId: string | null, lines: Array<{ id: string, description: string, quantity: number, unitCents: number, amountCents: number, accepted: boolean | null }> }>, invoices: Array<{ id: string, number: string }> } };

export type EstimateFieldsFragment = { id: string, number: string, title: string, status: EstimateStatus, carName: string | null, totalCents: number, acceptedCents: number, sentAt: string | null, respondedAt: string | null, respondedByName: string | null, customerNote: string | null, invoiceId: string | null, lines: Array<{ id: string, description: string, quantity: number, unitCents: number, amountCents: number, accepted: boolean | null }> };

export type SendEstimateMutationVariables = Exact<{
  id: string | number;
}>;


export type SendEstimateMutation = { sendEstimate: { id: string, number: string, title: string, status: EstimateStatus, carName: string | null, totalCents: number, acceptedCents: number, sentAt: string | null, respondedAt: string | null, respondedByName: string | null, customerNote: string | null, invoiceId: string | null, lines: Array<{ id: string, description: string, quantity: number, unitCents: number, amountCents: number, accepted: boolean | null }> } };

export type CancelEventMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelEventMutation = { cancelEvent: boolean };

export type CustomerCarsQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerCarsQuery = { customer: { id: string, cars: Array<{ id: string, displayName: string }> } };

export type CustomerEventsQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerEventsQuery = { customer: { id: string, events: Array<{ id: string, kind: EventKind, title: string, startsAt: string, endsAt: string | null, location: string | null, notes: string | null, customerId: string | null, customerName: string | null, carId: string | null, carName: string | null, goingCount: number, goingGuests: number }> } };

export type CustomerPickerQueryVariables = Exact<{
  search?: string | null | undefined;
  first: number;
}>;


export type CustomerPickerQuery = { customers: { nodes: Array<{ id: string, name: string, email: string | null }> } };

export type ScheduledEventFieldsFragment = { id: string, kind: EventKind, title: string, startsAt: string, endsAt: string | null, location: string | null, notes: string | null, customerId: string | null, customerName: string | null, carId: string | null, carName: string | null, goingCount: number, goingGuests: number };

export type ScheduleEventMutationVariables = Exact<{
  input: EventInput;
}>;


export type ScheduleEventMutation = { scheduleEvent: { id: string, kind: EventKind, title: string, startsAt: string, endsAt: string | null, location: string | null, notes: string | null, customerId: string | null, customerName: string | null, carId: string | null, carName: string | null, goingCount: number, goingGuests: number } };

export type ScheduleQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type ScheduleQuery = { schedule: Array<{ id: string, kind: EventKind, title: string, startsAt: string, endsAt: string | null, location: string | null, notes: string | null, customerId: string | null, customerName: string | null, carId: string | null, carName: string | null, goingCount: number, goingGuests: number }> };

export type UpdateEventMutationVariables = Exact<{
  id: string | number;
  input: EventInput;
}>;


export type UpdateEventMutation = { updateEvent: { id: string, kind: EventKind, title: string, startsAt: string, endsAt: string | null, location: string | null, notes: string | null, customerId: string | null, customerName: string | null, carId: string | null, carName: string | null, goingCount: number, goingGuests: number } };

export type DismissGettingStartedMutationVariables = Exact<{ [key: string]: never; }>;


export type DismissGettingStartedMutation = { dismissGettingStarted: { importedCustomers: boolean, reviewedPortalSettings: boolean, invitedFirstCustomer: boolean, dismissed: boolean } };

export type GettingStartedQueryVariables = Exact<{ [key: string]: never; }>;


export type GettingStartedQuery = { gettingStarted: { importedCustomers: boolean, reviewedPortalSettings: boolean, invitedFirstCustomer: boolean, dismissed: boolean } };

export type ContactInvitePreviewQueryVariables = Exact<{
  customerId: string | number;
}>;


export type ContactInvitePreviewQuery = { customer: { id: string, name: string, cars: Array<{ id: string, displayName: string }>, contacts: Array<{ id: string, name: string, email: string | null, role: ContactRole, canAccessPortal: boolean, texts: { sendsEmail: boolean, sendsText: boolean, channelSummary: string }, lastInvitation: { id: string, createdAt: string, email: string, phone: string | null, deliveredVia: InviteDelivery, invitedByName: string | null, state: InvitationState, voidReason: VoidReason | null, expiresAt: string, acceptedAt: string | null, linkOpenedAt: string | null, deliveryState: DeliveryState, deliveryDetail: string | null, deliveryUpdatedAt: string | null, inPersonLinkExpiresAt: string | null, reminderCount: number, lastReminderAt: string | null, remindersStoppedAt: string | null, remindersStoppedByName: string | null } | null, portalStatus: { state: PortalState, reason: string, action: InviteAction | null, resendAvailableAt: string | null, changesAt: string | null } }> } };

export type PortalStatusFieldsFragment = { state: PortalState, reason: string, action: InviteAction | null, resendAvailableAt: string | null, changesAt: string | null };

export type InviteTargetFragment = { id: string, name: string, email: string | null, portalStatus: { state: PortalState, reason: string, action: InviteAction | null, resendAvailableAt: string | null, changesAt: string | null } };

export type ContactInviteTargetFragment = { id: string, name: string, email: string | null, role: ContactRole, canAccessPortal: boolean, portalStatus: { state: PortalState, reason: string, action: InviteAction | null, resendAvailableAt: string | null, changesAt: string | null } };

export type InvitationFieldsFragment = { id: string, createdAt: string, email: string, phone: string | null, deliveredVia: InviteDelivery, invitedByName: string | null, state: InvitationState, voidReason: VoidReason | null, expiresAt: string, acceptedAt: string | null, linkOpenedAt: string | null, deliveryState: DeliveryState, deliveryDetail: string | null, deliveryUpdatedAt: string | null, inPersonLinkExpiresAt: string | null, reminderCount: number, lastReminderAt: string | null, remindersStoppedAt: string | null, remindersStoppedByName: string | null };

export type InvitationTimelineFragment = { id: string, timeline: Array<{ kind: InvitationEventKind, at: string, detail: string | null }> };

export type InviteContactInPersonMutationVariables = Exact<{
  contactId: string | number;
  via: InPersonDelivery;
}>;


export type InviteContactInPersonMutation = { inviteContactInPerson: { link: { url: string, qrCodeSvg: string | null, expiresAt: string }, invitation: { id: string, createdAt: string, email: string, phone: string | null, deliveredVia: InviteDelivery, invitedByName: string | null, state: InvitationState, voidReason: VoidReason | null, expiresAt: string, acceptedAt: string | null, linkOpenedAt: string | null, deliveryState: DeliveryState, deliveryDetail: string | null, deliveryUpdatedAt: string | null, inPersonLinkExpiresAt: string | null, reminderCount: number, lastReminderAt: string | null, remindersStoppedAt: string | null, remindersStoppedByName: string | null }, contact: { phone: string | null, phoneDisplay: string | null, id: string, name: string, email: string | null, role: ContactRole, canAccessPortal: boolean, preferences: { invoices: boolean, estimates: boolean, scheduling: boolean, carUpdates: boolean, contracts: boolean, socialEvents: boolean, marketing: boolean }, lastInvitation: { id: string, createdAt: string, email: string, phone: string | null, deliveredVia: InviteDelivery, invitedByName: string | null, state: InvitationState, voidReason: VoidReason | null, expiresAt: string, acceptedAt: string | null, linkOpenedAt: string | null, deliveryState: DeliveryState, deliveryDetail: string | null, deliveryUpdatedAt: string | null, inPersonLinkExpiresAt: string | null, reminderCount: number, lastReminderAt: string | null, remindersStoppedAt: string | null, remindersStoppedByName: string | null } | null, invitations: Array<{ id: string, createdAt: string, email: string, phone: string | null, deliveredVia: InviteDelivery, invitedByName: string | null, state: InvitationState, voidReason: VoidReason | null, expiresAt: string, acceptedAt: string | null, linkOpenedAt: string | null, deliveryState: DeliveryState, deliveryDetail: string | null, deliveryUpdatedAt: string | null, inPersonLinkExpiresAt: string | null, reminderCount: number, lastReminderAt: string | null, remindersStoppedAt: string | null, remindersStoppedByName: string | null, timeline: Array<{ kind: InvitationEventKind, at: string, detail: string | null }> }>, portalStatus: { state: PortalState, reason: string, action: InviteAction | null, resendAvailableAt: string | null, changesAt: string | null } } } };

export type InviteInPersonMutationVariables = Exact<{
  customerId: string | number;
  via: InPersonDelivery;
}>;


export type InviteInPersonMutation = { inviteInPerson: { link: { url: string, qrCodeSvg: string | null, expiresAt: string }, invitation: { id: string, createdAt: string, email: string, phone: string | null, deliveredVia: InviteDelivery, invitedByName: string | null, state: InvitationState, voidReason: VoidReason | null, expiresAt: string, acceptedAt: string | null, linkOpenedAt: string | null, deliveryState: DeliveryState, deliveryDetail: string | null, deliveryUpdatedAt: string | null, inPersonLinkExpiresAt: string | null, reminderCount: number, lastReminderAt: string | null, remindersStoppedAt: string | null, remindersStoppedByName: string | null }, customer: { id: string, name: string, email: string | null, phone: string | null, phoneDisplay: string | null, carCount: number, lastInvitedAt: string | null, lastInvitation: { id: string, createdAt: string, email: string, phone: string | null, deliveredVia: InviteDelivery, invitedByName: string | null, state: InvitationState, voidReason: VoidReason | null, expiresAt: string, acceptedAt: string | null, linkOpenedAt: string | null, deliveryState: DeliveryState, deliveryDetail: string | null, deliveryUpdatedAt: string | null, inPersonLinkExpiresAt: string | null, reminderCount: number, lastReminderAt: string | null, remindersStoppedAt: string | null, remindersStoppedByName: string | null } | null, invitations: Array<{ id: string, createdAt: string, email: string, phone: string | null, deliveredVia: InviteDelivery, invitedByName: string | null, state: InvitationState, voidReason: VoidReason | null, expiresAt: string, acceptedAt: string | null, linkOpenedAt: string | null, deliveryState: DeliveryState, deliveryDetail: string | null, deliveryUpdatedAt: string | null, inPersonLinkExpiresAt: string | null, reminderCount: number, lastReminderAt: string | null, remindersStoppedAt: string | null, remindersStoppedByName: string | null, timeline: Array<{ kind: InvitationEventKind, at: string, detail: string | null }> }>, portalStatus: { state: PortalState, reason: string, action: InviteAction | null, resendAvailableAt: string | null, changesAt: string | null } } } };

export type InvitePreviewQueryVariables = Exact<{
  id: string | number;
}>;


export type InvitePreviewQuery = { customer: { paymentSetupConnected: boolean, id: string, name: string, email: string | null, texts: { sendsEmail: boolean, sendsText: boolean, channelSummary: string }, cars: Array<{ id: string, displayName: string }>, lastInvitation: { id: string, createdAt: string, email: string, phone: string | null, deliveredVia: InviteDelivery, invitedByName: string | null, state: InvitationState, voidReason: VoidReason | null, expiresAt: string, acceptedAt: string | null, linkOpenedAt: string | null, deliveryState: DeliveryState, deliveryDetail: string | null, deliveryUpdatedAt: string | null, inPersonLinkExpiresAt: string | null, reminderCount: number, lastReminderAt: string | null, remindersStoppedAt: string | null, remindersStoppedByName: string | null } | null, portalStatus: { state: PortalState, reason: string, action: InviteAction | null, resendAvailableAt: string | null, changesAt: string | null } } };

export type SendContactInviteMutationVariables = Exact<{
  contactId: string | number;
}>;


export type SendContactInviteMutation = { sendContactInvite: { invitation: { id: string, createdAt: string, email: string, phone: string | null, deliveredVia: InviteDelivery, invitedByName: string | null, state: InvitationState, voidReason: VoidReason | null, expiresAt: string, acceptedAt: string | null, linkOpenedAt: string | null, deliveryState: DeliveryState, deliveryDetail: string | null, deliveryUpdatedAt: string | null, inPersonLinkExpiresAt: string | null, reminderCount: number, lastReminderAt: string | null, remindersStoppedAt: string | null, remindersStoppedByName: string | null }, contact: { phone: string | null, phoneDisplay: string | null, id: string, name: string, email: string | null, role: ContactRole, canAccessPortal: boolean, preferences: { invoices: boolean, estimates: boolean, scheduling: boolean, carUpdates: boolean, contracts: boolean, socialEvents: boolean, marketing: boolean }, lastInvitation: { id: string, createdAt: string, email: string, phone: string | null, deliveredVia: InviteDelivery, invitedByName: string | null, state: InvitationState, voidReason: VoidReason | null, expiresAt: string, acceptedAt: string | null, linkOpenedAt: string | null, deliveryState: DeliveryState, deliveryDetail: string | null, deliveryUpdatedAt: string | null, inPersonLinkExpiresAt: string | null, reminderCount: number, lastReminderAt: string | null, remindersStoppedAt: string | null, remindersStoppedByName: string | null } | null, invitations: Array<{ id: string, createdAt: string, email: string, phone: string | null, deliveredVia: InviteDelivery, invitedByName: string | null, state: InvitationState, voidReason: VoidReason | null, expiresAt: string, acceptedAt: string | null, linkOpenedAt: string | null, deliveryState: DeliveryState, deliveryDetail: string | null, deliveryUpdatedAt: string | null, inPersonLinkExpiresAt: string | null, reminderCount: number, lastReminderAt: string | null, remindersStoppedAt: string | null, remindersStoppedByName: string | null, timeline: Array<{ kind: InvitationEventKind, at: string, detail: string | null }> }>, portalStatus: { state: PortalState, reason: string, action: InviteAction | null, resendAvailableAt: string | null, changesAt: string | null } } } };

export type SendInviteMutationVariables = Exact<{
  customerId: string | number;
}>;


export type SendInviteMutation = { sendInvite: { invitation: { id: string, createdAt: string, email: string, phone: string | null, deliveredVia: InviteDelivery, invitedByName: string | null, state: InvitationState, voidReason: VoidReason | null, expiresAt: string, acceptedAt: string | null, linkOpenedAt: string | null, deliveryState: DeliveryState, deliveryDetail: string | null, deliveryUpdatedAt: string | null, inPersonLinkExpiresAt: string | null, reminderCount: number, lastReminderAt: string | null, remindersStoppedAt: string | null, remindersStoppedByName: string | null }, customer: { id: string, name: string, email: string | null, phone: string | null, phoneDisplay: string | null, carCount: number, lastInvitedAt: string | null, lastInvitation: { id: string, createdAt: string, email: string, phone: string | null, deliveredVia: InviteDelivery, invitedByName: string | null, state: InvitationState, voidReason: VoidReason | null, expiresAt: string, acceptedAt: string | null, linkOpenedAt: string | null, deliveryState: DeliveryState, deliveryDetail: string | null, deliveryUpdatedAt: string | null, inPersonLinkExpiresAt: string | null, reminderCount: number, lastReminderAt: string | null, remindersStoppedAt: string | null, remindersStoppedByName: string | null } | null, invitations: Array<{ id: string, createdAt: string, email: string, phone: string | null, deliveredVia: InviteDelivery, invitedByName: string | null, state: InvitationState, voidReason: VoidReason | null, expiresAt: string, acceptedAt: string | null, linkOpenedAt: string | null, deliveryState: DeliveryState, deliveryDetail: string | null, deliveryUpdatedAt: string | null, inPersonLinkExpiresAt: string | null, reminderCount: number, lastReminderAt: string | null, remindersStoppedAt: string | null, remindersStoppedByName: string | null, timeline: Array<{ kind: InvitationEventKind, at: string, detail: string | null }> }>, portalStatus: { state: PortalState, reason: string, action: InviteAction | null, resendAvailableAt: string | null, changesAt: string | null } } } };

export type StopInviteRemindersMutationVariables = Exact<{
  invitationId: string | number;
}>;


export type StopInviteRemindersMutation = { stopInviteReminders: { id: string, createdAt: string, email: string, phone: string | null, deliveredVia: InviteDelivery, invitedByName: string | null, state: InvitationState, voidReason: VoidReason | null, expiresAt: string, acceptedAt: string | null, linkOpenedAt: string | null, deliveryState: DeliveryState, deliveryDetail: string | null, deliveryUpdatedAt: string | null, inPersonLinkExpiresAt: string | null, reminderCount: number, lastReminderAt: string | null, remindersStoppedAt: string | null, remindersStoppedByName: string | null, timeline: Array<{ kind: InvitationEventKind, at: string, detail: string | null }> } };

export type CreateInvoiceMutationVariables = Exact<{
  customerId: string | number;
  input: InvoiceInput;
}>;


export type CreateInvoiceMutation = { createInvoice: { id: string, number: string, issuedOn: string, dueOn: string | null, status: InvoiceStatus, totalCents: number, balanceCents: number, overdue: boolean, displayStatus: InvoiceDisplayStatus, lines: Array<{ id: string, description: string, quantity: number, unitCents: number, amountCents: number }>, payments: Array<{ id: string, amountCents: number, method: PaymentMethod, reference: string | null, receivedOn: string }> } };

export type InvoiceFieldsFragment = { id: string, number: string, issuedOn: string, dueOn: string | null, status: InvoiceStatus, totalCents: number, balanceCents: number, overdue: boolean, displayStatus: InvoiceDisplayStatus };

export type InvoiceDetailFieldsFragment = { id: string, number: string, issuedOn: string, dueOn: string | null, status: InvoiceStatus, totalCents: number, balanceCents: number, overdue: boolean, displayStatus: InvoiceDisplayStatus, lines: Array<{ id: string, description: string, quantity: number, unitCents: number, amountCents: number }>, payments: Array<{ id: string, amountCents: number, method: PaymentMethod, reference: string | null, receivedOn: string }> };

export type InvoiceDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type InvoiceDetailQuery = { invoice: { id: string, number: string, issuedOn: string, dueOn: string | null, status: InvoiceStatus, totalCents: number, balanceCents: number, overdue: boolean, displayStatus: InvoiceDisplayStatus, lines: Array<{ id: string, description: string, quantity: number, unitCents: number, amountCents: number }>, payments: Array<{ id: string, amountCents: number, method: PaymentMethod, reference: string | null, receivedOn: string }> } };

export type IssueInvoiceMutationVariables = Exact<{
  id: string | number;
}>;


export type IssueInvoiceMutation = { issueInvoice: { id: string, number: string, issuedOn: string, dueOn: string | null, status: InvoiceStatus, totalCents: number, balanceCents: number, overdue: boolean, displayStatus: InvoiceDisplayStatus, lines: Array<{ id: string, description: string, quantity: number, unitCents: number, amountCents: number }>, payments: Array<{ id: string, amountCents: number, method: PaymentMethod, reference: string | null, receivedOn: string }> } };

export type RecordPaymentMutationVariables = Exact<{
  invoiceId: string | number;
  input: PaymentInput;
}>;


export type RecordPaymentMutation = { recordPayment: { id: string, number: string, issuedOn: string, dueOn: string | null, status: InvoiceStatus, totalCents: number, balanceCents: number, overdue: boolean, displayStatus: InvoiceDisplayStatus, lines: Array<{ id: string, description: string, quantity: number, unitCents: number, amountCents: number }>, payments: Array<{ id: string, amountCents: number, method: PaymentMethod, reference: string | null, receivedOn: string }> } };

export type UpdateDraftInvoiceMutationVariables = Exact<{
  id: string | number;
  input: InvoiceInput;
}>;


export type UpdateDraftInvoiceMutation = { updateDraftInvoice: { id: string, number: string, issuedOn: string, dueOn: string | null, status: InvoiceStatus, totalCents: number, balanceCents: number, overdue: boolean, displayStatus: InvoiceDisplayStatus, lines: Array<{ id: string, description: string, quantity: number, unitCents: number, amountCents: number }>, payments: Array<{ id: string, amountCents: number, method: PaymentMethod, reference: string | null, receivedOn: string }> } };

export type VoidInvoiceMutationVariables = Exact<{
  id: string | number;
}>;


export type VoidInvoiceMutation = { voidInvoice: { id: string, number: string, issuedOn: string, dueOn: string | null, status: InvoiceStatus, totalCents: number, balanceCents: number, overdue: boolean, displayStatus: InvoiceDisplayStatus, lines: Array<{ id: string, description: string, quantity: number, unitCents: number, amountCents: number }>, payments: Array<{ id: string, amountCents: number, method: PaymentMethod, reference: string | null, receivedOn: string }> } };

export type ConversationQueryVariables = Exact<{
  customerId: string | number;
  before?: string | number | null | undefined;
}>;


export type ConversationQuery = { customer: { id: string, name: string, email: string | null }, conversation: Array<{ id: string, authorName: string, body: string, createdAt: string, fromTeam: boolean, mine: boolean }> };

export type MessageFieldsFragment = { id: string, authorName: string, body: string, createdAt: string, fromTeam: boolean, mine: boolean };

export type MessageThreadFieldsFragment = { customerId: string, customerName: string, lastMessage: string, lastAuthor: string, lastAt: string, unread: number, cursor: string };

export type InboxQueryVariables = Exact<{
  first: number;
  before?: string | number | null | undefined;
}>;


export type InboxQuery = { inbox: Array<{ customerId: string, customerName: string, lastMessage: string, lastAuthor: string, lastAt: string, unread: number, cursor: string }> };

export type MarkConversationReadMutationVariables = Exact<{
  customerId: string | number;
}>;


export type MarkConversationReadMutation = { markConversationRead: boolean };

export type SendMessageMutationVariables = Exact<{
  customerId: string | number;
  body: string;
}>;


export type SendMessageMutation = { sendMessage: { id: string, authorName: string, body: string, createdAt: string, fromTeam: boolean, mine: boolean } };

export type UnreadMessageCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadMessageCountQuery = { unreadMessageCount: number };

export type StartStaffPasskeyRegistrationMutationVariables = Exact<{ [key: string]: never; }>;


export type StartStaffPasskeyRegistrationMutation = { startStaffPasskeyRegistration: string };

export type FinishStaffPasskeyRegistrationMutationVariables = Exact<{
  response: string;
  name?: string | null | undefined;
}>;


export type FinishStaffPasskeyRegistrationMutation = { finishStaffPasskeyRegistration: { id: string, name: string } };

export type RemoveStaffPasskeyMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveStaffPasskeyMutation = { removeStaffPasskey: string };

export type RenameStaffPasskeyMutationVariables = Exact<{
  id: string | number;
  name: string;
}>;


export type RenameStaffPasskeyMutation = { renameStaffPasskey: { id: string, name: string } };

export type StaffPasskeysQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffPasskeysQuery = { staffPasskeys: Array<{ id: string, name: string, createdAt: string, lastUsedAt: string | null, backedUp: boolean }> };

export type StartStaffPasskeySignInMutationVariables = Exact<{ [key: string]: never; }>;


export type StartStaffPasskeySignInMutation = { startStaffPasskeySignIn: string };

export type StaffSignInWithPasskeyMutationVariables = Exact<{
  response: string;
}>;


export type StaffSignInWithPasskeyMutation = { staffSignInWithPasskey: { id: string, name: string, email: string, role: StaffRole, facility: { id: string, name: string, resendCooldownHours: number, inviteExpiryDays: number, timeZone: string } } };

export type PreviewPortalAsMutationVariables = Exact<{
  customerId: string | number;
  contactId?: string | number | null | undefined;
}>;


export type PreviewPortalAsMutation = { previewPortalAs: boolean };

export type CustomerServiceRequestsQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerServiceRequestsQuery = { customer: { id: string, serviceRequests: Array<{ id: string, type: ServiceRequestType, status: ServiceRequestStatus, customerId: string, customerName: string, carName: string | null, preferredDate: string | null, notes: string | null, requestedByName: string, createdAt: string, updatedAt: string }> } };

export type ServiceRequestFieldsFragment = { id: string, type: ServiceRequestType, status: ServiceRequestStatus, customerId: string, customerName: string, carName: string | null, preferredDate: string | null, notes: string | null, requestedByName: string, createdAt: string, updatedAt: string };

export type ServiceRequestDetailFieldsFragment = { id: string, type: ServiceRequestType, status: ServiceRequestStatus, customerId: string, customerName: string, carName: string | null, preferredDate: string | null, notes: string | null, requestedByName: string, createdAt: string, updatedAt: string, updates: Array<{ id: string, authorName: string, fromStaff: boolean, body: string | null, status: ServiceRequestStatus | null, createdAt: string }> };

export type NewServiceRequestCountQueryVariables = Exact<{ [key: string]: never; }>;


export type NewServiceRequestCountQuery = { newServiceRequestCount: number };

export type ServiceRequestQueryVariables = Exact<{
  id: string | number;
}>;


export type ServiceRequestQuery = { serviceRequest: { id: string, type: ServiceRequestType, status: ServiceRequestStatus, customerId: string, customerName: string, carName: string | null, preferredDate: string | null, notes: string | null, requestedByName: string, createdAt: string, updatedAt: string, updates: Array<{ id: string, authorName: string, fromStaff: boolean, body: string | null, status: ServiceRequestStatus | null, createdAt: string }> } };

export type ServiceRequestsQueryVariables = Exact<{
  statuses?: Array<ServiceRequestStatus> | ServiceRequestStatus | null | undefined;
  after?: string | null | undefined;
}>;


export type ServiceRequestsQuery = { serviceRequests: { nodes: Array<{ id: string, type: ServiceRequestType, status: ServiceRequestStatus, customerId: string, customerName: string, carName: string | null, preferredDate: string | null, notes: string | null, requestedByName: string, createdAt: string, updatedAt: string }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type UpdateServiceRequestMutationVariables = Exact<{
  id: string | number;
  status?: ServiceRequestStatus | null | undefined;
  reply?: string | null | undefined;
}>;


export type UpdateServiceRequestMutation = { updateServiceRequest: { id: string, type: ServiceRequestType, status: ServiceRequestStatus, customerId: string, customerName: string, carName: string | null, preferredDate: string | null, notes: string | null, requestedByName: string, createdAt: string, updatedAt: string, updates: Array<{ id: string, authorName: string, fromStaff: boolean, body: string | null, status: ServiceRequestStatus | null, createdAt: string }> } };

export type RemoveLogoMutationVariables = Exact<{ [key: string]: never; }>;


export type RemoveLogoMutation = { removeLogo: { id: string, logoUrl: string | null } };

export type PhoneCountriesQueryVariables = Exact<{ [key: string]: never; }>;


export type PhoneCountriesQuery = { phoneCountries: Array<{ code: string, name: string, callingCode: string }> };

export type PortalSettingsFieldsFragment = { id: string, name: string, signInMethod: SignInMethod, inviteExpiryDays: number, resendCooldownHours: number, inviteRemindersEnabled: boolean, inviteReminderDays: Array<number>, welcomeMessage: string | null, sections: Array<PortalSection>, offlinePaymentInstructions: string | null, allowEstimateLineChoice: boolean, stripeConnected: boolean, stripeKeyHint: string | null, stripeTestMode: boolean, stripeWebhookUrl: string, brandColor: string, logoUrl: string | null, timeZone: string, country: string, onboarding: { signContracts: boolean, addPaymentMethod: boolean, completeProfile: boolean }, careReminders: { contracts: boolean, contractsAfterDays: number, invoicesDue: boolean, invoicesDueDays: number, invoicesOverdue: boolean, estimates: boolean, estimatesAfterDays: number, events: boolean } };

export type PortalSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalSettingsQuery = { facility: { id: string, name: string, signInMethod: SignInMethod, inviteExpiryDays: number, resendCooldownHours: number, inviteRemindersEnabled: boolean, inviteReminderDays: Array<number>, welcomeMessage: string | null, sections: Array<PortalSection>, offlinePaymentInstructions: string | null, allowEstimateLineChoice: boolean, stripeConnected: boolean, stripeKeyHint: string | null, stripeTestMode: boolean, stripeWebhookUrl: string, brandColor: string, logoUrl: string | null, timeZone: string, country: string, onboarding: { signContracts: boolean, addPaymentMethod: boolean, completeProfile: boolean }, careReminders: { contracts: boolean, contractsAfterDays: number, invoicesDue: boolean, invoicesDueDays: number, invoicesOverdue: boolean, estimates: boolean, estimatesAfterDays: number, events: boolean } }, staffViewer: { id: string, role: StaffRole } | null };

export type UpdateBrandingMutationVariables = Exact<{
  input: BrandingInput;
}>;


export type UpdateBrandingMutation = { updateBranding: { id: string, name: string, signInMethod: SignInMethod, inviteExpiryDays: number, resendCooldownHours: number, inviteRemindersEnabled: boolean, inviteReminderDays: Array<number>, welcomeMessage: string | null, sections: Array<PortalSection>, offlinePaymentInstructions: string | null, allowEstimateLineChoice: boolean, stripeConnected: boolean, stripeKeyHint: string | null, stripeTestMode: boolean, stripeWebhookUrl: string, brandColor: string, logoUrl: string | null, timeZone: string, country: string, onboarding: { signContracts: boolean, addPaymentMethod: boolean, completeProfile: boolean }, careReminders: { contracts: boolean, contractsAfterDays: number, invoicesDue: boolean, invoicesDueDays: number, invoicesOverdue: boolean, estimates: boolean, estimatesAfterDays: number, events: boolean } } };

export type UpdateCareRemindersMutationVariables = Exact<{
  input: CareReminderSettingsInput;
}>;


export type UpdateCareRemindersMutation = { updateCareReminders: { id: string, name: string, signInMethod: SignInMethod, inviteExpiryDays: number, resendCooldownHours: number, inviteRemindersEnabled: boolean, inviteReminderDays: Array<number>, welcomeMessage: string | null, sections: Array<PortalSection>, offlinePaymentInstructions: string | null, allowEstimateLineChoice: boolean, stripeConnected: boolean, stripeKeyHint: string | null, stripeTestMode: boolean, stripeWebhookUrl: string, brandColor: string, logoUrl: string | null, timeZone: string, country: string, onboarding: { signContracts: boolean, addPaymentMethod: boolean, completeProfile: boolean }, careReminders: { contracts: boolean, contractsAfterDays: number, invoicesDue: boolean, invoicesDueDays: number, invoicesOverdue: boolean, estimates: boolean, estimatesAfterDays: number, events: boolean } } };

export type UpdatePortalSettingsMutationVariables = Exact<{
  input: PortalSettingsInput;
}>;


export type UpdatePortalSettingsMutation = { updatePortalSettings: { id: string, name: string, signInMethod: SignInMethod, inviteExpiryDays: number, resendCooldownHours: number, inviteRemindersEnabled: boolean, inviteReminderDays: Array<number>, welcomeMessage: string | null, sections: Array<PortalSection>, offlinePaymentInstructions: string | null, allowEstimateLineChoice: boolean, stripeConnected: boolean, stripeKeyHint: string | null, stripeTestMode: boolean, stripeWebhookUrl: string, brandColor: string, logoUrl: string | null, timeZone: string, country: string, onboarding: { signContracts: boolean, addPaymentMethod: boolean, completeProfile: boolean }, careReminders: { contracts: boolean, contractsAfterDays: number, invoicesDue: boolean, invoicesDueDays: number, invoicesOverdue: boolean, estimates: boolean, estimatesAfterDays: number, events: boolean } } };

export type UpdateStripeSettingsMutationVariables = Exact<{
  input: StripeSettingsInput;
}>;


export type UpdateStripeSettingsMutation = { updateStripeSettings: { id: string, name: string, signInMethod: SignInMethod, inviteExpiryDays: number, resendCooldownHours: number, inviteRemindersEnabled: boolean, inviteReminderDays: Array<number>, welcomeMessage: string | null, sections: Array<PortalSection>, offlinePaymentInstructions: string | null, allowEstimateLineChoice: boolean, stripeConnected: boolean, stripeKeyHint: string | null, stripeTestMode: boolean, stripeWebhookUrl: string, brandColor: string, logoUrl: string | null, timeZone: string, country: string, onboarding: { signContracts: boolean, addPaymentMethod: boolean, completeProfile: boolean }, careReminders: { contracts: boolean, contractsAfterDays: number, invoicesDue: boolean, invoicesDueDays: number, invoicesOverdue: boolean, estimates: boolean, estimatesAfterDays: number, events: boolean } } };

export type ChangeStaffRoleMutationVariables = Exact<{
  staffUserId: string | number;
  role: StaffRole;
}>;


export type ChangeStaffRoleMutation = { changeStaffRole: { id: string, name: string, email: string, role: StaffRole, status: StaffStatus, lastActiveAt: string | null, invitedAt: string, inviteExpiresAt: string | null } };

export type DeactivateStaffMutationVariables = Exact<{
  staffUserId: string | number;
}>;


export type DeactivateStaffMutation = { deactivateStaff: { id: string, name: string, email: string, role: StaffRole, status: StaffStatus, lastActiveAt: string | null, invitedAt: string, inviteExpiresAt: string | null } };

export type InviteStaffMutationVariables = Exact<{
  input: InviteStaffInput;
}>;


export type InviteStaffMutation = { inviteStaff: { id: string, name: string, email: string, role: StaffRole, status: StaffStatus, lastActiveAt: string | null, invitedAt: string, inviteExpiresAt: string | null } };

export type ReactivateStaffMutationVariables = Exact<{
  staffUserId: string | number;
}>;


export type ReactivateStaffMutation = { reactivateStaff: { id: string, name: string, email: string, role: StaffRole, status: StaffStatus, lastActiveAt: string | null, invitedAt: string, inviteExpiresAt: string | null } };

export type ResendStaffInviteMutationVariables = Exact<{
  staffUserId: string | number;
}>;


export type ResendStaffInviteMutation = { resendStaffInvite: { id: string, name: string, email: string, role: StaffRole, status: StaffStatus, lastActiveAt: string | null, invitedAt: string, inviteExpiresAt: string | null } };

export type TeamMemberFieldsFragment = { id: string, name: string, email: string, role: StaffRole, status: StaffStatus, lastActiveAt: string | null, invitedAt: string, inviteExpiresAt: string | null };

export type TeamQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamQuery = { team: Array<{ id: string, name: string, email: string, role: StaffRole, status: StaffStatus, lastActiveAt: string | null, invitedAt: string, inviteExpiresAt: string | null }> };

export type TextSettingsFieldsFragment = { channel: MessageChannel, phone: string | null, phoneDisplay: string | null, consentGiven: boolean, consentAt: string | null, consentSource: string | null, optedOut: boolean, optedOutAt: string | null, optedInAt: string | null, canText: boolean, sendsEmail: boolean, sendsText: boolean, channelSummary: string, recentTexts: Array<{ id: string, kind: string, toPhone: string, deliveryStatus: TextDeliveryStatus, deliveryDetail: string | null, createdAt: string, deliveryUpdatedAt: string | null }> };

export type CustomerTextsQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerTextsQuery = { customer: { id: string, texts: { channel: MessageChannel, phone: string | null, phoneDisplay: string | null, consentGiven: boolean, consentAt: string | null, consentSource: string | null, optedOut: boolean, optedOutAt: string | null, optedInAt: string | null, canText: boolean, sendsEmail: boolean, sendsText: boolean, channelSummary: string, recentTexts: Array<{ id: string, kind: string, toPhone: string, deliveryStatus: TextDeliveryStatus, deliveryDetail: string | null, createdAt: string, deliveryUpdatedAt: string | null }> } } };

export type ContactsTextsQueryVariables = Exact<{
  id: string | number;
}>;


export type ContactsTextsQuery = { customer: { id: string, contacts: Array<{ id: string, texts: { channel: MessageChannel, phone: string | null, phoneDisplay: string | null, consentGiven: boolean, consentAt: string | null, consentSource: string | null, optedOut: boolean, optedOutAt: string | null, optedInAt: string | null, canText: boolean, sendsEmail: boolean, sendsText: boolean, channelSummary: string, recentTexts: Array<{ id: string, kind: string, toPhone: string, deliveryStatus: TextDeliveryStatus, deliveryDetail: string | null, createdAt: string, deliveryUpdatedAt: string | null }> } }> } };

export type SetTextSettingsMutationVariables = Exact<{
  input: TextSettingsInput;
}>;


export type SetTextSettingsMutation = { setTextSettings: { channel: MessageChannel, phone: string | null, phoneDisplay: string | null, consentGiven: boolean, consentAt: string | null, consentSource: string | null, optedOut: boolean, optedOutAt: string | null, optedInAt: string | null, canText: boolean, sendsEmail: boolean, sendsText: boolean, channelSummary: string, recentTexts: Array<{ id: string, kind: string, toPhone: string, deliveryStatus: TextDeliveryStatus, deliveryDetail: string | null, createdAt: string, deliveryUpdatedAt: string | null }> } };

export type CreateWebhookEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type CreateWebhookEndpointMutation = { createWebhookEndpoint: { id: string, url: string, description: string, events: Array<WebhookEventType>, enabled: boolean, disabledReason: string | null, failingSince: string | null, createdAt: string } };

export type DeleteWebhookEndpointMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteWebhookEndpointMutation = { deleteWebhookEndpoint: string };

export type ResendWebhookDeliveryMutationVariables = Exact<{
  id: string | number;
}>;


export type ResendWebhookDeliveryMutation = { resendWebhookDelivery: { id: string, eventId: string, eventType: WebhookEventType, status: WebhookDeliveryStatus, attempts: number, responseCode: number | null, lastError: string | null, createdAt: string, lastAttemptAt: string | null, nextAttemptAt: string | null } };

export type RotateWebhookEndpointSecretMutationVariables = Exact<{
  id: string | number;
}>;


export type RotateWebhookEndpointSecretMutation = { rotateWebhookEndpointSecret: { id: string, secret: string } };

export type SendTestWebhookEventMutationVariables = Exact<{
  endpointId: string | number;
}>;


export type SendTestWebhookEventMutation = { sendTestWebhookEvent: { id: string, eventId: string, eventType: WebhookEventType, status: WebhookDeliveryStatus, attempts: number, responseCode: number | null, lastError: string | null, createdAt: string, lastAttemptAt: string | null, nextAttemptAt: string | null } };

export type UpdateWebhookEndpointMutationVariables = Exact<{
  id: string | number;
  input: UpdateWebhookEndpointInput;
}>;


export type UpdateWebhookEndpointMutation = { updateWebhookEndpoint: { id: string, url: string, description: string, events: Array<WebhookEventType>, enabled: boolean, disabledReason: string | null, failingSince: string | null, createdAt: string } };

export type WebhookDeliveryFieldsFragment = { id: string, eventId: string, eventType: WebhookEventType, status: WebhookDeliveryStatus, attempts: number, responseCode: number | null, lastError: string | null, createdAt: string, lastAttemptAt: string | null, nextAttemptAt: string | null };

export type WebhookEndpointQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type WebhookEndpointQuery = { webhookEndpoint: { secret: string, id: string, url: string, description: string, events: Array<WebhookEventType>, enabled: boolean, disabledReason: string | null, failingSince: string | null, createdAt: string, deliveries: { nodes: Array<{ id: string, eventId: string, eventType: WebhookEventType, status: WebhookDeliveryStatus, attempts: number, responseCode: number | null, lastError: string | null, createdAt: string, lastAttemptAt: string | null, nextAttemptAt: string | null }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } } };

export type WebhookEndpointFieldsFragment = { id: string, url: string, description: string, events: Array<WebhookEventType>, enabled: boolean, disabledReason: string | null, failingSince: string | null, createdAt: string };

export type WebhookEndpointsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhookEndpointsQuery = { webhookEndpoints: Array<{ id: string, url: string, description: string, events: Array<WebhookEventType>, enabled: boolean, disabledReason: string | null, failingSince: string | null, createdAt: string }> };

export const ApiKeyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<ApiKeyFieldsFragment, unknown>;
export const AuditLineFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<AuditLineFieldsFragment, unknown>;
export const BulkInviteSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulkInviteSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkInvite"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"toInvite"}},{"kind":"Field","name":{"kind":"Name","value":"toText"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"planCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<BulkInviteSummaryFragment, unknown>;
export const BulkInviteRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulkInviteRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkInviteRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"planLabel"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]} as unknown as DocumentNode<BulkInviteRowFieldsFragment, unknown>;
export const CarHistoryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CarHistoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CarEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"happenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}}]} as unknown as DocumentNode<CarHistoryFieldsFragment, unknown>;
export const CarPhotoFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CarPhotoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Photo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}}]} as unknown as DocumentNode<CarPhotoFieldsFragment, unknown>;
export const ConditionReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConditionReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConditionReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inspectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"inspector"}},{"kind":"Field","name":{"kind":"Name","value":"odometer"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CarPhotoFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CarPhotoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Photo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}}]} as unknown as DocumentNode<ConditionReportFieldsFragment, unknown>;
export const CarFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CarFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Car"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"make"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"vin"}},{"kind":"Field","name":{"kind":"Name","value":"plate"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"coverThumbnailUrl"}}]}}]} as unknown as DocumentNode<CarFieldsFragment, unknown>;
export const PortalStatusFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"resendAvailableAt"}},{"kind":"Field","name":{"kind":"Name","value":"changesAt"}}]}}]} as unknown as DocumentNode<PortalStatusFieldsFragment, unknown>;
export const ContactInviteTargetFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactInviteTarget"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"canAccessPortal"}},{"kind":"Field","name":{"kind":"Name","value":"portalStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalStatusFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"resendAvailableAt"}},{"kind":"Field","name":{"kind":"Name","value":"changesAt"}}]}}]} as unknown as DocumentNode<ContactInviteTargetFragment, unknown>;
export const InvitationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredVia"}},{"kind":"Field","name":{"kind":"Name","value":"invitedByName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"linkOpenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryState"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDetail"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredVia"}},{"kind":"Field","name":{"kind":"Name","value":"inPersonLinkExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"reminderCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastReminderAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindersStoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindersStoppedByName"}}]}}]} as unknown as DocumentNode<InvitationFieldsFragment, unknown>;
export const InvitationTimelineFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationTimeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]} as unknown as DocumentNode<InvitationTimelineFragment, unknown>;
export const ContactFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactInviteTarget"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"phoneDisplay"}},{"kind":"Field","name":{"kind":"Name","value":"preferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"}},{"kind":"Field","name":{"kind":"Name","value":"estimates"}},{"kind":"Field","name":{"kind":"Name","value":"scheduling"}},{"kind":"Field","name":{"kind":"Name","value":"carUpdates"}},{"kind":"Field","name":{"kind":"Name","value":"contracts"}},{"kind":"Field","name":{"kind":"Name","value":"socialEvents"}},{"kind":"Field","name":{"kind":"Name","value":"marketing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastInvitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationTimeline"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"resendAvailableAt"}},{"kind":"Field","name":{"kind":"Name","value":"changesAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactInviteTarget"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"canAccessPortal"}},{"kind":"Field","name":{"kind":"Name","value":"portalStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalStatusFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredVia"}},{"kind":"Field","name":{"kind":"Name","value":"invitedByName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"linkOpenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryState"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDetail"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredVia"}},{"kind":"Field","name":{"kind":"Name","value":"inPersonLinkExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"reminderCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastReminderAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindersStoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindersStoppedByName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationTimeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]} as unknown as DocumentNode<ContactFieldsFragment, unknown>;
export const CustomerImportSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerImportSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"newCustomers"}},{"kind":"Field","name":{"kind":"Name","value":"newCars"}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"customersCreated"}},{"kind":"Field","name":{"kind":"Name","value":"carsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}}]}}]} as unknown as DocumentNode<CustomerImportSummaryFragment, unknown>;
export const InviteTargetFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InviteTarget"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"portalStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalStatusFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"resendAvailableAt"}},{"kind":"Field","name":{"kind":"Name","value":"changesAt"}}]}}]} as unknown as DocumentNode<InviteTargetFragment, unknown>;
export const CustomerRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"phoneDisplay"}},{"kind":"Field","name":{"kind":"Name","value":"carCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastInvitedAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InviteTarget"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"resendAvailableAt"}},{"kind":"Field","name":{"kind":"Name","value":"changesAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InviteTarget"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"portalStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalStatusFields"}}]}}]}}]} as unknown as DocumentNode<CustomerRowFragment, unknown>;
export const DocumentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWithCustomer"}},{"kind":"Field","name":{"kind":"Name","value":"requiresSignature"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"signature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"typedName"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"documentSha256"}}]}}]}}]} as unknown as DocumentNode<DocumentFieldsFragment, unknown>;
export const EstimateFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EstimateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Estimate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"carName"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedCents"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedByName"}},{"kind":"Field","name":{"kind":"Name","value":"customerNote"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitCents"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}}]}}]}}]} as unknown as DocumentNode<EstimateFieldsFragment, unknown>;
export const ScheduledEventFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScheduledEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduledEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"carId"}},{"kind":"Field","name":{"kind":"Name","value":"carName"}},{"kind":"Field","name":{"kind":"Name","value":"goingCount"}},{"kind":"Field","name":{"kind":"Name","value":"goingGuests"}}]}}]} as unknown as DocumentNode<ScheduledEventFieldsFragment, unknown>;
export const InvoiceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"balanceCents"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"displayStatus"}}]}}]} as unknown as DocumentNode<InvoiceFieldsFragment, unknown>;
export const InvoiceDetailFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceFields"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitCents"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"balanceCents"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"displayStatus"}}]}}]} as unknown as DocumentNode<InvoiceDetailFieldsFragment, unknown>;
export const MessageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"fromTeam"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}}]}}]} as unknown as DocumentNode<MessageFieldsFragment, unknown>;
export const MessageThreadFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageThreadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"}},{"kind":"Field","name":{"kind":"Name","value":"lastAuthor"}},{"kind":"Field","name":{"kind":"Name","value":"lastAt"}},{"kind":"Field","name":{"kind":"Name","value":"unread"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]} as unknown as DocumentNode<MessageThreadFieldsFragment, unknown>;
export const ServiceRequestFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"carName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredDate"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ServiceRequestFieldsFragment, unknown>;
export const ServiceRequestDetailFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceRequestDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceRequestFields"}},{"kind":"Field","name":{"kind":"Name","value":"updates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"fromStaff"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"carName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredDate"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ServiceRequestDetailFieldsFragment, unknown>;
export const PortalSettingsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Facility"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"signInMethod"}},{"kind":"Field","name":{"kind":"Name","value":"inviteExpiryDays"}},{"kind":"Field","name":{"kind":"Name","value":"resendCooldownHours"}},{"kind":"Field","name":{"kind":"Name","value":"inviteRemindersEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"inviteReminderDays"}},{"kind":"Field","name":{"kind":"Name","value":"welcomeMessage"}},{"kind":"Field","name":{"kind":"Name","value":"sections"}},{"kind":"Field","name":{"kind":"Name","value":"onboarding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signContracts"}},{"kind":"Field","name":{"kind":"Name","value":"addPaymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"completeProfile"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offlinePaymentInstructions"}},{"kind":"Field","name":{"kind":"Name","value":"allowEstimateLineChoice"}},{"kind":"Field","name":{"kind":"Name","value":"stripeConnected"}},{"kind":"Field","name":{"kind":"Name","value":"stripeKeyHint"}},{"kind":"Field","name":{"kind":"Name","value":"stripeTestMode"}},{"kind":"Field","name":{"kind":"Name","value":"stripeWebhookUrl"}},{"kind":"Field","name":{"kind":"Name","value":"brandColor"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"careReminders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contracts"}},{"kind":"Field","name":{"kind":"Name","value":"contractsAfterDays"}},{"kind":"Field","name":{"kind":"Name","value":"invoicesDue"}},{"kind":"Field","name":{"kind":"Name","value":"invoicesDueDays"}},{"kind":"Field","name":{"kind":"Name","value":"invoicesOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"estimates"}},{"kind":"Field","name":{"kind":"Name","value":"estimatesAfterDays"}},{"kind":"Field","name":{"kind":"Name","value":"events"}}]}}]}}]} as unknown as DocumentNode<PortalSettingsFieldsFragment, unknown>;
export const TeamMemberFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastActiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"inviteExpiresAt"}}]}}]} as unknown as DocumentNode<TeamMemberFieldsFragment, unknown>;
export const TextSettingsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TextSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"phoneDisplay"}},{"kind":"Field","name":{"kind":"Name","value":"consentGiven"}},{"kind":"Field","name":{"kind":"Name","value":"consentAt"}},{"kind":"Field","name":{"kind":"Name","value":"consentSource"}},{"kind":"Field","name":{"kind":"Name","value":"optedOut"}},{"kind":"Field","name":{"kind":"Name","value":"optedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"optedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"canText"}},{"kind":"Field","name":{"kind":"Name","value":"sendsEmail"}},{"kind":"Field","name":{"kind":"Name","value":"sendsText"}},{"kind":"Field","name":{"kind":"Name","value":"channelSummary"}},{"kind":"Field","name":{"kind":"Name","value":"recentTexts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"toPhone"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryStatus"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDetail"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryUpdatedAt"}}]}}]}}]} as unknown as DocumentNode<TextSettingsFieldsFragment, unknown>;
export const WebhookDeliveryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"responseCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}}]}}]} as unknown as DocumentNode<WebhookDeliveryFieldsFragment, unknown>;
export const WebhookEndpointFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"failingSince"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<WebhookEndpointFieldsFragment, unknown>;
export const ChangeMyPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeMyPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeMyPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<ChangeMyPasswordMutation, ChangeMyPasswordMutationVariables>;
export const UpdateMyNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMyName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyName"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateMyNameMutation, UpdateMyNameMutationVariables>;
export const CustomerSignInsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerSignIns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"signIns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"device"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerSignInsQuery, CustomerSignInsQueryVariables>;
export const EndOtherStaffSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndOtherStaffSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endOtherStaffSessions"}}]}}]} as unknown as DocumentNode<EndOtherStaffSessionsMutation, EndOtherStaffSessionsMutationVariables>;
export const EndStaffSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndStaffSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endStaffSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}]}]}}]} as unknown as DocumentNode<EndStaffSessionMutation, EndStaffSessionMutationVariables>;
export const StaffSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"browser"}},{"kind":"Field","name":{"kind":"Name","value":"system"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"signedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastActiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]} as unknown as DocumentNode<StaffSessionsQuery, StaffSessionsQueryVariables>;
export const AdoptionFunnelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdoptionFunnel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoptionFunnel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"reachable"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"opened"}},{"kind":"Field","name":{"kind":"Name","value":"signedIn"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weeks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"opened"}},{"kind":"Field","name":{"kind":"Name","value":"signedIn"}}]}}]}}]}}]} as unknown as DocumentNode<AdoptionFunnelQuery, AdoptionFunnelQueryVariables>;
export const AwaitingSignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AwaitingSignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"olderThanDays"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awaitingSignIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"olderThanDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"olderThanDays"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalIsCapped"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryState"}},{"kind":"Field","name":{"kind":"Name","value":"linkOpenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastReminderAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindersStoppedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<AwaitingSignInQuery, AwaitingSignInQueryVariables>;
export const RemindWaitingInvitesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemindWaitingInvites"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"olderThanDays"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remindWaitingInvites"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"olderThanDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"olderThanDays"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reminded"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"skips"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skip"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"more"}}]}}]}}]} as unknown as DocumentNode<RemindWaitingInvitesMutation, RemindWaitingInvitesMutationVariables>;
export const ApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<ApiKeysQuery, ApiKeysQueryVariables>;
export const CreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"key"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const AuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffUserId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditAction"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"staffUserId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffUserId"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditLineFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const AuditPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditPeople"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditPeople"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AuditPeopleQuery, AuditPeopleQueryVariables>;
export const CustomerActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditLineFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<CustomerActivityQuery, CustomerActivityQueryVariables>;
export const AcceptStaffInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptStaffInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptStaffInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"resendCooldownHours"}},{"kind":"Field","name":{"kind":"Name","value":"inviteExpiryDays"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptStaffInviteMutation, AcceptStaffInviteMutationVariables>;
export const ConfirmFacilitySignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmFacilitySignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmFacilitySignUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"resendCooldownHours"}},{"kind":"Field","name":{"kind":"Name","value":"inviteExpiryDays"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]}}]} as unknown as DocumentNode<ConfirmFacilitySignUpMutation, ConfirmFacilitySignUpMutationVariables>;
export const DemoCredentialsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoCredentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demoCredentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"password"}}]}}]}}]} as unknown as DocumentNode<DemoCredentialsQuery, DemoCredentialsQueryVariables>;
export const FacilitySignUpLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitySignUpLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilitySignUpLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"facilityName"}},{"kind":"Field","name":{"kind":"Name","value":"adminEmail"}}]}}]}}]} as unknown as DocumentNode<FacilitySignUpLinkQuery, FacilitySignUpLinkQueryVariables>;
export const RequestStaffPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestStaffPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestStaffPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}]}}]} as unknown as DocumentNode<RequestStaffPasswordResetMutation, RequestStaffPasswordResetMutationVariables>;
export const ResetStaffPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetStaffPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetStaffPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}]}]}}]} as unknown as DocumentNode<ResetStaffPasswordMutation, ResetStaffPasswordMutationVariables>;
export const SignUpCountriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignUpCountries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUpCountries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"callingCode"}}]}}]}}]} as unknown as DocumentNode<SignUpCountriesQuery, SignUpCountriesQueryVariables>;
export const SignUpFacilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignUpFacility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpFacilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUpFacility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<SignUpFacilityMutation, SignUpFacilityMutationVariables>;
export const SignUpOpenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignUpOpen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUpOpen"}}]}}]} as unknown as DocumentNode<SignUpOpenQuery, SignUpOpenQueryVariables>;
export const StaffLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"facilityName"}}]}}]}}]} as unknown as DocumentNode<StaffLinkQuery, StaffLinkQueryVariables>;
export const StaffSignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffSignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffSignIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"resendCooldownHours"}},{"kind":"Field","name":{"kind":"Name","value":"inviteExpiryDays"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]}}]} as unknown as DocumentNode<StaffSignInMutation, StaffSignInMutationVariables>;
export const StaffSignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffSignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffSignOut"}}]}}]} as unknown as DocumentNode<StaffSignOutMutation, StaffSignOutMutationVariables>;
export const StaffViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"resendCooldownHours"}},{"kind":"Field","name":{"kind":"Name","value":"inviteExpiryDays"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]}}]} as unknown as DocumentNode<StaffViewerQuery, StaffViewerQueryVariables>;
export const BulkInviteProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BulkInviteProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulkInviteSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulkInviteSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkInvite"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"toInvite"}},{"kind":"Field","name":{"kind":"Name","value":"toText"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"planCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<BulkInviteProgressQuery, BulkInviteProgressQueryVariables>;
export const BulkInviteReportCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BulkInviteReportCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkInviteReportCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<BulkInviteReportCsvQuery, BulkInviteReportCsvQueryVariables>;
export const BulkInviteRowsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BulkInviteRows"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"invite"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"invite"},"value":{"kind":"Variable","name":{"kind":"Name","value":"invite"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulkInviteRowFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulkInviteRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkInviteRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"planLabel"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]} as unknown as DocumentNode<BulkInviteRowsQuery, BulkInviteRowsQueryVariables>;
export const PreviewBulkInviteCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PreviewBulkInviteCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fileName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewBulkInviteCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}},{"kind":"Argument","name":{"kind":"Name","value":"fileName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fileName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulkInviteSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulkInviteSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkInvite"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"toInvite"}},{"kind":"Field","name":{"kind":"Name","value":"toText"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"planCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<PreviewBulkInviteCsvMutation, PreviewBulkInviteCsvMutationVariables>;
export const PreviewBulkInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PreviewBulkInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewBulkInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulkInviteSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulkInviteSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkInvite"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"toInvite"}},{"kind":"Field","name":{"kind":"Name","value":"toText"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"planCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<PreviewBulkInviteMutation, PreviewBulkInviteMutationVariables>;
export const RecentBulkInvitesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecentBulkInvites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recentBulkInvites"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"toInvite"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}}]}}]}}]} as unknown as DocumentNode<RecentBulkInvitesQuery, RecentBulkInvitesQueryVariables>;
export const StartBulkInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartBulkInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startBulkInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulkInviteSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulkInviteSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkInvite"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"toInvite"}},{"kind":"Field","name":{"kind":"Name","value":"toText"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"planCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<StartBulkInviteMutation, StartBulkInviteMutationVariables>;
export const AddCarEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCarEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"carId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CarEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCarEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"carId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"carId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CarHistoryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CarHistoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CarEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"happenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}}]} as unknown as DocumentNode<AddCarEventMutation, AddCarEventMutationVariables>;
export const AddCarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CarInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CarFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CarFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Car"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"make"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"vin"}},{"kind":"Field","name":{"kind":"Name","value":"plate"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"coverThumbnailUrl"}}]}}]} as unknown as DocumentNode<AddCarMutation, AddCarMutationVariables>;
export const AddConditionReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddConditionReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"carId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConditionReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addConditionReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"carId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"carId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConditionReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CarPhotoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Photo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConditionReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConditionReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inspectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"inspector"}},{"kind":"Field","name":{"kind":"Name","value":"odometer"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CarPhotoFields"}}]}}]}}]} as unknown as DocumentNode<AddConditionReportMutation, AddConditionReportMutationVariables>;
export const CarCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CarCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CarCustomerQuery, CarCustomerQueryVariables>;
export const CarDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CarDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"car"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CarFields"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CarPhotoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CarHistoryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conditionReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConditionReportFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CarPhotoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Photo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CarFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Car"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"make"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"vin"}},{"kind":"Field","name":{"kind":"Name","value":"plate"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"coverThumbnailUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CarHistoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CarEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"happenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConditionReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConditionReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inspectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"inspector"}},{"kind":"Field","name":{"kind":"Name","value":"odometer"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CarPhotoFields"}}]}}]}}]} as unknown as DocumentNode<CarDetailQuery, CarDetailQueryVariables>;
export const RemoveCarEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveCarEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCarEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveCarEventMutation, RemoveCarEventMutationVariables>;
export const RemoveCarPhotoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveCarPhoto"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCarPhoto"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveCarPhotoMutation, RemoveCarPhotoMutationVariables>;
export const RemoveCarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveCar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveCarMutation, RemoveCarMutationVariables>;
export const RemoveConditionReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveConditionReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeConditionReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveConditionReportMutation, RemoveConditionReportMutationVariables>;
export const UpdateCarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CarInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CarFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CarFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Car"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"make"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"vin"}},{"kind":"Field","name":{"kind":"Name","value":"plate"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"coverThumbnailUrl"}}]}}]} as unknown as DocumentNode<UpdateCarMutation, UpdateCarMutationVariables>;
export const AddContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allowDuplicateEmail"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"allowDuplicateEmail"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allowDuplicateEmail"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"resendAvailableAt"}},{"kind":"Field","name":{"kind":"Name","value":"changesAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactInviteTarget"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"canAccessPortal"}},{"kind":"Field","name":{"kind":"Name","value":"portalStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalStatusFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredVia"}},{"kind":"Field","name":{"kind":"Name","value":"invitedByName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"linkOpenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryState"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDetail"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredVia"}},{"kind":"Field","name":{"kind":"Name","value":"inPersonLinkExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"reminderCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastReminderAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindersStoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindersStoppedByName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationTimeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactInviteTarget"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"phoneDisplay"}},{"kind":"Field","name":{"kind":"Name","value":"preferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"}},{"kind":"Field","name":{"kind":"Name","value":"estimates"}},{"kind":"Field","name":{"kind":"Name","value":"scheduling"}},{"kind":"Field","name":{"kind":"Name","value":"carUpdates"}},{"kind":"Field","name":{"kind":"Name","value":"contracts"}},{"kind":"Field","name":{"kind":"Name","value":"socialEvents"}},{"kind":"Field","name":{"kind":"Name","value":"marketing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastInvitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationTimeline"}}]}}]}}]} as unknown as DocumentNode<AddContactMutation, AddContactMutationVariables>;
export const RemoveContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveContactMutation, RemoveContactMutationVariables>;
export const UpdateContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allowDuplicateEmail"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"allowDuplicateEmail"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allowDuplicateEmail"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"resendAvailableAt"}},{"kind":"Field","name":{"kind":"Name","value":"changesAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactInviteTarget"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"canAccessPortal"}},{"kind":"Field","name":{"kind":"Name","value":"portalStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalStatusFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredVia"}},{"kind":"Field","name":{"kind":"Name","value":"invitedByName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"linkOpenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryState"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDetail"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredVia"}},{"kind":"Field","name":{"kind":"Name","value":"inPersonLinkExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"reminderCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastReminderAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindersStoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindersStoppedByName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationTimeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactInviteTarget"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"phoneDisplay"}},{"kind":"Field","name":{"kind":"Name","value":"preferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"}},{"kind":"Field","name":{"kind":"Name","value":"estimates"}},{"kind":"Field","name":{"kind":"Name","value":"scheduling"}},{"kind":"Field","name":{"kind":"Name","value":"carUpdates"}},{"kind":"Field","name":{"kind":"Name","value":"contracts"}},{"kind":"Field","name":{"kind":"Name","value":"socialEvents"}},{"kind":"Field","name":{"kind":"Name","value":"marketing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastInvitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationTimeline"}}]}}]}}]} as unknown as DocumentNode<UpdateContactMutation, UpdateContactMutationVariables>;
export const CustomerImportTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerImportTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerImportTemplateCsv"}}]}}]} as unknown as DocumentNode<CustomerImportTemplateQuery, CustomerImportTemplateQueryVariables>;
export const CustomerImportReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerImportReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerImportReportCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<CustomerImportReportQuery, CustomerImportReportQueryVariables>;
export const CustomerImportProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerImportProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerImportSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerImportSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"newCustomers"}},{"kind":"Field","name":{"kind":"Name","value":"newCars"}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"customersCreated"}},{"kind":"Field","name":{"kind":"Name","value":"carsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}}]}}]} as unknown as DocumentNode<CustomerImportProgressQuery, CustomerImportProgressQueryVariables>;
export const PreviewCustomerImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PreviewCustomerImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fileName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewCustomerImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}},{"kind":"Argument","name":{"kind":"Name","value":"fileName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fileName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerImportSummary"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"planLabel"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"car"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerImportSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"newCustomers"}},{"kind":"Field","name":{"kind":"Name","value":"newCars"}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"customersCreated"}},{"kind":"Field","name":{"kind":"Name","value":"carsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}}]}}]} as unknown as DocumentNode<PreviewCustomerImportMutation, PreviewCustomerImportMutationVariables>;
export const RunCustomerImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunCustomerImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runCustomerImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerImportSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerImportSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"newCustomers"}},{"kind":"Field","name":{"kind":"Name","value":"newCars"}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"customersCreated"}},{"kind":"Field","name":{"kind":"Name","value":"carsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}}]}}]} as unknown as DocumentNode<RunCustomerImportMutation, RunCustomerImportMutationVariables>;
export const DeleteCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"confirmName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"confirmName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"confirmName"}}}]}]}}]} as unknown as DocumentNode<DeleteCustomerMutation, DeleteCustomerMutationVariables>;
export const ArchiveCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerRow"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"resendAvailableAt"}},{"kind":"Field","name":{"kind":"Name","value":"changesAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InviteTarget"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"portalStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalStatusFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"phoneDisplay"}},{"kind":"Field","name":{"kind":"Name","value":"carCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastInvitedAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InviteTarget"}}]}}]} as unknown as DocumentNode<ArchiveCustomerMutation, ArchiveCustomerMutationVariables>;
export const ArchivedCustomersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ArchivedCustomers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"archived"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountIsLowerBound"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phoneDisplay"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ArchivedCustomersQuery, ArchivedCustomersQueryVariables>;
export const CreateCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allowDuplicateEmail"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"allowDuplicateEmail"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allowDuplicateEmail"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"resendAvailableAt"}},{"kind":"Field","name":{"kind":"Name","value":"changesAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InviteTarget"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"portalStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalStatusFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"phoneDisplay"}},{"kind":"Field","name":{"kind":"Name","value":"carCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastInvitedAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InviteTarget"}}]}}]} as unknown as DocumentNode<CreateCustomerMutation, CreateCustomerMutationVariables>;
export const CustomerDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stripeConnected"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerRow"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paymentSetupConnected"}},{"kind":"Field","name":{"kind":"Name","value":"stripeCustomerId"}},{"kind":"Field","name":{"kind":"Name","value":"savedCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CarFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastInvitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationTimeline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"resendAvailableAt"}},{"kind":"Field","name":{"kind":"Name","value":"changesAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InviteTarget"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"portalStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalStatusFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactInviteTarget"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"canAccessPortal"}},{"kind":"Field","name":{"kind":"Name","value":"portalStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalStatusFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredVia"}},{"kind":"Field","name":{"kind":"Name","value":"invitedByName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"linkOpenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryState"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDetail"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredVia"}},{"kind":"Field","name":{"kind":"Name","value":"inPersonLinkExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"reminderCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastReminderAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindersStoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindersStoppedByName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationTimeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"phoneDisplay"}},{"kind":"Field","name":{"kind":"Name","value":"carCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastInvitedAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InviteTarget"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CarFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Car"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"make"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"vin"}},{"kind":"Field","name":{"kind":"Name","value":"plate"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"coverThumbnailUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"balanceCents"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"displayStatus"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactInviteTarget"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"phoneDisplay"}},{"kind":"Field","name":{"kind":"Name","value":"preferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"}},{"kind":"Field","name":{"kind":"Name","value":"estimates"}},{"kind":"Field","name":{"kind":"Name","value":"scheduling"}},{"kind":"Field","name":{"kind":"Name","value":"carUpdates"}},{"kind":"Field","name":{"kind":"Name","value":"contracts"}},{"kind":"Field","name":{"kind":"Name","value":"socialEvents"}},{"kind":"Field","name":{"kind":"Name","value":"marketing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastInvitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationTimeline"}}]}}]}}]} as unknown as DocumentNode<CustomerDetailQuery, CustomerDetailQueryVariables>;
export const CustomersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Customers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"portalStates"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PortalState"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"portalStates"},"value":{"kind":"Variable","name":{"kind":"Name","value":"portalStates"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountIsLowerBound"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"resendAvailableAt"}},{"kind":"Field","name":{"kind":"Name","value":"changesAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InviteTarget"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"portalStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalStatusFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"phoneDisplay"}},{"kind":"Field","name":{"kind":"Name","value":"carCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastInvitedAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InviteTarget"}}]}}]} as unknown as DocumentNode<CustomersQuery, CustomersQueryVariables>;
export const LinkStripeCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkStripeCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stripeCustomerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkStripeCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"stripeCustomerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stripeCustomerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"paymentSetupConnected"}},{"kind":"Field","name":{"kind":"Name","value":"stripeCustomerId"}}]}}]}}]} as unknown as DocumentNode<LinkStripeCustomerMutation, LinkStripeCustomerMutationVariables>;
export const RestoreCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerRow"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"resendAvailableAt"}},{"kind":"Field","name":{"kind":"Name","value":"changesAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InviteTarget"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"portalStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalStatusFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"phoneDisplay"}},{"kind":"Field","name":{"kind":"Name","value":"carCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastInvitedAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InviteTarget"}}]}}]} as unknown as DocumentNode<RestoreCustomerMutation, RestoreCustomerMutationVariables>;
export const UpdateCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allowDuplicateEmail"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"allowDuplicateEmail"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allowDuplicateEmail"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerRow"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"lastInvitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationTimeline"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"resendAvailableAt"}},{"kind":"Field","name":{"kind":"Name","value":"changesAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InviteTarget"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"portalStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalStatusFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"phoneDisplay"}},{"kind":"Field","name":{"kind":"Name","value":"carCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastInvitedAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InviteTarget"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredVia"}},{"kind":"Field","name":{"kind":"Name","value":"invitedByName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"linkOpenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryState"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDetail"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredVia"}},{"kind":"Field","name":{"kind":"Name","value":"inPersonLinkExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"reminderCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastReminderAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindersStoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindersStoppedByName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationTimeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]} as unknown as DocumentNode<UpdateCustomerMutation, UpdateCustomerMutationVariables>;
export const CustomerDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DocumentFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWithCustomer"}},{"kind":"Field","name":{"kind":"Name","value":"requiresSignature"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"signature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"typedName"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"documentSha256"}}]}}]}}]} as unknown as DocumentNode<CustomerDocumentsQuery, CustomerDocumentsQueryVariables>;
export const RemoveDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveDocumentMutation, RemoveDocumentMutationVariables>;
export const UpdateDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DocumentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWithCustomer"}},{"kind":"Field","name":{"kind":"Name","value":"requiresSignature"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"signature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"typedName"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"documentSha256"}}]}}]}}]} as unknown as DocumentNode<UpdateDocumentMutation, UpdateDocumentMutationVariables>;
export const ConvertEstimateToInvoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConvertEstimateToInvoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"convertEstimateToInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"balanceCents"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"displayStatus"}}]}}]} as unknown as DocumentNode<ConvertEstimateToInvoiceMutation, ConvertEstimateToInvoiceMutationVariables>;
export const CreateEstimateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEstimate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EstimateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEstimate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EstimateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EstimateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Estimate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"carName"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedCents"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedByName"}},{"kind":"Field","name":{"kind":"Name","value":"customerNote"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitCents"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}}]}}]}}]} as unknown as DocumentNode<CreateEstimateMutation, CreateEstimateMutationVariables>;
export const CustomerEstimatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerEstimates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"estimates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EstimateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EstimateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Estimate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"carName"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedCents"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedByName"}},{"kind":"Field","name":{"kind":"Name","value":"customerNote"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitCents"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}}]}}]}}]} as unknown as DocumentNode<CustomerEstimatesQuery, CustomerEstimatesQueryVariables>;
export const SendEstimateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendEstimate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendEstimate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EstimateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EstimateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Estimate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"carName"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedCents"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedByName"}},{"kind":"Field","name":{"kind":"Name","value":"customerNote"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitCents"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}}]}}]}}]} as unknown as DocumentNode<SendEstimateMutation, SendEstimateMutationVariables>;
export const CancelEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<CancelEventMutation, CancelEventMutationVariables>;
export const CustomerCarsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerCars"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerCarsQuery, CustomerCarsQueryVariables>;
export const CustomerEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScheduledEventFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScheduledEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduledEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"carId"}},{"kind":"Field","name":{"kind":"Name","value":"carName"}},{"kind":"Field","name":{"kind":"Name","value":"goingCount"}},{"kind":"Field","name":{"kind":"Name","value":"goingGuests"}}]}}]} as unknown as DocumentNode<CustomerEventsQuery, CustomerEventsQueryVariables>;
export const CustomerPickerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerPicker"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerPickerQuery, CustomerPickerQueryVariables>;
export const ScheduleEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScheduledEventFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScheduledEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduledEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"carId"}},{"kind":"Field","name":{"kind":"Name","value":"carName"}},{"kind":"Field","name":{"kind":"Name","value":"goingCount"}},{"kind":"Field","name":{"kind":"Name","value":"goingGuests"}}]}}]} as unknown as DocumentNode<ScheduleEventMutation, ScheduleEventMutationVariables>;
export const ScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Schedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScheduledEventFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScheduledEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduledEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"carId"}},{"kind":"Field","name":{"kind":"Name","value":"carName"}},{"kind":"Field","name":{"kind":"Name","value":"goingCount"}},{"kind":"Field","name":{"kind":"Name","value":"goingGuests"}}]}}]} as unknown as DocumentNode<ScheduleQuery, ScheduleQueryVariables>;
export const UpdateEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScheduledEventFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScheduledEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduledEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"carId"}},{"kind":"Field","name":{"kind":"Name","value":"carName"}},{"kind":"Field","name":{"kind":"Name","value":"goingCount"}},{"kind":"Field","name":{"kind":"Name","value":"goingGuests"}}]}}]} as unknown as DocumentNode<UpdateEventMutation, UpdateEventMutationVariables>;
export const DismissGettingStartedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DismissGettingStarted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dismissGettingStarted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importedCustomers"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedPortalSettings"}},{"kind":"Field","name":{"kind":"Name","value":"invitedFirstCustomer"}},{"kind":"Field","name":{"kind":"Name","value":"dismissed"}}]}}]}}]} as unknown as DocumentNode<DismissGettingStartedMutation, DismissGettingStartedMutationVariables>;
export const GettingStartedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GettingStarted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gettingStarted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importedCustomers"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedPortalSettings"}},{"kind":"Field","name":{"kind":"Name","value":"invitedFirstCustomer"}},{"kind":"Field","name":{"kind":"Name","value":"dismissed"}}]}}]}}]} as unknown as DocumentNode<GettingStartedQuery, GettingStartedQueryVariables>;
export const ContactInvitePreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactInvitePreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactInviteTarget"}},{"kind":"Field","name":{"kind":"Name","value":"texts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendsEmail"}},{"kind":"Field","name":{"kind":"Name","value":"sendsText"}},{"kind":"Field","name":{"kind":"Name","value":"channelSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastInvitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"resendAvailableAt"}},{"kind":"Field","name":{"kind":"Name","value":"changesAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactInviteTarget"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"canAccessPortal"}},{"kind":"Field","name":{"kind":"Name","value":"portalStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalStatusFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredVia"}},{"kind":"Field","name":{"kind":"Name","value":"invitedByName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"linkOpenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryState"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDetail"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredVia"}},{"kind":"Field","name":{"kind":"Name","value":"inPersonLinkExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"reminderCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastReminderAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindersStoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindersStoppedByName"}}]}}]} as unknown as DocumentNode<ContactInvitePreviewQuery, ContactInvitePreviewQueryVariables>;
export const InviteContactInPersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteContactInPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"via"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InPersonDelivery"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteContactInPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}}},{"kind":"Argument","name":{"kind":"Name","value":"via"},"value":{"kind":"Variable","name":{"kind":"Name","value":"via"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"qrCodeSvg"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"resendAvailableAt"}},{"kind":"Field","name":{"kind":"Name","value":"changesAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactInviteTarget"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"canAccessPortal"}},{"kind":"Field","name":{"kind":"Name","value":"portalStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalStatusFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredVia"}},{"kind":"Field","name":{"kind":"Name","value":"invitedByName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"linkOpenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryState"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDetail"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredVia"}},{"kind":"Field","name":{"kind":"Name","value":"inPersonLinkExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"reminderCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastReminderAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindersStoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindersStoppedByName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationTimeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactInviteTarget"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"phoneDisplay"}},{"kind":"Field","name":{"kind":"Name","value":"preferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"}},{"kind":"Field","name":{"kind":"Name","value":"estimates"}},{"kind":"Field","name":{"kind":"Name","value":"scheduling"}},{"kind":"Field","name":{"kind":"Name","value":"carUpdates"}},{"kind":"Field","name":{"kind":"Name","value":"contracts"}},{"kind":"Field","name":{"kind":"Name","value":"socialEvents"}},{"kind":"Field","name":{"kind":"Name","value":"marketing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastInvitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationTimeline"}}]}}]}}]} as unknown as DocumentNode<InviteContactInPersonMutation, InviteContactInPersonMutationVariables>;
export const InviteInPersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteInPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"via"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InPersonDelivery"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteInPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"via"},"value":{"kind":"Variable","name":{"kind":"Name","value":"via"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"qrCodeSvg"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerRow"}},{"kind":"Field","name":{"kind":"Name","value":"lastInvitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationTimeline"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"resendAvailableAt"}},{"kind":"Field","name":{"kind":"Name","value":"changesAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InviteTarget"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"portalStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalStatusFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredVia"}},{"kind":"Field","name":{"kind":"Name","value":"invitedByName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"linkOpenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryState"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDetail"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredVia"}},{"kind":"Field","name":{"kind":"Name","value":"inPersonLinkExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"reminderCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastReminderAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindersStoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindersStoppedByName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"phoneDisplay"}},{"kind":"Field","name":{"kind":"Name","value":"carCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastInvitedAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InviteTarget"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationTimeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]} as unknown as DocumentNode<InviteInPersonMutation, InviteInPersonMutationVariables>;
export const InvitePreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvitePreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InviteTarget"}},{"kind":"Field","name":{"kind":"Name","value":"paymentSetupConnected"}},{"kind":"Field","name":{"kind":"Name","value":"texts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendsEmail"}},{"kind":"Field","name":{"kind":"Name","value":"sendsText"}},{"kind":"Field","name":{"kind":"Name","value":"channelSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastInvitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"resendAvailableAt"}},{"kind":"Field","name":{"kind":"Name","value":"changesAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InviteTarget"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"portalStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalStatusFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredVia"}},{"kind":"Field","name":{"kind":"Name","value":"invitedByName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"linkOpenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryState"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDetail"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredVia"}},{"kind":"Field","name":{"kind":"Name","value":"inPersonLinkExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"reminderCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastReminderAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindersStoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindersStoppedByName"}}]}}]} as unknown as DocumentNode<InvitePreviewQuery, InvitePreviewQueryVariables>;
export const SendContactInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendContactInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendContactInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"resendAvailableAt"}},{"kind":"Field","name":{"kind":"Name","value":"changesAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactInviteTarget"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"canAccessPortal"}},{"kind":"Field","name":{"kind":"Name","value":"portalStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalStatusFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredVia"}},{"kind":"Field","name":{"kind":"Name","value":"invitedByName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"linkOpenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryState"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDetail"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredVia"}},{"kind":"Field","name":{"kind":"Name","value":"inPersonLinkExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"reminderCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastReminderAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindersStoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindersStoppedByName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationTimeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactInviteTarget"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"phoneDisplay"}},{"kind":"Field","name":{"kind":"Name","value":"preferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"}},{"kind":"Field","name":{"kind":"Name","value":"estimates"}},{"kind":"Field","name":{"kind":"Name","value":"scheduling"}},{"kind":"Field","name":{"kind":"Name","value":"carUpdates"}},{"kind":"Field","name":{"kind":"Name","value":"contracts"}},{"kind":"Field","name":{"kind":"Name","value":"socialEvents"}},{"kind":"Field","name":{"kind":"Name","value":"marketing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastInvitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationTimeline"}}]}}]}}]} as unknown as DocumentNode<SendContactInviteMutation, SendContactInviteMutationVariables>;
export const SendInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerRow"}},{"kind":"Field","name":{"kind":"Name","value":"lastInvitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationTimeline"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"resendAvailableAt"}},{"kind":"Field","name":{"kind":"Name","value":"changesAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InviteTarget"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"portalStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalStatusFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredVia"}},{"kind":"Field","name":{"kind":"Name","value":"invitedByName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"linkOpenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryState"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDetail"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredVia"}},{"kind":"Field","name":{"kind":"Name","value":"inPersonLinkExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"reminderCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastReminderAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindersStoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindersStoppedByName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"phoneDisplay"}},{"kind":"Field","name":{"kind":"Name","value":"carCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastInvitedAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InviteTarget"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationTimeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]} as unknown as DocumentNode<SendInviteMutation, SendInviteMutationVariables>;
export const StopInviteRemindersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StopInviteReminders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"invitationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stopInviteReminders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"invitationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"invitationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationTimeline"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredVia"}},{"kind":"Field","name":{"kind":"Name","value":"invitedByName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"linkOpenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryState"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDetail"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredVia"}},{"kind":"Field","name":{"kind":"Name","value":"inPersonLinkExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"reminderCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastReminderAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindersStoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindersStoppedByName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationTimeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]} as unknown as DocumentNode<StopInviteRemindersMutation, StopInviteRemindersMutationVariables>;
export const CreateInvoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateInvoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"balanceCents"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"displayStatus"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceFields"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitCents"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}}]}}]}}]} as unknown as DocumentNode<CreateInvoiceMutation, CreateInvoiceMutationVariables>;
export const InvoiceDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoiceDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"balanceCents"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"displayStatus"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceFields"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitCents"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}}]}}]}}]} as unknown as DocumentNode<InvoiceDetailQuery, InvoiceDetailQueryVariables>;
export const IssueInvoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueInvoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"balanceCents"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"displayStatus"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceFields"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitCents"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}}]}}]}}]} as unknown as DocumentNode<IssueInvoiceMutation, IssueInvoiceMutationVariables>;
export const RecordPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"invoiceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"invoiceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"invoiceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"balanceCents"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"displayStatus"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceFields"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitCents"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}}]}}]}}]} as unknown as DocumentNode<RecordPaymentMutation, RecordPaymentMutationVariables>;
export const UpdateDraftInvoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDraftInvoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDraftInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"balanceCents"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"displayStatus"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceFields"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitCents"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}}]}}]}}]} as unknown as DocumentNode<UpdateDraftInvoiceMutation, UpdateDraftInvoiceMutationVariables>;
export const VoidInvoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VoidInvoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voidInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"balanceCents"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"displayStatus"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceFields"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitCents"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}}]}}]}}]} as unknown as DocumentNode<VoidInvoiceMutation, VoidInvoiceMutationVariables>;
export const ConversationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Conversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"fromTeam"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}}]}}]} as unknown as DocumentNode<ConversationQuery, ConversationQueryVariables>;
export const InboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Inbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageThreadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageThreadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"}},{"kind":"Field","name":{"kind":"Name","value":"lastAuthor"}},{"kind":"Field","name":{"kind":"Name","value":"lastAt"}},{"kind":"Field","name":{"kind":"Name","value":"unread"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]} as unknown as DocumentNode<InboxQuery, InboxQueryVariables>;
export const MarkConversationReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkConversationRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markConversationRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}]}]}}]} as unknown as DocumentNode<MarkConversationReadMutation, MarkConversationReadMutationVariables>;
export const SendMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"fromTeam"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}}]}}]} as unknown as DocumentNode<SendMessageMutation, SendMessageMutationVariables>;
export const UnreadMessageCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadMessageCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadMessageCount"}}]}}]} as unknown as DocumentNode<UnreadMessageCountQuery, UnreadMessageCountQueryVariables>;
export const StartStaffPasskeyRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartStaffPasskeyRegistration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startStaffPasskeyRegistration"}}]}}]} as unknown as DocumentNode<StartStaffPasskeyRegistrationMutation, StartStaffPasskeyRegistrationMutationVariables>;
export const FinishStaffPasskeyRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FinishStaffPasskeyRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"response"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finishStaffPasskeyRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"response"},"value":{"kind":"Variable","name":{"kind":"Name","value":"response"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FinishStaffPasskeyRegistrationMutation, FinishStaffPasskeyRegistrationMutationVariables>;
export const RemoveStaffPasskeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveStaffPasskey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeStaffPasskey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveStaffPasskeyMutation, RemoveStaffPasskeyMutationVariables>;
export const RenameStaffPasskeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenameStaffPasskey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameStaffPasskey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RenameStaffPasskeyMutation, RenameStaffPasskeyMutationVariables>;
export const StaffPasskeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffPasskeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffPasskeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"backedUp"}}]}}]}}]} as unknown as DocumentNode<StaffPasskeysQuery, StaffPasskeysQueryVariables>;
export const StartStaffPasskeySignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartStaffPasskeySignIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startStaffPasskeySignIn"}}]}}]} as unknown as DocumentNode<StartStaffPasskeySignInMutation, StartStaffPasskeySignInMutationVariables>;
export const StaffSignInWithPasskeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffSignInWithPasskey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"response"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffSignInWithPasskey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"response"},"value":{"kind":"Variable","name":{"kind":"Name","value":"response"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"resendCooldownHours"}},{"kind":"Field","name":{"kind":"Name","value":"inviteExpiryDays"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]}}]} as unknown as DocumentNode<StaffSignInWithPasskeyMutation, StaffSignInWithPasskeyMutationVariables>;
export const PreviewPortalAsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PreviewPortalAs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewPortalAs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}}}]}]}}]} as unknown as DocumentNode<PreviewPortalAsMutation, PreviewPortalAsMutationVariables>;
export const CustomerServiceRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerServiceRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serviceRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceRequestFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"carName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredDate"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CustomerServiceRequestsQuery, CustomerServiceRequestsQueryVariables>;
export const NewServiceRequestCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NewServiceRequestCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"newServiceRequestCount"}}]}}]} as unknown as DocumentNode<NewServiceRequestCountQuery, NewServiceRequestCountQueryVariables>;
export const ServiceRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceRequestDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"carName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredDate"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceRequestDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceRequestFields"}},{"kind":"Field","name":{"kind":"Name","value":"updates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"fromStaff"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<ServiceRequestQuery, ServiceRequestQueryVariables>;
export const ServiceRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRequestStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceRequestFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"carName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredDate"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ServiceRequestsQuery, ServiceRequestsQueryVariables>;
export const UpdateServiceRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateServiceRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRequestStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reply"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateServiceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"reply"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reply"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceRequestDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"carName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredDate"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceRequestDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceRequestFields"}},{"kind":"Field","name":{"kind":"Name","value":"updates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"fromStaff"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<UpdateServiceRequestMutation, UpdateServiceRequestMutationVariables>;
export const RemoveLogoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveLogo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeLogo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}}]}}]}}]} as unknown as DocumentNode<RemoveLogoMutation, RemoveLogoMutationVariables>;
export const PhoneCountriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PhoneCountries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneCountries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"callingCode"}}]}}]}}]} as unknown as DocumentNode<PhoneCountriesQuery, PhoneCountriesQueryVariables>;
export const PortalSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalSettingsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Facility"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"signInMethod"}},{"kind":"Field","name":{"kind":"Name","value":"inviteExpiryDays"}},{"kind":"Field","name":{"kind":"Name","value":"resendCooldownHours"}},{"kind":"Field","name":{"kind":"Name","value":"inviteRemindersEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"inviteReminderDays"}},{"kind":"Field","name":{"kind":"Name","value":"welcomeMessage"}},{"kind":"Field","name":{"kind":"Name","value":"sections"}},{"kind":"Field","name":{"kind":"Name","value":"onboarding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signContracts"}},{"kind":"Field","name":{"kind":"Name","value":"addPaymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"completeProfile"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offlinePaymentInstructions"}},{"kind":"Field","name":{"kind":"Name","value":"allowEstimateLineChoice"}},{"kind":"Field","name":{"kind":"Name","value":"stripeConnected"}},{"kind":"Field","name":{"kind":"Name","value":"stripeKeyHint"}},{"kind":"Field","name":{"kind":"Name","value":"stripeTestMode"}},{"kind":"Field","name":{"kind":"Name","value":"stripeWebhookUrl"}},{"kind":"Field","name":{"kind":"Name","value":"brandColor"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"careReminders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contracts"}},{"kind":"Field","name":{"kind":"Name","value":"contractsAfterDays"}},{"kind":"Field","name":{"kind":"Name","value":"invoicesDue"}},{"kind":"Field","name":{"kind":"Name","value":"invoicesDueDays"}},{"kind":"Field","name":{"kind":"Name","value":"invoicesOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"estimates"}},{"kind":"Field","name":{"kind":"Name","value":"estimatesAfterDays"}},{"kind":"Field","name":{"kind":"Name","value":"events"}}]}}]}}]} as unknown as DocumentNode<PortalSettingsQuery, PortalSettingsQueryVariables>;
export const UpdateBrandingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateBranding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BrandingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBranding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalSettingsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Facility"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"signInMethod"}},{"kind":"Field","name":{"kind":"Name","value":"inviteExpiryDays"}},{"kind":"Field","name":{"kind":"Name","value":"resendCooldownHours"}},{"kind":"Field","name":{"kind":"Name","value":"inviteRemindersEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"inviteReminderDays"}},{"kind":"Field","name":{"kind":"Name","value":"welcomeMessage"}},{"kind":"Field","name":{"kind":"Name","value":"sections"}},{"kind":"Field","name":{"kind":"Name","value":"onboarding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signContracts"}},{"kind":"Field","name":{"kind":"Name","value":"addPaymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"completeProfile"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offlinePaymentInstructions"}},{"kind":"Field","name":{"kind":"Name","value":"allowEstimateLineChoice"}},{"kind":"Field","name":{"kind":"Name","value":"stripeConnected"}},{"kind":"Field","name":{"kind":"Name","value":"stripeKeyHint"}},{"kind":"Field","name":{"kind":"Name","value":"stripeTestMode"}},{"kind":"Field","name":{"kind":"Name","value":"stripeWebhookUrl"}},{"kind":"Field","name":{"kind":"Name","value":"brandColor"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"careReminders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contracts"}},{"kind":"Field","name":{"kind":"Name","value":"contractsAfterDays"}},{"kind":"Field","name":{"kind":"Name","value":"invoicesDue"}},{"kind":"Field","name":{"kind":"Name","value":"invoicesDueDays"}},{"kind":"Field","name":{"kind":"Name","value":"invoicesOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"estimates"}},{"kind":"Field","name":{"kind":"Name","value":"estimatesAfterDays"}},{"kind":"Field","name":{"kind":"Name","value":"events"}}]}}]}}]} as unknown as DocumentNode<UpdateBrandingMutation, UpdateBrandingMutationVariables>;
export const UpdateCareRemindersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCareReminders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CareReminderSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCareReminders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalSettingsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Facility"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"signInMethod"}},{"kind":"Field","name":{"kind":"Name","value":"inviteExpiryDays"}},{"kind":"Field","name":{"kind":"Name","value":"resendCooldownHours"}},{"kind":"Field","name":{"kind":"Name","value":"inviteRemindersEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"inviteReminderDays"}},{"kind":"Field","name":{"kind":"Name","value":"welcomeMessage"}},{"kind":"Field","name":{"kind":"Name","value":"sections"}},{"kind":"Field","name":{"kind":"Name","value":"onboarding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signContracts"}},{"kind":"Field","name":{"kind":"Name","value":"addPaymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"completeProfile"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offlinePaymentInstructions"}},{"kind":"Field","name":{"kind":"Name","value":"allowEstimateLineChoice"}},{"kind":"Field","name":{"kind":"Name","value":"stripeConnected"}},{"kind":"Field","name":{"kind":"Name","value":"stripeKeyHint"}},{"kind":"Field","name":{"kind":"Name","value":"stripeTestMode"}},{"kind":"Field","name":{"kind":"Name","value":"stripeWebhookUrl"}},{"kind":"Field","name":{"kind":"Name","value":"brandColor"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"careReminders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contracts"}},{"kind":"Field","name":{"kind":"Name","value":"contractsAfterDays"}},{"kind":"Field","name":{"kind":"Name","value":"invoicesDue"}},{"kind":"Field","name":{"kind":"Name","value":"invoicesDueDays"}},{"kind":"Field","name":{"kind":"Name","value":"invoicesOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"estimates"}},{"kind":"Field","name":{"kind":"Name","value":"estimatesAfterDays"}},{"kind":"Field","name":{"kind":"Name","value":"events"}}]}}]}}]} as unknown as DocumentNode<UpdateCareRemindersMutation, UpdateCareRemindersMutationVariables>;
export const UpdatePortalSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePortalSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PortalSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePortalSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalSettingsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Facility"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"signInMethod"}},{"kind":"Field","name":{"kind":"Name","value":"inviteExpiryDays"}},{"kind":"Field","name":{"kind":"Name","value":"resendCooldownHours"}},{"kind":"Field","name":{"kind":"Name","value":"inviteRemindersEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"inviteReminderDays"}},{"kind":"Field","name":{"kind":"Name","value":"welcomeMessage"}},{"kind":"Field","name":{"kind":"Name","value":"sections"}},{"kind":"Field","name":{"kind":"Name","value":"onboarding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signContracts"}},{"kind":"Field","name":{"kind":"Name","value":"addPaymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"completeProfile"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offlinePaymentInstructions"}},{"kind":"Field","name":{"kind":"Name","value":"allowEstimateLineChoice"}},{"kind":"Field","name":{"kind":"Name","value":"stripeConnected"}},{"kind":"Field","name":{"kind":"Name","value":"stripeKeyHint"}},{"kind":"Field","name":{"kind":"Name","value":"stripeTestMode"}},{"kind":"Field","name":{"kind":"Name","value":"stripeWebhookUrl"}},{"kind":"Field","name":{"kind":"Name","value":"brandColor"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"careReminders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contracts"}},{"kind":"Field","name":{"kind":"Name","value":"contractsAfterDays"}},{"kind":"Field","name":{"kind":"Name","value":"invoicesDue"}},{"kind":"Field","name":{"kind":"Name","value":"invoicesDueDays"}},{"kind":"Field","name":{"kind":"Name","value":"invoicesOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"estimates"}},{"kind":"Field","name":{"kind":"Name","value":"estimatesAfterDays"}},{"kind":"Field","name":{"kind":"Name","value":"events"}}]}}]}}]} as unknown as DocumentNode<UpdatePortalSettingsMutation, UpdatePortalSettingsMutationVariables>;
export const UpdateStripeSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateStripeSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StripeSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateStripeSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalSettingsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Facility"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"signInMethod"}},{"kind":"Field","name":{"kind":"Name","value":"inviteExpiryDays"}},{"kind":"Field","name":{"kind":"Name","value":"resendCooldownHours"}},{"kind":"Field","name":{"kind":"Name","value":"inviteRemindersEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"inviteReminderDays"}},{"kind":"Field","name":{"kind":"Name","value":"welcomeMessage"}},{"kind":"Field","name":{"kind":"Name","value":"sections"}},{"kind":"Field","name":{"kind":"Name","value":"onboarding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signContracts"}},{"kind":"Field","name":{"kind":"Name","value":"addPaymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"completeProfile"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offlinePaymentInstructions"}},{"kind":"Field","name":{"kind":"Name","value":"allowEstimateLineChoice"}},{"kind":"Field","name":{"kind":"Name","value":"stripeConnected"}},{"kind":"Field","name":{"kind":"Name","value":"stripeKeyHint"}},{"kind":"Field","name":{"kind":"Name","value":"stripeTestMode"}},{"kind":"Field","name":{"kind":"Name","value":"stripeWebhookUrl"}},{"kind":"Field","name":{"kind":"Name","value":"brandColor"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"careReminders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contracts"}},{"kind":"Field","name":{"kind":"Name","value":"contractsAfterDays"}},{"kind":"Field","name":{"kind":"Name","value":"invoicesDue"}},{"kind":"Field","name":{"kind":"Name","value":"invoicesDueDays"}},{"kind":"Field","name":{"kind":"Name","value":"invoicesOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"estimates"}},{"kind":"Field","name":{"kind":"Name","value":"estimatesAfterDays"}},{"kind":"Field","name":{"kind":"Name","value":"events"}}]}}]}}]} as unknown as DocumentNode<UpdateStripeSettingsMutation, UpdateStripeSettingsMutationVariables>;
export const ChangeStaffRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeStaffRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffUserId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffRole"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeStaffRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"staffUserId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffUserId"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeamMemberFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastActiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"inviteExpiresAt"}}]}}]} as unknown as DocumentNode<ChangeStaffRoleMutation, ChangeStaffRoleMutationVariables>;
export const DeactivateStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffUserId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"staffUserId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffUserId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeamMemberFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastActiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"inviteExpiresAt"}}]}}]} as unknown as DocumentNode<DeactivateStaffMutation, DeactivateStaffMutationVariables>;
export const InviteStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteStaffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeamMemberFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastActiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"inviteExpiresAt"}}]}}]} as unknown as DocumentNode<InviteStaffMutation, InviteStaffMutationVariables>;
export const ReactivateStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReactivateStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffUserId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"staffUserId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffUserId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeamMemberFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastActiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"inviteExpiresAt"}}]}}]} as unknown as DocumentNode<ReactivateStaffMutation, ReactivateStaffMutationVariables>;
export const ResendStaffInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendStaffInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffUserId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendStaffInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"staffUserId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffUserId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeamMemberFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastActiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"inviteExpiresAt"}}]}}]} as unknown as DocumentNode<ResendStaffInviteMutation, ResendStaffInviteMutationVariables>;
export const TeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeamMemberFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeamMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastActiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"inviteExpiresAt"}}]}}]} as unknown as DocumentNode<TeamQuery, TeamQueryVariables>;
export const CustomerTextsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerTexts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"texts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TextSettingsFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TextSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"phoneDisplay"}},{"kind":"Field","name":{"kind":"Name","value":"consentGiven"}},{"kind":"Field","name":{"kind":"Name","value":"consentAt"}},{"kind":"Field","name":{"kind":"Name","value":"consentSource"}},{"kind":"Field","name":{"kind":"Name","value":"optedOut"}},{"kind":"Field","name":{"kind":"Name","value":"optedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"optedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"canText"}},{"kind":"Field","name":{"kind":"Name","value":"sendsEmail"}},{"kind":"Field","name":{"kind":"Name","value":"sendsText"}},{"kind":"Field","name":{"kind":"Name","value":"channelSummary"}},{"kind":"Field","name":{"kind":"Name","value":"recentTexts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"toPhone"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryStatus"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDetail"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryUpdatedAt"}}]}}]}}]} as unknown as DocumentNode<CustomerTextsQuery, CustomerTextsQueryVariables>;
export const ContactsTextsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactsTexts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"texts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TextSettingsFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TextSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"phoneDisplay"}},{"kind":"Field","name":{"kind":"Name","value":"consentGiven"}},{"kind":"Field","name":{"kind":"Name","value":"consentAt"}},{"kind":"Field","name":{"kind":"Name","value":"consentSource"}},{"kind":"Field","name":{"kind":"Name","value":"optedOut"}},{"kind":"Field","name":{"kind":"Name","value":"optedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"optedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"canText"}},{"kind":"Field","name":{"kind":"Name","value":"sendsEmail"}},{"kind":"Field","name":{"kind":"Name","value":"sendsText"}},{"kind":"Field","name":{"kind":"Name","value":"channelSummary"}},{"kind":"Field","name":{"kind":"Name","value":"recentTexts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"toPhone"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryStatus"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDetail"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryUpdatedAt"}}]}}]}}]} as unknown as DocumentNode<ContactsTextsQuery, ContactsTextsQueryVariables>;
export const SetTextSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTextSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TextSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTextSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TextSettingsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TextSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"phoneDisplay"}},{"kind":"Field","name":{"kind":"Name","value":"consentGiven"}},{"kind":"Field","name":{"kind":"Name","value":"consentAt"}},{"kind":"Field","name":{"kind":"Name","value":"consentSource"}},{"kind":"Field","name":{"kind":"Name","value":"optedOut"}},{"kind":"Field","name":{"kind":"Name","value":"optedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"optedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"canText"}},{"kind":"Field","name":{"kind":"Name","value":"sendsEmail"}},{"kind":"Field","name":{"kind":"Name","value":"sendsText"}},{"kind":"Field","name":{"kind":"Name","value":"channelSummary"}},{"kind":"Field","name":{"kind":"Name","value":"recentTexts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"toPhone"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryStatus"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDetail"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryUpdatedAt"}}]}}]}}]} as unknown as DocumentNode<SetTextSettingsMutation, SetTextSettingsMutationVariables>;
export const CreateWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpointFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"failingSince"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CreateWebhookEndpointMutation, CreateWebhookEndpointMutationVariables>;
export const DeleteWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteWebhookEndpointMutation, DeleteWebhookEndpointMutationVariables>;
export const ResendWebhookDeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendWebhookDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendWebhookDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookDeliveryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"responseCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}}]}}]} as unknown as DocumentNode<ResendWebhookDeliveryMutation, ResendWebhookDeliveryMutationVariables>;
export const RotateWebhookEndpointSecretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateWebhookEndpointSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateWebhookEndpointSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]}}]} as unknown as DocumentNode<RotateWebhookEndpointSecretMutation, RotateWebhookEndpointSecretMutationVariables>;
export const SendTestWebhookEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendTestWebhookEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendTestWebhookEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"endpointId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookDeliveryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"responseCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}}]}}]} as unknown as DocumentNode<SendTestWebhookEventMutation, SendTestWebhookEventMutationVariables>;
export const UpdateWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpointFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"failingSince"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<UpdateWebhookEndpointMutation, UpdateWebhookEndpointMutationVariables>;
export const WebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpointFields"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookDeliveryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"failingSince"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"responseCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}}]}}]} as unknown as DocumentNode<WebhookEndpointQuery, WebhookEndpointQueryVariables>;
export const WebhookEndpointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookEndpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpointFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"failingSince"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<WebhookEndpointsQuery, WebhookEndpointsQueryVariables>;