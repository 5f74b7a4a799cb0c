/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

/** A portal person's answer to an estimate. */
export type EstimateResponseInput = {
  /** Accept (all lines, or acceptedLineIds) or decline. */
  accept: boolean;
  /** Lines to accept, where the facility allows choosing. */
  acceptedLineIds?: Array<string | number> | null | undefined;
  /** A note for the facility, up to 2,000 characters. */
  note?: string | null | undefined;
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

/** What a line of order history is. */
export type HistoryKind =
  /** An issued invoice; refId is the invoice's ID. */
  | 'INVOICE'
  /** Finished work; refId is the service request's ID. */
  | 'SERVICE';

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

/** A portal person's own channel and consent to texts. */
export type MyTextSettingsInput = {
  /** How my invites, reminders and sign-in links should reach me. */
  channel: MessageChannel;
  /** I agree to receive texts at my number (false withdraws it). */
  consent: boolean;
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

/** The portal page Stripe Checkout returns to: Billing, or the welcome steps. */
export type PaymentSetupReturn =
  /** Back to the portal's Billing page. */
  | 'BILLING'
  /** Back to the portal's welcome steps. */
  | 'WELCOME';

/** My own details, as I edit them on the Profile page. */
export type PortalProfileInput = {
  /** Ignored for sub-contacts. */
  address?: string | null | undefined;
  /** My phone number, up to 40 characters: E.164 or a number of the facility's country. Empty for none. */
  phone?: string | null | undefined;
  /** Which kinds of email I receive. */
  preferences: CommunicationPreferencesInput;
};

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

/** An answer to a social event's invitation. */
export type RsvpResponse =
  /** Coming. */
  | 'GOING'
  /** Maybe coming. */
  | 'MAYBE'
  /** Not coming. */
  | 'NOT_GOING';

/** Work a portal person asks for. */
export type ServiceRequestInput = {
  /** A car of the account it is for; omit for none. */
  carId?: string | number | null | undefined;
  /** Notes for the facility, up to 4,000 characters. */
  notes?: string | null | undefined;
  /** ISO date (YYYY-MM-DD). */
  preferredDate?: string | null | undefined;
  /** What kind of work. */
  type: ServiceRequestType;
};

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

/** What a portal link was sent for. */
export type SignInLinkPurpose =
  /** An invite to the portal. */
  | 'INVITE'
  /** A sign-in link the person asked for. */
  | 'SIGN_IN';

/** Whether a portal sign-in or invite link still works. */
export type SignInLinkState =
  /** The link expired; ask for a new sign-in link. */
  | 'EXPIRED'
  /** No such link. */
  | 'INVALID'
  /** A newer link or a change (new email, access turned off) voided it. */
  | 'REPLACED'
  /** The link was already used; ask for a new sign-in link. */
  | 'USED'
  /** The link works: Continue signs the person in. */
  | 'VALID';

/** A typed-name electronic signature. */
export type SignatureInput = {
  /** “I agree to sign this document electronically.” */
  consent: boolean;
  /** The signer's full name, typed. */
  typedName: string;
};

export type EndOtherPortalSessionsMutationVariables = Exact<{ [key: string]: never; }>;


export type EndOtherPortalSessionsMutation = { endOtherPortalSessions: number };

export type EndPortalSessionMutationVariables = Exact<{
  sessionId: string;
}>;


export type EndPortalSessionMutation = { endPortalSession: boolean };

export type PortalSessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalSessionsQuery = { portalSessions: Array<{ id: string, browser: string, system: string, place: string | null, ip: string | null, signedInAt: string, lastActiveAt: string, current: boolean }> };

export type PortalSignInsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type PortalSignInsQuery = { portalSignIns: { nodes: Array<{ id: string, at: string, name: string, device: string, method: PortalSignInMethod | null }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type SwitchPortalAccountMutationVariables = Exact<{
  customerId: string | number;
}>;


export type SwitchPortalAccountMutation = { switchPortalAccount: { name: string, email: string, isContact: boolean, preview: boolean, facility: { name: string, slug: string, brandColor: string, logoUrl: string | null, timeZone: string, sections: Array<PortalSection>, allowEstimateLineChoice: boolean, onboarding: { signContracts: boolean, addPaymentMethod: boolean, completeProfile: boolean } }, account: { customerName: string }, accounts: Array<{ customerId: string, customerName: string, current: boolean }> } };

export type PortalInvoiceQueryVariables = Exact<{
  id: string | number;
}>;


export type PortalInvoiceQuery = { invoice: { id: string, number: string, issuedOn: string, dueOn: string | null, status: InvoiceStatus, totalCents: number, balanceCents: number, overdue: boolean, displayStatus: InvoiceDisplayStatus, lines: Array<{ id: string, description: string, quantity: number, unitCents: number, amountCents: number }>, payments: Array<{ id: string, amountCents: number, method: PaymentMethod, reference: string | null, receivedOn: string }> }, portalBilling: { onlinePayments: boolean, offlinePaymentInstructions: string | null } };

export type InvoiceSummaryFieldsFragment = { id: string, number: string, issuedOn: string, dueOn: string | null, status: InvoiceStatus, totalCents: number, balanceCents: number, overdue: boolean, displayStatus: InvoiceDisplayStatus };

export type PortalBillingQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalBillingQuery = { portalBilling: { outstandingCents: number, onlinePayments: boolean, paymentMethodOnFile: boolean, offlinePaymentInstructions: string | null, savedCard: { brand: string, last4: string, expires: string | null } | null, invoices: Array<{ id: string, number: string, issuedOn: string, dueOn: string | null, status: InvoiceStatus, totalCents: number, balanceCents: number, overdue: boolean, displayStatus: InvoiceDisplayStatus }> } };

export type PayInvoiceOnlineMutationVariables = Exact<{
  invoiceId: string | number;
}>;


export type PayInvoiceOnlineMutation = { payInvoiceOnline: string };

export type AddPaymentMethodMutationVariables = Exact<{
  returnTo: PaymentSetupReturn;
}>;


export type AddPaymentMethodMutation = { addPaymentMethod: string };

export type PortalCarQueryVariables = Exact<{
  id: string | number;
}>;


export type PortalCarQuery = { car: { id: string, displayName: string, year: number | null, make: string, model: string, vin: string | null, plate: string | null, color: string | null, status: CarStatus, location: string | null, coverThumbnailUrl: string | null, photos: Array<{ id: string, url: string, thumbnailUrl: string, width: number | null, height: number | null, caption: string | null }>, history: Array<{ id: string, kind: CarEventKind, notes: string | null, happenedAt: string }>, conditionReports: Array<{ id: string, inspectedOn: string, inspector: string, odometer: number | null, notes: string | null, photos: Array<{ id: string, url: string, thumbnailUrl: string, width: number | null, height: number | null, caption: string | null }> }> } };

export type PortalCarsQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalCarsQuery = { portalViewer: { account: { cars: Array<{ id: string, displayName: string, year: number | null, make: string, model: string, vin: string | null, plate: string | null, color: string | null, status: CarStatus, location: string | null, coverThumbnailUrl: string | null }> } } | null };

export type CarCardFieldsFragment = { id: string, displayName: string, year: number | null, make: string, model: string, vin: string | null, plate: string | null, color: string | null, status: CarStatus, location: string | null, coverThumbnailUrl: string | null };

export type PortalDocumentFieldsFragment = { id: string, title: string, kind: DocumentKind, fileName: string, size: number, url: string, requiresSignature: boolean, createdAt: string, signature: { signerName: string, typedName: string, signedAt: string, documentSha256: string } | null };

export type PortalDocumentQueryVariables = Exact<{
  id: string | number;
}>;


export type PortalDocumentQuery = { document: { id: string, title: string, kind: DocumentKind, fileName: string, size: number, url: string, requiresSignature: boolean, createdAt: string, signature: { signerName: string, typedName: string, signedAt: string, documentSha256: string } | null } };

export type PortalDocumentsQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalDocumentsQuery = { portalDocuments: Array<{ id: string, title: string, kind: DocumentKind, fileName: string, size: number, url: string, requiresSignature: boolean, createdAt: string, signature: { signerName: string, typedName: string, signedAt: string, documentSha256: string } | null }> };

export type SignDocumentMutationVariables = Exact<{
  id: string | number;
  input: SignatureInput;
}>;


export type SignDocumentMutation = { signDocument: { id: string, title: string, kind: DocumentKind, fileName: string, size: number, url: string, requiresSignature: boolean, createdAt: string, signature: { signerName: string, typedName: string, signedAt: string, documentSha256: string } | null } };

export type PortalEstimateFieldsFragment = { id: string, number: string, title: string, status: EstimateStatus, carName: string | null, totalCents: number, acceptedCents: number, sentAt: string | null, respondedAt: string | null, respondedByName: string | null, customerNote: string | null, lines: Array<{ id: string, description: string, quantity: number, unitCents: number, amountCents: number, accepted: boolean | null }> };

export type PortalEstimateQueryVariables = Exact<{
  id: string | number;
}>;


export type PortalEstimateQuery = { estimate: { id: string, number: string, title: string, status: EstimateStatus, carName: string | null, totalCents: number, acceptedCents: number, sentAt: string | null, respondedAt: string | null, respondedByName: string | null, customerNote: string | null, lines: Array<{ id: string, description: string, quantity: number, unitCents: number, amountCents: number, accepted: boolean | null }> } };

export type PortalEstimatesQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalEstimatesQuery = { portalEstimates: Array<{ id: string, number: string, title: string, status: EstimateStatus, carName: string | null, totalCents: number, acceptedCents: number, sentAt: string | null, respondedAt: string | null, respondedByName: string | null, customerNote: string | null, lines: Array<{ id: string, description: string, quantity: number, unitCents: number, amountCents: number, accepted: boolean | null }> }> };

export type RespondToEstimateMutationVariables = Exact<{
  id: string | number;
  input: EstimateResponseInput;
}>;


export type RespondToEstimateMutation = { respondToEstimate: { id: string, number: string, title: string, status: EstimateStatus, carName: string | null, totalCents: number, acceptedCents: number, sentAt: string | null, respondedAt: string | null, respondedByName: string | null, customerNote: string | null, lines: Array<{ id: string, description: string, quantity: number, unitCents: number, amountCents: number, accepted: boolean | null }> } };

export type PortalOrderHistoryQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalOrderHistoryQuery = { portalOrderHistory: Array<{ kind: HistoryKind, refId: string, title: string, status: string, date: string, amountCents: number | null }> };

export type PortalHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalHomeQuery = { portalHome: { balanceDueCents: number | null, overdueInvoices: number | null, unreadMessages: number | null, openServiceRequests: number | null, contractsToSign: Array<{ id: string, title: string }>, estimatesWaiting: Array<{ id: string, number: string, title: string, totalCents: number }>, upcomingEvents: Array<{ id: string, title: string, kind: EventKind, startsAt: string, location: string | null }> }, portalProfile: { onboardingPending: boolean } };

export type MarkPortalConversationReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkPortalConversationReadMutation = { markPortalConversationRead: boolean };

export type PortalMessageFieldsFragment = { id: string, authorName: string, fromTeam: boolean, mine: boolean, body: string, createdAt: string };

export type PortalConversationQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type PortalConversationQuery = { portalConversation: { unread: number, messages: { nodes: Array<{ id: string, authorName: string, fromTeam: boolean, mine: boolean, body: string, createdAt: string }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } } };

export type SendPortalMessageMutationVariables = Exact<{
  body: string;
}>;


export type SendPortalMessageMutation = { sendPortalMessage: { id: string, authorName: string, fromTeam: boolean, mine: boolean, body: string, createdAt: string } };

export type PortalUnreadMessagesQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalUnreadMessagesQuery = { portalConversation: { unread: number } };

export type CompleteOnboardingMutationVariables = Exact<{ [key: string]: never; }>;


export type CompleteOnboardingMutation = { completeOnboarding: { name: string, email: string, phone: string | null, phoneDisplay: string | null, address: string | null, isContact: boolean, onboardingPending: boolean, preferences: { invoices: boolean, estimates: boolean, scheduling: boolean, carUpdates: boolean, contracts: boolean, socialEvents: boolean, marketing: boolean } } };

export type StartPortalPasskeyRegistrationMutationVariables = Exact<{ [key: string]: never; }>;


export type StartPortalPasskeyRegistrationMutation = { startPortalPasskeyRegistration: string };

export type FinishPortalPasskeyRegistrationMutationVariables = Exact<{
  response: string;
  name?: string | null | undefined;
}>;


export type FinishPortalPasskeyRegistrationMutation = { finishPortalPasskeyRegistration: { id: string, name: string } };

export type PortalPasskeysQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalPasskeysQuery = { portalPasskeys: Array<{ id: string, name: string, createdAt: string, lastUsedAt: string | null, backedUp: boolean }> };

export type RemovePortalPasskeyMutationVariables = Exact<{
  id: string | number;
}>;


export type RemovePortalPasskeyMutation = { removePortalPasskey: string };

export type RenamePortalPasskeyMutationVariables = Exact<{
  id: string | number;
  name: string;
}>;


export type RenamePortalPasskeyMutation = { renamePortalPasskey: { id: string, name: string } };

export type StartPortalPasskeySignInMutationVariables = Exact<{ [key: string]: never; }>;


export type StartPortalPasskeySignInMutation = { startPortalPasskeySignIn: string };

export type PortalSignInWithPasskeyMutationVariables = Exact<{
  response: string;
}>;


export type PortalSignInWithPasskeyMutation = { portalSignInWithPasskey: { name: string, email: string, isContact: boolean, preview: boolean, facility: { name: string, slug: string, brandColor: string, logoUrl: string | null, timeZone: string, sections: Array<PortalSection>, allowEstimateLineChoice: boolean, onboarding: { signContracts: boolean, addPaymentMethod: boolean, completeProfile: boolean } }, account: { customerName: string }, accounts: Array<{ customerId: string, customerName: string, current: boolean }> } };

export type PortalProfileFieldsFragment = { name: string, email: string, phone: string | null, phoneDisplay: string | null, address: string | null, isContact: boolean, onboardingPending: boolean, preferences: { invoices: boolean, estimates: boolean, scheduling: boolean, carUpdates: boolean, contracts: boolean, socialEvents: boolean, marketing: boolean } };

export type PortalProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalProfileQuery = { portalProfile: { name: string, email: string, phone: string | null, phoneDisplay: string | null, address: string | null, isContact: boolean, onboardingPending: boolean, preferences: { invoices: boolean, estimates: boolean, scheduling: boolean, carUpdates: boolean, contracts: boolean, socialEvents: boolean, marketing: boolean } } };

export type UpdatePortalProfileMutationVariables = Exact<{
  input: PortalProfileInput;
}>;


export type UpdatePortalProfileMutation = { updatePortalProfile: { name: string, email: string, phone: string | null, phoneDisplay: string | null, address: string | null, isContact: boolean, onboardingPending: boolean, preferences: { invoices: boolean, estimates: boolean, scheduling: boolean, carUpdates: boolean, contracts: boolean, socialEvents: boolean, marketing: boolean } } };

export type PortalServiceRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalServiceRequestsQuery = { portalServiceRequests: Array<{ id: string, type: ServiceRequestType, status: ServiceRequestStatus, carName: string | null, notes: string | null, preferredDate: string | null, createdAt: string, requestedByName: string, updates: Array<{ id: string, authorName: string, fromStaff: boolean, body: string | null, status: ServiceRequestStatus | null, createdAt: string }> }> };

export type ServiceRequestFieldsFragment = { id: string, type: ServiceRequestType, status: ServiceRequestStatus, carName: string | null, notes: string | null, preferredDate: string | null, createdAt: string, requestedByName: string, updates: Array<{ id: string, authorName: string, fromStaff: boolean, body: string | null, status: ServiceRequestStatus | null, createdAt: string }> };

export type RequestServiceMutationVariables = Exact<{
  input: ServiceRequestInput;
}>;


export type RequestServiceMutation = { requestService: { id: string, type: ServiceRequestType, status: ServiceRequestStatus, carName: string | null, notes: string | null, preferredDate: string | null, createdAt: string, requestedByName: string, updates: Array<{ id: string, authorName: string, fromStaff: boolean, body: string | null, status: ServiceRequestStatus | null, createdAt: string }> } };

export type PortalCalendarFeedQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalCalendarFeedQuery = { portalCalendarFeed: { createdAt: string, lastFetchedAt: string | null } | null };

export type CreatePortalCalendarLinkMutationVariables = Exact<{ [key: string]: never; }>;


export type CreatePortalCalendarLinkMutation = { createPortalCalendarLink: { url: string, webcalUrl: string, feed: { createdAt: string, lastFetchedAt: string | null } } };

export type TurnOffPortalCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type TurnOffPortalCalendarFeedMutation = { turnOffPortalCalendarFeed: boolean };

export type ScheduledEventFieldsFragment = { id: string, kind: EventKind, title: string, startsAt: string, endsAt: string | null, location: string | null, notes: string | null, carName: string | null, customerName: string | null, myRsvp: RsvpResponse | null, myGuests: number | null, goingCount: number };

export type PortalScheduleQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalScheduleQuery = { portalSchedule: { upcoming: Array<{ id: string, kind: EventKind, title: string, startsAt: string, endsAt: string | null, location: string | null, notes: string | null, carName: string | null, customerName: string | null, myRsvp: RsvpResponse | null, myGuests: number | null, goingCount: number }>, past: Array<{ id: string, kind: EventKind, title: string, startsAt: string, endsAt: string | null, location: string | null, notes: string | null, carName: string | null, customerName: string | null, myRsvp: RsvpResponse | null, myGuests: number | null, goingCount: number }> } };

export type RsvpMutationVariables = Exact<{
  eventId: string | number;
  response: RsvpResponse;
  guests: number;
}>;


export type RsvpMutation = { rsvp: { id: string, myRsvp: RsvpResponse | null, myGuests: number | null, goingCount: number } };

export type PortalViewerFieldsFragment = { name: string, email: string, isContact: boolean, preview: boolean, facility: { name: string, slug: string, brandColor: string, logoUrl: string | null, timeZone: string, sections: Array<PortalSection>, allowEstimateLineChoice: boolean, onboarding: { signContracts: boolean, addPaymentMethod: boolean, completeProfile: boolean } }, account: { customerName: string }, accounts: Array<{ customerId: string, customerName: string, current: boolean }> };

export type PortalViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalViewerQuery = { portalViewer: { name: string, email: string, isContact: boolean, preview: boolean, facility: { name: string, slug: string, brandColor: string, logoUrl: string | null, timeZone: string, sections: Array<PortalSection>, allowEstimateLineChoice: boolean, onboarding: { signContracts: boolean, addPaymentMethod: boolean, completeProfile: boolean } }, account: { customerName: string }, accounts: Array<{ customerId: string, customerName: string, current: boolean }> } | null };

export type PortalSignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type PortalSignOutMutation = { portalSignOut: boolean };

export type RedeemSignInLinkMutationVariables = Exact<{
  token: string;
  password?: string | null | undefined;
}>;


export type RedeemSignInLinkMutation = { redeemSignInLink: { name: string, email: string, isContact: boolean, preview: boolean, facility: { name: string, slug: string, brandColor: string, logoUrl: string | null, timeZone: string, sections: Array<PortalSection>, allowEstimateLineChoice: boolean, onboarding: { signContracts: boolean, addPaymentMethod: boolean, completeProfile: boolean } }, account: { customerName: string }, accounts: Array<{ customerId: string, customerName: string, current: boolean }> } };

export type SignInLinkQueryVariables = Exact<{
  token: string;
}>;


export type SignInLinkQuery = { signInLink: { state: SignInLinkState, purpose: SignInLinkPurpose | null, firstName: string | null, choosePassword: boolean, facility: { name: string, slug: string, brandColor: string, logoUrl: string | null } | null } };

export type PortalBrandQueryVariables = Exact<{
  facility: string;
}>;


export type PortalBrandQuery = { portalBrand: { name: string, brandColor: string, logoUrl: string | null, textSignIn: boolean } | null };

export type PortalDemoSignInQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalDemoSignInQuery = { portalDemoSignIn: { email: string, mailboxPath: string } | null };

export type RequestSignInLinkMutationVariables = Exact<{
  email: string;
}>;


export type RequestSignInLinkMutation = { requestSignInLink: { message: string } };

export type RequestSignInTextMutationVariables = Exact<{
  facility: string;
  phone: string;
}>;


export type RequestSignInTextMutation = { requestSignInText: { message: string } };

export type SignInWithCodeMutationVariables = Exact<{
  email: string;
  code: string;
}>;


export type SignInWithCodeMutation = { signInWithCode: { name: string, email: string, isContact: boolean, preview: boolean, facility: { name: string, slug: string, brandColor: string, logoUrl: string | null, timeZone: string, sections: Array<PortalSection>, allowEstimateLineChoice: boolean, onboarding: { signContracts: boolean, addPaymentMethod: boolean, completeProfile: boolean } }, account: { customerName: string }, accounts: Array<{ customerId: string, customerName: string, current: boolean }> } };

export type SignInWithPasswordMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type SignInWithPasswordMutation = { signInWithPassword: { name: string, email: string, isContact: boolean, preview: boolean, facility: { name: string, slug: string, brandColor: string, logoUrl: string | null, timeZone: string, sections: Array<PortalSection>, allowEstimateLineChoice: boolean, onboarding: { signContracts: boolean, addPaymentMethod: boolean, completeProfile: boolean } }, account: { customerName: string }, accounts: Array<{ customerId: string, customerName: string, current: boolean }> } };

export type SignInWithTextCodeMutationVariables = Exact<{
  facility: string;
  phone: string;
  code: string;
}>;


export type SignInWithTextCodeMutation = { signInWithTextCode: { name: string, email: string, isContact: boolean, preview: boolean, facility: { name: string, slug: string, brandColor: string, logoUrl: string | null, timeZone: string, sections: Array<PortalSection>, allowEstimateLineChoice: boolean, onboarding: { signContracts: boolean, addPaymentMethod: boolean, completeProfile: boolean } }, account: { customerName: string }, accounts: Array<{ customerId: string, customerName: string, current: boolean }> } };

export type MyTextsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyTextsQuery = { portalProfile: { texts: { channel: MessageChannel, phone: string | null, phoneDisplay: string | null, consentGiven: boolean, consentAt: string | null, optedOut: boolean, optedOutAt: string | null, canText: boolean } } };

export type MyTextSettingsFragment = { channel: MessageChannel, phone: string | null, phoneDisplay: string | null, consentGiven: boolean, consentAt: string | null, optedOut: boolean, optedOutAt: string | null, canText: boolean };

export type UpdateMyTextSettingsMutationVariables = Exact<{
  input: MyTextSettingsInput;
}>;


export type UpdateMyTextSettingsMutation = { updateMyTextSettings: { channel: MessageChannel, phone: string | null, phoneDisplay: string | null, consentGiven: boolean, consentAt: string | null, optedOut: boolean, optedOutAt: string | null, canText: boolean } };

export const InvoiceSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"balanceCents"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"displayStatus"}}]}}]} as unknown as DocumentNode<InvoiceSummaryFieldsFragment, unknown>;
export const CarCardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CarCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Car"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"make"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"vin"}},{"kind":"Field","name":{"kind":"Name","value":"plate"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"coverThumbnailUrl"}}]}}]} as unknown as DocumentNode<CarCardFieldsFragment, unknown>;
export const PortalDocumentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalDocumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"requiresSignature"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"signature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"typedName"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"documentSha256"}}]}}]}}]} as unknown as DocumentNode<PortalDocumentFieldsFragment, unknown>;
export const PortalEstimateFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalEstimateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Estimate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"carName"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedCents"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedByName"}},{"kind":"Field","name":{"kind":"Name","value":"customerNote"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitCents"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}}]}}]}}]} as unknown as DocumentNode<PortalEstimateFieldsFragment, unknown>;
export const PortalMessageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"fromTeam"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<PortalMessageFieldsFragment, unknown>;
export const PortalProfileFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"phoneDisplay"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"isContact"}},{"kind":"Field","name":{"kind":"Name","value":"onboardingPending"}},{"kind":"Field","name":{"kind":"Name","value":"preferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"}},{"kind":"Field","name":{"kind":"Name","value":"estimates"}},{"kind":"Field","name":{"kind":"Name","value":"scheduling"}},{"kind":"Field","name":{"kind":"Name","value":"carUpdates"}},{"kind":"Field","name":{"kind":"Name","value":"contracts"}},{"kind":"Field","name":{"kind":"Name","value":"socialEvents"}},{"kind":"Field","name":{"kind":"Name","value":"marketing"}}]}}]}}]} as unknown as DocumentNode<PortalProfileFieldsFragment, unknown>;
export const ServiceRequestFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"carName"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"preferredDate"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"updates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"fromStaff"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<ServiceRequestFieldsFragment, unknown>;
export const ScheduledEventFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScheduledEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduledEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"carName"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"myRsvp"}},{"kind":"Field","name":{"kind":"Name","value":"myGuests"}},{"kind":"Field","name":{"kind":"Name","value":"goingCount"}}]}}]} as unknown as DocumentNode<ScheduledEventFieldsFragment, unknown>;
export const PortalViewerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalViewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"isContact"}},{"kind":"Field","name":{"kind":"Name","value":"preview"}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"brandColor"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"sections"}},{"kind":"Field","name":{"kind":"Name","value":"allowEstimateLineChoice"}},{"kind":"Field","name":{"kind":"Name","value":"onboarding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signContracts"}},{"kind":"Field","name":{"kind":"Name","value":"addPaymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"completeProfile"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]} as unknown as DocumentNode<PortalViewerFieldsFragment, unknown>;
export const MyTextSettingsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyTextSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"phoneDisplay"}},{"kind":"Field","name":{"kind":"Name","value":"consentGiven"}},{"kind":"Field","name":{"kind":"Name","value":"consentAt"}},{"kind":"Field","name":{"kind":"Name","value":"optedOut"}},{"kind":"Field","name":{"kind":"Name","value":"optedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"canText"}}]}}]} as unknown as DocumentNode<MyTextSettingsFragment, unknown>;
export const EndOtherPortalSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndOtherPortalSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endOtherPortalSessions"}}]}}]} as unknown as DocumentNode<EndOtherPortalSessionsMutation, EndOtherPortalSessionsMutationVariables>;
export const EndPortalSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndPortalSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endPortalSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}]}]}}]} as unknown as DocumentNode<EndPortalSessionMutation, EndPortalSessionMutationVariables>;
export const PortalSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"browser"}},{"kind":"Field","name":{"kind":"Name","value":"system"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"signedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastActiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]} as unknown as DocumentNode<PortalSessionsQuery, PortalSessionsQueryVariables>;
export const PortalSignInsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalSignIns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalSignIns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"device"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<PortalSignInsQuery, PortalSignInsQueryVariables>;
export const SwitchPortalAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SwitchPortalAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"switchPortalAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalViewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"isContact"}},{"kind":"Field","name":{"kind":"Name","value":"preview"}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"brandColor"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"sections"}},{"kind":"Field","name":{"kind":"Name","value":"allowEstimateLineChoice"}},{"kind":"Field","name":{"kind":"Name","value":"onboarding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signContracts"}},{"kind":"Field","name":{"kind":"Name","value":"addPaymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"completeProfile"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]} as unknown as DocumentNode<SwitchPortalAccountMutation, SwitchPortalAccountMutationVariables>;
export const PortalInvoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalInvoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitCents"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"portalBilling"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onlinePayments"}},{"kind":"Field","name":{"kind":"Name","value":"offlinePaymentInstructions"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"balanceCents"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"displayStatus"}}]}}]} as unknown as DocumentNode<PortalInvoiceQuery, PortalInvoiceQueryVariables>;
export const PortalBillingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalBilling"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalBilling"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outstandingCents"}},{"kind":"Field","name":{"kind":"Name","value":"onlinePayments"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethodOnFile"}},{"kind":"Field","name":{"kind":"Name","value":"savedCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"expires"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offlinePaymentInstructions"}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceSummaryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"balanceCents"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"displayStatus"}}]}}]} as unknown as DocumentNode<PortalBillingQuery, PortalBillingQueryVariables>;
export const PayInvoiceOnlineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PayInvoiceOnline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"invoiceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payInvoiceOnline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"invoiceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"invoiceId"}}}]}]}}]} as unknown as DocumentNode<PayInvoiceOnlineMutation, PayInvoiceOnlineMutationVariables>;
export const AddPaymentMethodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddPaymentMethod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"returnTo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentSetupReturn"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPaymentMethod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"returnTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"returnTo"}}}]}]}}]} as unknown as DocumentNode<AddPaymentMethodMutation, AddPaymentMethodMutationVariables>;
export const PortalCarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalCar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"car"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CarCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"happenedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conditionReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inspectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"inspector"}},{"kind":"Field","name":{"kind":"Name","value":"odometer"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CarCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Car"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"make"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"vin"}},{"kind":"Field","name":{"kind":"Name","value":"plate"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"coverThumbnailUrl"}}]}}]} as unknown as DocumentNode<PortalCarQuery, PortalCarQueryVariables>;
export const PortalCarsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalCars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CarCardFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CarCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Car"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"make"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"vin"}},{"kind":"Field","name":{"kind":"Name","value":"plate"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"coverThumbnailUrl"}}]}}]} as unknown as DocumentNode<PortalCarsQuery, PortalCarsQueryVariables>;
export const PortalDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalDocumentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalDocumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"requiresSignature"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"signature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"typedName"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"documentSha256"}}]}}]}}]} as unknown as DocumentNode<PortalDocumentQuery, PortalDocumentQueryVariables>;
export const PortalDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalDocumentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalDocumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"requiresSignature"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"signature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"typedName"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"documentSha256"}}]}}]}}]} as unknown as DocumentNode<PortalDocumentsQuery, PortalDocumentsQueryVariables>;
export const SignDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignatureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalDocumentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalDocumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"requiresSignature"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"signature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"typedName"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"documentSha256"}}]}}]}}]} as unknown as DocumentNode<SignDocumentMutation, SignDocumentMutationVariables>;
export const PortalEstimateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalEstimate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalEstimateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalEstimateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Estimate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"carName"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedCents"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedByName"}},{"kind":"Field","name":{"kind":"Name","value":"customerNote"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitCents"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}}]}}]}}]} as unknown as DocumentNode<PortalEstimateQuery, PortalEstimateQueryVariables>;
export const PortalEstimatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalEstimates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalEstimates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalEstimateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalEstimateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Estimate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"carName"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedCents"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedByName"}},{"kind":"Field","name":{"kind":"Name","value":"customerNote"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitCents"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}}]}}]}}]} as unknown as DocumentNode<PortalEstimatesQuery, PortalEstimatesQueryVariables>;
export const RespondToEstimateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RespondToEstimate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EstimateResponseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondToEstimate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalEstimateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalEstimateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Estimate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"carName"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedCents"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedByName"}},{"kind":"Field","name":{"kind":"Name","value":"customerNote"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitCents"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}}]}}]}}]} as unknown as DocumentNode<RespondToEstimateMutation, RespondToEstimateMutationVariables>;
export const PortalOrderHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalOrderHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalOrderHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"refId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}}]}}]} as unknown as DocumentNode<PortalOrderHistoryQuery, PortalOrderHistoryQueryVariables>;
export const PortalHomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalHome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalHome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balanceDueCents"}},{"kind":"Field","name":{"kind":"Name","value":"overdueInvoices"}},{"kind":"Field","name":{"kind":"Name","value":"contractsToSign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimatesWaiting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"upcomingEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unreadMessages"}},{"kind":"Field","name":{"kind":"Name","value":"openServiceRequests"}}]}},{"kind":"Field","name":{"kind":"Name","value":"portalProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onboardingPending"}}]}}]}}]} as unknown as DocumentNode<PortalHomeQuery, PortalHomeQueryVariables>;
export const MarkPortalConversationReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkPortalConversationRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markPortalConversationRead"}}]}}]} as unknown as DocumentNode<MarkPortalConversationReadMutation, MarkPortalConversationReadMutationVariables>;
export const PortalConversationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalConversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalConversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unread"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalMessageFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"fromTeam"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<PortalConversationQuery, PortalConversationQueryVariables>;
export const SendPortalMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendPortalMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendPortalMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalMessageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"fromTeam"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<SendPortalMessageMutation, SendPortalMessageMutationVariables>;
export const PortalUnreadMessagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalUnreadMessages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalConversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unread"}}]}}]}}]} as unknown as DocumentNode<PortalUnreadMessagesQuery, PortalUnreadMessagesQueryVariables>;
export const CompleteOnboardingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteOnboarding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeOnboarding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalProfileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"phoneDisplay"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"isContact"}},{"kind":"Field","name":{"kind":"Name","value":"onboardingPending"}},{"kind":"Field","name":{"kind":"Name","value":"preferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"}},{"kind":"Field","name":{"kind":"Name","value":"estimates"}},{"kind":"Field","name":{"kind":"Name","value":"scheduling"}},{"kind":"Field","name":{"kind":"Name","value":"carUpdates"}},{"kind":"Field","name":{"kind":"Name","value":"contracts"}},{"kind":"Field","name":{"kind":"Name","value":"socialEvents"}},{"kind":"Field","name":{"kind":"Name","value":"marketing"}}]}}]}}]} as unknown as DocumentNode<CompleteOnboardingMutation, CompleteOnboardingMutationVariables>;
export const StartPortalPasskeyRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartPortalPasskeyRegistration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startPortalPasskeyRegistration"}}]}}]} as unknown as DocumentNode<StartPortalPasskeyRegistrationMutation, StartPortalPasskeyRegistrationMutationVariables>;
export const FinishPortalPasskeyRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FinishPortalPasskeyRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"response"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finishPortalPasskeyRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"response"},"value":{"kind":"Variable","name":{"kind":"Name","value":"response"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FinishPortalPasskeyRegistrationMutation, FinishPortalPasskeyRegistrationMutationVariables>;
export const PortalPasskeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalPasskeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalPasskeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"backedUp"}}]}}]}}]} as unknown as DocumentNode<PortalPasskeysQuery, PortalPasskeysQueryVariables>;
export const RemovePortalPasskeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemovePortalPasskey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removePortalPasskey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemovePortalPasskeyMutation, RemovePortalPasskeyMutationVariables>;
export const RenamePortalPasskeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenamePortalPasskey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renamePortalPasskey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RenamePortalPasskeyMutation, RenamePortalPasskeyMutationVariables>;
export const StartPortalPasskeySignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartPortalPasskeySignIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startPortalPasskeySignIn"}}]}}]} as unknown as DocumentNode<StartPortalPasskeySignInMutation, StartPortalPasskeySignInMutationVariables>;
export const PortalSignInWithPasskeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalSignInWithPasskey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"response"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalSignInWithPasskey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"response"},"value":{"kind":"Variable","name":{"kind":"Name","value":"response"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalViewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"isContact"}},{"kind":"Field","name":{"kind":"Name","value":"preview"}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"brandColor"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"sections"}},{"kind":"Field","name":{"kind":"Name","value":"allowEstimateLineChoice"}},{"kind":"Field","name":{"kind":"Name","value":"onboarding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signContracts"}},{"kind":"Field","name":{"kind":"Name","value":"addPaymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"completeProfile"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]} as unknown as DocumentNode<PortalSignInWithPasskeyMutation, PortalSignInWithPasskeyMutationVariables>;
export const PortalProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalProfileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"phoneDisplay"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"isContact"}},{"kind":"Field","name":{"kind":"Name","value":"onboardingPending"}},{"kind":"Field","name":{"kind":"Name","value":"preferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"}},{"kind":"Field","name":{"kind":"Name","value":"estimates"}},{"kind":"Field","name":{"kind":"Name","value":"scheduling"}},{"kind":"Field","name":{"kind":"Name","value":"carUpdates"}},{"kind":"Field","name":{"kind":"Name","value":"contracts"}},{"kind":"Field","name":{"kind":"Name","value":"socialEvents"}},{"kind":"Field","name":{"kind":"Name","value":"marketing"}}]}}]}}]} as unknown as DocumentNode<PortalProfileQuery, PortalProfileQueryVariables>;
export const UpdatePortalProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePortalProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PortalProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePortalProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalProfileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"phoneDisplay"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"isContact"}},{"kind":"Field","name":{"kind":"Name","value":"onboardingPending"}},{"kind":"Field","name":{"kind":"Name","value":"preferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"}},{"kind":"Field","name":{"kind":"Name","value":"estimates"}},{"kind":"Field","name":{"kind":"Name","value":"scheduling"}},{"kind":"Field","name":{"kind":"Name","value":"carUpdates"}},{"kind":"Field","name":{"kind":"Name","value":"contracts"}},{"kind":"Field","name":{"kind":"Name","value":"socialEvents"}},{"kind":"Field","name":{"kind":"Name","value":"marketing"}}]}}]}}]} as unknown as DocumentNode<UpdatePortalProfileMutation, UpdatePortalProfileMutationVariables>;
export const PortalServiceRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalServiceRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalServiceRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"carName"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"preferredDate"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"updates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"fromStaff"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<PortalServiceRequestsQuery, PortalServiceRequestsQueryVariables>;
export const RequestServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"carName"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"preferredDate"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"updates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"fromStaff"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<RequestServiceMutation, RequestServiceMutationVariables>;
export const PortalCalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastFetchedAt"}}]}}]}}]} as unknown as DocumentNode<PortalCalendarFeedQuery, PortalCalendarFeedQueryVariables>;
export const CreatePortalCalendarLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePortalCalendarLink"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPortalCalendarLink"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"webcalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"feed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastFetchedAt"}}]}}]}}]}}]} as unknown as DocumentNode<CreatePortalCalendarLinkMutation, CreatePortalCalendarLinkMutationVariables>;
export const TurnOffPortalCalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TurnOffPortalCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"turnOffPortalCalendarFeed"}}]}}]} as unknown as DocumentNode<TurnOffPortalCalendarFeedMutation, TurnOffPortalCalendarFeedMutationVariables>;
export const PortalScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalSchedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalSchedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upcoming"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScheduledEventFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"past"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScheduledEventFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScheduledEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduledEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"carName"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"myRsvp"}},{"kind":"Field","name":{"kind":"Name","value":"myGuests"}},{"kind":"Field","name":{"kind":"Name","value":"goingCount"}}]}}]} as unknown as DocumentNode<PortalScheduleQuery, PortalScheduleQueryVariables>;
export const RsvpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Rsvp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"response"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RsvpResponse"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"guests"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rsvp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"response"},"value":{"kind":"Variable","name":{"kind":"Name","value":"response"}}},{"kind":"Argument","name":{"kind":"Name","value":"guests"},"value":{"kind":"Variable","name":{"kind":"Name","value":"guests"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"myRsvp"}},{"kind":"Field","name":{"kind":"Name","value":"myGuests"}},{"kind":"Field","name":{"kind":"Name","value":"goingCount"}}]}}]}}]} as unknown as DocumentNode<RsvpMutation, RsvpMutationVariables>;
export const PortalViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalViewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"isContact"}},{"kind":"Field","name":{"kind":"Name","value":"preview"}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"brandColor"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"sections"}},{"kind":"Field","name":{"kind":"Name","value":"allowEstimateLineChoice"}},{"kind":"Field","name":{"kind":"Name","value":"onboarding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signContracts"}},{"kind":"Field","name":{"kind":"Name","value":"addPaymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"completeProfile"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]} as unknown as DocumentNode<PortalViewerQuery, PortalViewerQueryVariables>;
export const PortalSignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalSignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalSignOut"}}]}}]} as unknown as DocumentNode<PortalSignOutMutation, PortalSignOutMutationVariables>;
export const RedeemSignInLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedeemSignInLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeemSignInLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalViewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"isContact"}},{"kind":"Field","name":{"kind":"Name","value":"preview"}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"brandColor"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"sections"}},{"kind":"Field","name":{"kind":"Name","value":"allowEstimateLineChoice"}},{"kind":"Field","name":{"kind":"Name","value":"onboarding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signContracts"}},{"kind":"Field","name":{"kind":"Name","value":"addPaymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"completeProfile"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]} as unknown as DocumentNode<RedeemSignInLinkMutation, RedeemSignInLinkMutationVariables>;
export const SignInLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignInLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signInLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"choosePassword"}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"brandColor"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}}]}}]}}]}}]} as unknown as DocumentNode<SignInLinkQuery, SignInLinkQueryVariables>;
export const PortalBrandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalBrand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"facility"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalBrand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"facility"},"value":{"kind":"Variable","name":{"kind":"Name","value":"facility"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"brandColor"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"textSignIn"}}]}}]}}]} as unknown as DocumentNode<PortalBrandQuery, PortalBrandQueryVariables>;
export const PortalDemoSignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalDemoSignIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalDemoSignIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"mailboxPath"}}]}}]}}]} as unknown as DocumentNode<PortalDemoSignInQuery, PortalDemoSignInQueryVariables>;
export const RequestSignInLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestSignInLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestSignInLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<RequestSignInLinkMutation, RequestSignInLinkMutationVariables>;
export const RequestSignInTextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestSignInText"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"facility"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phone"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestSignInText"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"facility"},"value":{"kind":"Variable","name":{"kind":"Name","value":"facility"}}},{"kind":"Argument","name":{"kind":"Name","value":"phone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phone"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<RequestSignInTextMutation, RequestSignInTextMutationVariables>;
export const SignInWithCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignInWithCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signInWithCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalViewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"isContact"}},{"kind":"Field","name":{"kind":"Name","value":"preview"}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"brandColor"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"sections"}},{"kind":"Field","name":{"kind":"Name","value":"allowEstimateLineChoice"}},{"kind":"Field","name":{"kind":"Name","value":"onboarding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signContracts"}},{"kind":"Field","name":{"kind":"Name","value":"addPaymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"completeProfile"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]} as unknown as DocumentNode<SignInWithCodeMutation, SignInWithCodeMutationVariables>;
export const SignInWithPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignInWithPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signInWithPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalViewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"isContact"}},{"kind":"Field","name":{"kind":"Name","value":"preview"}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"brandColor"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"sections"}},{"kind":"Field","name":{"kind":"Name","value":"allowEstimateLineChoice"}},{"kind":"Field","name":{"kind":"Name","value":"onboarding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signContracts"}},{"kind":"Field","name":{"kind":"Name","value":"addPaymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"completeProfile"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]} as unknown as DocumentNode<SignInWithPasswordMutation, SignInWithPasswordMutationVariables>;
export const SignInWithTextCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignInWithTextCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"facility"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phone"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signInWithTextCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"facility"},"value":{"kind":"Variable","name":{"kind":"Name","value":"facility"}}},{"kind":"Argument","name":{"kind":"Name","value":"phone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phone"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalViewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"isContact"}},{"kind":"Field","name":{"kind":"Name","value":"preview"}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"brandColor"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"sections"}},{"kind":"Field","name":{"kind":"Name","value":"allowEstimateLineChoice"}},{"kind":"Field","name":{"kind":"Name","value":"onboarding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signContracts"}},{"kind":"Field","name":{"kind":"Name","value":"addPaymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"completeProfile"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]} as unknown as DocumentNode<SignInWithTextCodeMutation, SignInWithTextCodeMutationVariables>;
export const MyTextsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyTexts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"texts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyTextSettings"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyTextSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"phoneDisplay"}},{"kind":"Field","name":{"kind":"Name","value":"consentGiven"}},{"kind":"Field","name":{"kind":"Name","value":"consentAt"}},{"kind":"Field","name":{"kind":"Name","value":"optedOut"}},{"kind":"Field","name":{"kind":"Name","value":"optedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"canText"}}]}}]} as unknown as DocumentNode<MyTextsQuery, MyTextsQueryVariables>;
export const UpdateMyTextSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMyTextSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MyTextSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyTextSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyTextSettings"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyTextSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TextSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"phoneDisplay"}},{"kind":"Field","name":{"kind":"Name","value":"consentGiven"}},{"kind":"Field","name":{"kind":"Name","value":"consentAt"}},{"kind":"Field","name":{"kind":"Name","value":"optedOut"}},{"kind":"Field","name":{"kind":"Name","value":"optedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"canText"}}]}}]} as unknown as DocumentNode<UpdateMyTextSettingsMutation, UpdateMyTextSettingsMutationVariables>;