import { sql } from "drizzle-orm";
import {
  bigInt,
  bool,
  bytes,
  check,
  createdAt,
  id,
  index,
  int,
  oneOf,
  primaryKey,
  sortKey,
  str,
  table,
  timestamp,
  timestampNow,
  uniqueIndex,
} from "./columns.pg.js";

// Every facility-owned table carries facility_id: staff reads and writes are filtered by the
// viewer's facility, so a foreign id behaves exactly like a missing one.
// Times are stored as epoch milliseconds (see columns.sqlite.ts). Edited together with schema.pg.ts:
// schema.test.ts fails when the two disagree.

/** The seven kinds of email a person opts in to (DESIGN §2); invites ignore them. */
const communicationPreferences = () => ({
  prefInvoices: bool("pref_invoices").notNull().default(true),
  prefEstimates: bool("pref_estimates").notNull().default(true),
  prefScheduling: bool("pref_scheduling").notNull().default(true),
  prefCarUpdates: bool("pref_car_updates").notNull().default(true),
  prefContracts: bool("pref_contracts").notNull().default(true),
  prefSocialEvents: bool("pref_social_events").notNull().default(false),
  prefMarketing: bool("pref_marketing").notNull().default(false),
});

/**
 * How a person is reached (email, text or both: theirs to choose, staff's to set) and their consent
 * to texts. Consent covers one number: it holds while sms_consent_phone is the person's phone, so a
 * changed number needs consent again. A STOP from the number (sms_opt_outs) overrides it.
 */
const textPreferences = () => ({
  channel: oneOf("channel", ["EMAIL", "TEXT", "BOTH"]).notNull().default("EMAIL"),
  smsConsentPhone: str("sms_consent_phone"),
  smsConsentAt: timestamp("sms_consent_at"),
  /** Who recorded it and how: "Given in the portal", or the staff member's name and note. */
  smsConsentSource: str("sms_consent_source"),
});

export const facilities = table("facilities", {
  id: id(),
  slug: str("slug").notNull().unique(),
  name: str("name").notNull(),
  replyToEmail: str("reply_to_email"),
  brandColor: str("brand_color").notNull().default("#1c7ed6"),
  logoUrl: str("logo_url"),
  signInMethod: oneOf("sign_in_method", ["MAGIC_LINK", "PASSWORD"]).notNull().default("MAGIC_LINK"),
  inviteExpiryDays: int("invite_expiry_days").notNull().default(7),
  resendCooldownHours: int("resend_cooldown_hours").notNull().default(24),
  /** Automatic reminders of an invite not accepted yet, in the facility's daytime hours. */
  inviteRemindersEnabled: bool("invite_reminders_enabled").notNull().default(true),
  /** Days after the invite on which a reminder goes out: up to three distinct, ascending, "3,7". */
  inviteReminderDays: str("invite_reminder_days").notNull().default("3,7"),
  welcomeMessage: str("welcome_message"),
  /** Portal sections customers see (DESIGN §4 Settings → Portal); the server refuses the others. */
  sectionVehicles: bool("section_vehicles").notNull().default(true),
  sectionBilling: bool("section_billing").notNull().default(true),
  sectionDocuments: bool("section_documents").notNull().default(true),
  sectionEvents: bool("section_events").notNull().default(true),
  sectionMessages: bool("section_messages").notNull().default(true),
  sectionEstimates: bool("section_estimates").notNull().default(true),
  sectionServiceRequests: bool("section_service_requests").notNull().default(true),
  /** Onboarding steps after a customer's first sign-in. */
  onboardingSignContracts: bool("onboarding_sign_contracts").notNull().default(false),
  onboardingPaymentMethod: bool("onboarding_payment_method").notNull().default(false),
  onboardingCompleteProfile: bool("onboarding_complete_profile").notNull().default(false),
  logoFileId: int("logo_file_id"),
  /** Shown in the portal's billing section when the facility takes no online payments. */
  offlinePaymentInstructions: str("offline_payment_instructions"),
  /** Stripe secret key for this facility's account; online payments are off without it. */
  stripeSecretKey: str("stripe_secret_key"),
  stripeWebhookSecret: str("stripe_webhook_secret"),
  allowEstimateLineChoice: bool("allow_estimate_line_choice").notNull().default(true),
  /** IANA zone: event times in emails and the portal, and the local day that "today" and "overdue" mean. */
  timeZone: str("time_zone").notNull().default("America/New_York"),
  /** ISO 3166 alpha-2: the country a phone number typed without "+" belongs to. */
  country: str("country").notNull().default("US"),
  /** When an admin put the dashboard's "Getting started" checklist away; null while it shows. */
  gettingStartedDismissedAt: timestamp("getting_started_dismissed_at"),
  /**
   * Reminders of what needs the customer (Settings → Portal → Reminders, docs/decisions/0035):
   * each kind on or off, with its timing in days.
   */
  reminderContracts: bool("reminder_contracts").notNull().default(true),
  reminderContractsAfterDays: int("reminder_contracts_after_days").notNull().default(3),
  reminderInvoicesDue: bool("reminder_invoices_due").notNull().default(true),
  reminderInvoicesDueDays: int("reminder_invoices_due_days").notNull().default(3),
  reminderInvoicesOverdue: bool("reminder_invoices_overdue").notNull().default(true),
  reminderEstimates: bool("reminder_estimates").notNull().default(true),
  reminderEstimatesAfterDays: int("reminder_estimates_after_days").notNull().default(3),
  reminderEvents: bool("reminder_events").notNull().default(true),
  createdAt: createdAt(),
});

export const staffUsers = table("staff_users", {
  id: id(),
  facilityId: int("facility_id")
    .notNull()
    .references(() => facilities.id),
  email: str("email").notNull().unique(),
  name: str("name").notNull(),
  role: oneOf("role", ["ADMIN", "STAFF"]).notNull(),
  /**
   * scrypt hash; "" while the person is invited and has not chosen one (no hash ever matches it).
   * The column predates invitations, and SQLite could only drop its NOT NULL by rebuilding the table
   * that sessions, invitations and audit lines reference.
   */
  passwordHash: str("password_hash").notNull(),
  /** INVITED until the invite link is used; DEACTIVATED people cannot sign in and have no sessions. */
  status: oneOf("status", ["INVITED", "ACTIVE", "DEACTIVATED"]).notNull().default("ACTIVE"),
  /** Last sign-in or request, written at most every few minutes. */
  lastActiveAt: timestamp("last_active_at"),
  createdAt: createdAt(),
});

export const customers = table(
  "customers",
  {
    id: id(),
    facilityId: int("facility_id")
      .notNull()
      .references(() => facilities.id),
    name: str("name").notNull(),
    /** lower-cased name: the Contacts list's sort key, with id as tie-breaker for keyset paging. */
    sortName: sortKey("sort_name").notNull(),
    email: str("email"),
    /** E.164 ("+12075550148"); text from before numbers were checked is kept as typed. */
    phone: str("phone"),
    /** international digits of phone ("12075550148"): any common way of typing it is a substring. */
    phoneDigits: str("phone_digits"),
    address: str("address"),
    notes: str("notes"),
    stripeCustomerId: str("stripe_customer_id"),
    paymentMethodConnected: bool("payment_method_connected").notNull().default(false),
    // The saved card as Stripe last described it ("visa", "4242", "08/2028"), so pages need not ask Stripe.
    cardBrand: str("card_brand"),
    cardLast4: str("card_last4"),
    cardExpires: str("card_expires"),
    ...communicationPreferences(),
    ...textPreferences(),
    /** The newest invitation for the customer themself; kept in the invitation's transaction. */
    latestInvitationId: int("latest_invitation_id"),
    /**
     * How far the person got into the portal, kept by database triggers on invitations and portal
     * accounts: 0 not invited, 1 invited, 2 delivered, 3 opened the link, 4 signed in. It only rises.
     */
    adoptionStage: int("adoption_stage").notNull().default(0),
    /** When the person was first invited, kept by the same triggers: the adoption chart's week. */
    firstInvitedAt: timestamp("first_invited_at"),
    /**
     * Set while the customer is archived: out of every list, search and count staff see, their
     * people signed out and unable to sign in; restoring clears it (docs/decisions/0029).
     */
    archivedAt: timestamp("archived_at"),
    createdAt: createdAt(),
    updatedAt: timestampNow("updated_at"),
  },
  (t) => [
    // The Contacts order, holding the columns a search checks (and whether the customer is
    // archived) so a search's walk along it reads the index alone (docs/decisions/0022-customer-search-plan.md).
    // Only the customers staff see: every read of the order says `archived_at IS NULL`.
    index("customers_facility_sort")
      .on(t.facilityId, t.sortName, t.id, t.email, t.phoneDigits, t.archivedAt)
      .where(sql`archived_at IS NULL`),
    // The archived customers in the Contacts order: the few of them, without walking the others.
    index("customers_facility_archived").on(t.facilityId, t.sortName, t.id).where(sql`archived_at IS NOT NULL`),
    // Finding who else has an address (the duplicate-email warning) without reading every customer.
    index("customers_facility_email").on(t.facilityId, t.email),
    // Who a number typed on the portal's "Text me a link" belongs to, within one facility.
    index("customers_facility_phone").on(t.facilityId, t.phone),
    // The adoption funnel's counts by stage and its weekly chart, read from the index alone (SQLite
    // reads archived_at from the index to check the WHERE, even though the index only holds NULLs).
    index("customers_facility_adoption")
      .on(t.facilityId, t.firstInvitedAt, t.adoptionStage, t.archivedAt)
      .where(sql`archived_at IS NULL`),
  ],
);

/**
 * How many customers each facility has: the Contacts total, read by key instead of counting every
 * customer per page. Database triggers keep it exact (a row per facility, made with the facility;
 * customers' inserts and deletes move it), so every writer — services, seeds, imports, a copy —
 * counts alike. A table of its own, not a column of facilities: a customer's insert locks this row,
 * never the facility's (docs/decisions/0023-facility-customer-counter.md).
 */
export const facilityCustomerCounts = table(
  "facility_customer_counts",
  {
    facilityId: int("facility_id")
      .notNull()
      .references(() => facilities.id, { onDelete: "cascade" }),
    customers: int("customers").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.facilityId] })],
);

/**
 * Changes to the adoption funnel's counts, one row per person moving in or out of a count: written
 * by triggers on customers and contacts (SQLite 0035, PostgreSQL 0023) as appends, so no request
 * waits on a shared counter row; folded into adoption_counts and adoption_weeks by
 * adoption-counts.service.ts, and read beside them until then (docs/decisions/0045-adoption-counts.md).
 */
export const adoptionChanges = table(
  "adoption_changes",
  {
    id: id(),
    facilityId: int("facility_id")
      .notNull()
      .references(() => facilities.id, { onDelete: "cascade" }),
    stage: int("stage").notNull(),
    /** 1 when the person has an email or phone on record. */
    reachable: int("reachable").notNull(),
    firstInvitedAt: timestamp("first_invited_at"),
    /** +1 or -1. */
    people: int("people").notNull(),
  },
  (t) => [index("adoption_changes_facility").on(t.facilityId, t.id)],
);

/** The funnel's people per facility, stage and reachability, as of the changes folded so far. */
export const adoptionCounts = table(
  "adoption_counts",
  {
    facilityId: int("facility_id")
      .notNull()
      .references(() => facilities.id, { onDelete: "cascade" }),
    stage: int("stage").notNull(),
    reachable: int("reachable").notNull(),
    people: int("people").notNull(),
  },
  (t) => [primaryKey({ columns: [t.facilityId, t.stage, t.reachable] })],
);

/**
 * The funnel's people by the week of their first invite (its Monday on the facility's clock) and
 * stage, as of the changes folded so far; counted again when the facility's time zone changes.
 */
export const adoptionWeeks = table(
  "adoption_weeks",
  {
    facilityId: int("facility_id")
      .notNull()
      .references(() => facilities.id, { onDelete: "cascade" }),
    weekStart: str("week_start").notNull(),
    stage: int("stage").notNull(),
    people: int("people").notNull(),
  },
  (t) => [primaryKey({ columns: [t.facilityId, t.weekStart, t.stage] })],
);

export const contacts = table(
  "contacts",
  {
    id: id(),
    facilityId: int("facility_id")
      .notNull()
      .references(() => facilities.id),
    customerId: int("customer_id")
      .notNull()
      .references(() => customers.id, { onDelete: "cascade" }),
    name: str("name").notNull(),
    email: str("email"),
    phone: str("phone"),
    role: oneOf("role", ["SPOUSE", "ASSISTANT", "BOOKKEEPER", "VEHICLE_HANDLER", "OTHER"]).notNull().default("OTHER"),
    canAccessPortal: bool("can_access_portal").notNull().default(false),
    ...communicationPreferences(),
    ...textPreferences(),
    latestInvitationId: int("latest_invitation_id"),
    /**
     * How far the person got into the portal, kept by database triggers on invitations and portal
     * accounts: 0 not invited, 1 invited, 2 delivered, 3 opened the link, 4 signed in. It only rises.
     */
    adoptionStage: int("adoption_stage").notNull().default(0),
    /** When the person was first invited, kept by the same triggers: the adoption chart's week. */
    firstInvitedAt: timestamp("first_invited_at"),
    createdAt: createdAt(),
  },
  (t) => [
    index("contacts_customer").on(t.customerId),
    index("contacts_facility_phone").on(t.facilityId, t.phone),
    // The adoption funnel's people who are contacts: those who may use the portal.
    index("contacts_facility_adoption").on(t.facilityId, t.canAccessPortal, t.firstInvitedAt, t.adoptionStage),
  ],
);

export const carStatuses = ["IN_STORAGE", "OUT", "IN_SERVICE", "IN_TRANSIT"] as const;

export const cars = table(
  "cars",
  {
    id: id(),
    facilityId: int("facility_id")
      .notNull()
      .references(() => facilities.id),
    customerId: int("customer_id")
      .notNull()
      .references(() => customers.id, { onDelete: "cascade" }),
    year: int("year"),
    make: str("make").notNull(),
    model: str("model").notNull(),
    vin: str("vin"),
    plate: str("plate"),
    color: str("color"),
    status: oneOf("status", carStatuses).notNull().default("IN_STORAGE"),
    location: str("location"),
    createdAt: createdAt(),
  },
  (t) => [index("cars_customer").on(t.customerId, t.id)],
);

export const invoices = table(
  "invoices",
  {
    id: id(),
    facilityId: int("facility_id")
      .notNull()
      .references(() => facilities.id),
    customerId: int("customer_id")
      .notNull()
      .references(() => customers.id, { onDelete: "cascade" }),
    number: str("number").notNull(),
    issuedOn: str("issued_on").notNull(),
    dueOn: str("due_on"),
    status: oneOf("status", ["DRAFT", "OPEN", "PAID", "VOID"]).notNull(),
    totalCents: int("total_cents").notNull(),
    balanceCents: int("balance_cents").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    // The facility is in the key although a customer belongs to one: every read is scoped
    // (facility_id = ? AND customer_id = ?), and with only customer_id here the planner may take the
    // facility's number index instead and read all of the facility's invoices.
    index("invoices_customer").on(t.customerId, t.facilityId, t.issuedOn),
    // The API's list of every invoice, newest first by id: a keyset walk of one index.
    index("invoices_facility_newest").on(t.facilityId, t.id),
    uniqueIndex("invoices_facility_number").on(t.facilityId, t.number),
    // The reminders' walk along a facility's open invoices by due date, never over all of them.
    // Partial, so that a customer's reads (status bound as a parameter) cannot pick it over
    // invoices_customer: SQLite, without statistics, prefers the longer range it offers.
    index("invoices_facility_due").on(t.facilityId, t.dueOn, t.id).where(sql`status = 'OPEN'`),
  ],
);

export const invitations = table(
  "invitations",
  {
    id: id(),
    facilityId: int("facility_id")
      .notNull()
      .references(() => facilities.id),
    customerId: int("customer_id")
      .notNull()
      .references(() => customers.id, { onDelete: "cascade" }),
    /** null: the customer themself; otherwise the sub-contact invited. */
    contactId: int("contact_id").references(() => contacts.id, { onDelete: "cascade" }),
    /**
     * The address the invite was emailed to; "" for an invite that went by text only. Not nullable:
     * SQLite would rebuild the table (and drop its adoption triggers) to change that (docs/decisions/0038).
     */
    email: str("email").notNull(),
    invitedByStaffId: int("invited_by_staff_id").references(() => staffUsers.id),
    expiresAt: timestamp("expires_at").notNull(),
    /** PENDING until accepted; VOID once superseded by a newer invite or an email change. */
    state: oneOf("state", ["PENDING", "ACCEPTED", "VOID"]).notNull().default("PENDING"),
    voidReason: oneOf("void_reason", ["RESENT", "EMAIL_CHANGED", "PHONE_CHANGED", "ACCESS_REMOVED"]),
    deliveryState: oneOf("delivery_state", ["QUEUED", "SENT", "DELIVERED", "BOUNCED", "FAILED"])
      .notNull()
      .default("QUEUED"),
    deliveryDetail: str("delivery_detail"),
    deliveryUpdatedAt: timestamp("delivery_updated_at"),
    /** How the invite reached the person: by the outbox's email and/or text, or shown to staff in person. */
    deliveredVia: oneOf("delivered_via", ["EMAIL", "TEXT", "EMAIL_AND_TEXT", "QR_CODE", "COPIED_LINK"])
      .notNull()
      .default("EMAIL"),
    /** The number the invite was texted to (E.164); null when it went by email only. */
    phone: str("phone"),
    linkOpenedAt: timestamp("link_opened_at"),
    acceptedAt: timestamp("accepted_at"),
    /** Reminders of this invite claimed so far: a reminder is claimed by moving it from k to k + 1. */
    reminderCount: int("reminder_count").notNull().default(0),
    lastReminderAt: timestamp("last_reminder_at"),
    /** Staff stopped the reminders of this invite. */
    remindersStoppedAt: timestamp("reminders_stopped_at"),
    remindersStoppedByStaffId: int("reminders_stopped_by_staff_id").references(() => staffUsers.id),
    createdAt: createdAt(),
  },
  (t) => [
    index("invitations_person").on(t.customerId, t.contactId, t.id),
    // The API's list of every invite, newest first by id.
    index("invitations_facility_newest").on(t.facilityId, t.id),
    // A facility's pending invites by age: the adoption page's list of people still waiting (a keyset
    // with id last) and the reminder job's walk of the last 30 days' invites.
    index("invitations_facility_pending").on(t.facilityId, t.state, t.createdAt, t.id),
  ],
);

/**
 * Single-use sign-in links (invites and "email me a link"). The token itself is never stored:
 * the outbox worker mints it at send time and keeps only its SHA-256 in sign_in_link_tokens
 * (docs/decisions/0003). Only a person's latest link is open: making one voids the others.
 */
export const signInLinks = table(
  "sign_in_links",
  {
    id: id(),
    facilityId: int("facility_id")
      .notNull()
      .references(() => facilities.id),
    customerId: int("customer_id")
      .notNull()
      .references(() => customers.id, { onDelete: "cascade" }),
    contactId: int("contact_id").references(() => contacts.id, { onDelete: "cascade" }),
    invitationId: int("invitation_id").references(() => invitations.id, { onDelete: "cascade" }),
    purpose: oneOf("purpose", ["INVITE", "SIGN_IN"]).notNull(),
    email: str("email").notNull(),
    codeAttempts: int("code_attempts").notNull().default(0),
    expiresAt: timestamp("expires_at").notNull(),
    consumedAt: timestamp("consumed_at"),
    voidedAt: timestamp("voided_at"),
    createdAt: createdAt(),
  },
  (t) => [
    index("sign_in_links_email").on(t.email, t.id),
    index("sign_in_links_person").on(t.customerId, t.contactId),
    // A pending invite's status asks whether any link still carries it (portal-status.ts).
    index("sign_in_links_invitation").on(t.invitationId),
  ],
);

/**
 * The tokens and codes minted for a link, one pair per email sent. A crash can make the worker
 * send one message twice; each copy carries its own token, all of them open the same link, and
 * using the link (or voiding it) ends every one of them.
 */
export const signInLinkTokens = table(
  "sign_in_link_tokens",
  {
    id: id(),
    linkId: int("link_id")
      .notNull()
      .references(() => signInLinks.id, { onDelete: "cascade" }),
    tokenHash: str("token_hash").notNull().unique(),
    /** hashCode(linkId, code) of the code printed beside this token. */
    codeHash: str("code_hash").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("sign_in_link_tokens_link").on(t.linkId)],
);

export const portalAccounts = table(
  "portal_accounts",
  {
    id: id(),
    facilityId: int("facility_id")
      .notNull()
      .references(() => facilities.id),
    customerId: int("customer_id")
      .notNull()
      .references(() => customers.id, { onDelete: "cascade" }),
    contactId: int("contact_id").references(() => contacts.id, { onDelete: "cascade" }),
    /** 0 stands for "the customer themself" so the pair can be unique (NULLs never collide). */
    personKey: int("person_key").notNull(),
    passwordHash: str("password_hash"),
    activatedAt: timestamp("activated_at").notNull(),
    lastSignInAt: timestamp("last_sign_in_at"),
    /** The latest of its sign-ins and its sessions' use, kept by a trigger on sessions: "active" on the adoption page. */
    lastActiveAt: timestamp("last_active_at"),
    /** When the person finished (or skipped) the facility's onboarding steps. */
    onboardedAt: timestamp("onboarded_at"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("portal_accounts_person").on(t.customerId, t.personKey),
    index("portal_accounts_facility_active").on(t.facilityId, t.lastActiveAt),
  ],
);

export const sessions = table(
  "sessions",
  {
    /** SHA-256 of the cookie value; the value itself is only ever in the browser. */
    idHash: str("id_hash").primaryKey(),
    kind: oneOf("kind", ["STAFF", "PORTAL"]).notNull(),
    facilityId: int("facility_id")
      .notNull()
      .references(() => facilities.id),
    staffUserId: int("staff_user_id").references(() => staffUsers.id, { onDelete: "cascade" }),
    portalAccountId: int("portal_account_id").references(() => portalAccounts.id, { onDelete: "cascade" }),
    /** Staff "preview as customer": a read-only portal session for this person, started by this staff user. */
    previewCustomerId: int("preview_customer_id").references(() => customers.id, { onDelete: "cascade" }),
    previewContactId: int("preview_contact_id").references(() => contacts.id, { onDelete: "cascade" }),
    previewByStaffId: int("preview_by_staff_id").references(() => staffUsers.id, { onDelete: "cascade" }),
    expiresAt: timestamp("expires_at").notNull(),
    lastSeenAt: timestamp("last_seen_at").notNull(),
    /**
     * Set when staff end a portal session (the contact's access was turned off): the row stays until
     * the browser's next request, which is refused with the reason, so the person is told why.
     */
    endedBecause: oneOf("ended_because", ["ACCESS_REMOVED"]),
    /** The browser's User-Agent header when the session started (bounded), for "where you're signed in". */
    userAgent: str("user_agent"),
    /** The client address the session started from, as the trusted proxies tell it. */
    ip: str("ip"),
    createdAt: createdAt(),
  },
  (t) => [index("sessions_portal_account").on(t.portalAccountId), index("sessions_staff_user").on(t.staffUserId)],
);

/**
 * Facts about the database itself, one row per key. `demo_seed`: the demo seed created this
 * database, the one condition under which demo credentials may ever be shown.
 */
export const databaseFacts = table("database_facts", {
  key: str("key").primaryKey(),
  value: str("value").notNull(),
  createdAt: createdAt(),
});

/** Fixed-window counters for rate limits; in the database so they hold across restarts and servers. */
export const rateLimits = table("rate_limits", {
  key: str("key").primaryKey(),
  count: int("count").notNull(),
  resetAt: timestamp("reset_at").notNull(),
});

/**
 * A staff member's invite or password-reset link. As with sign-in links, no token is stored: the
 * outbox worker mints one per email sent (staff_link_tokens keeps its SHA-256), and only a person's
 * latest link is open: making one voids the others.
 */
export const staffLinks = table(
  "staff_links",
  {
    id: id(),
    facilityId: int("facility_id")
      .notNull()
      .references(() => facilities.id),
    staffUserId: int("staff_user_id")
      .notNull()
      .references(() => staffUsers.id, { onDelete: "cascade" }),
    purpose: oneOf("purpose", ["INVITE", "PASSWORD_RESET"]).notNull(),
    expiresAt: timestamp("expires_at").notNull(),
    consumedAt: timestamp("consumed_at"),
    voidedAt: timestamp("voided_at"),
    createdAt: createdAt(),
  },
  (t) => [index("staff_links_staff_user").on(t.staffUserId, t.id)],
);

/** The SHA-256 of each token sent for a staff link: every copy of one email opens the same link. */
export const staffLinkTokens = table(
  "staff_link_tokens",
  {
    id: id(),
    linkId: int("link_id")
      .notNull()
      .references(() => staffLinks.id, { onDelete: "cascade" }),
    tokenHash: str("token_hash").notNull().unique(),
    createdAt: createdAt(),
  },
  (t) => [index("staff_link_tokens_link").on(t.linkId)],
);

/**
 * A facility sign-up waiting for its email to be confirmed: nothing usable exists until then. The
 * password is kept only as its hash; the confirmation link's token is minted by the outbox worker
 * (facility_sign_up_tokens keeps its SHA-256), and only an address's latest sign-up is open.
 */
export const facilitySignUps = table(
  "facility_sign_ups",
  {
    id: id(),
    facilityName: str("facility_name").notNull(),
    timeZone: str("time_zone").notNull(),
    country: str("country").notNull(),
    adminName: str("admin_name").notNull(),
    adminEmail: str("admin_email").notNull(),
    passwordHash: str("password_hash").notNull(),
    expiresAt: timestamp("expires_at").notNull(),
    consumedAt: timestamp("consumed_at"),
    voidedAt: timestamp("voided_at"),
    /** The facility the confirmation created. */
    facilityId: int("facility_id").references(() => facilities.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index("facility_sign_ups_email").on(t.adminEmail, t.id), index("facility_sign_ups_expiry").on(t.expiresAt)],
);

/** The SHA-256 of each token sent for a sign-up: every copy of the email opens the same sign-up. */
export const facilitySignUpTokens = table(
  "facility_sign_up_tokens",
  {
    id: id(),
    signUpId: int("sign_up_id")
      .notNull()
      .references(() => facilitySignUps.id, { onDelete: "cascade" }),
    tokenHash: str("token_hash").notNull().unique(),
    createdAt: createdAt(),
  },
  (t) => [index("facility_sign_up_tokens_sign_up").on(t.signUpId)],
);

export const emailOutbox = table(
  "email_outbox",
  {
    id: id(),
    /** Null only for a facility sign-up's confirmation, sent before the facility exists. */
    facilityId: int("facility_id").references(() => facilities.id),
    kind: oneOf("kind", [
      "INVITE",
      "SIGN_IN_LINK",
      "INVOICE",
      "ESTIMATE",
      "EVENT",
      "CAR_UPDATE",
      "CONTRACT",
      "MESSAGE",
      "STAFF_INVITE",
      "STAFF_PASSWORD_RESET",
      "FACILITY_SIGN_UP",
      "INVITE_REMINDER",
      "CARE_REMINDER",
      "WEBHOOK_TURNED_OFF",
    ]).notNull(),
    toEmail: str("to_email").notNull(),
    /** Notifications are rendered when queued (they hold no secrets); sign-in emails at send time. */
    subject: str("subject"),
    htmlBody: str("html_body"),
    textBody: str("text_body"),
    signInLinkId: int("sign_in_link_id").references(() => signInLinks.id, { onDelete: "cascade" }),
    invitationId: int("invitation_id").references(() => invitations.id, { onDelete: "cascade" }),
    /** A staff invite or password reset: its token is minted at send time, like a sign-in link's. */
    staffLinkId: int("staff_link_id").references(() => staffLinks.id, { onDelete: "cascade" }),
    /** A facility sign-up's confirmation: its token is minted at send time too. */
    facilitySignUpId: int("facility_sign_up_id").references(() => facilitySignUps.id, { onDelete: "cascade" }),
    status: oneOf("status", ["PENDING", "SENT", "FAILED"]).notNull().default("PENDING"),
    attempts: int("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at").notNull(),
    leaseOwner: str("lease_owner"),
    leaseUntil: timestamp("lease_until"),
    providerMessageId: str("provider_message_id"),
    lastErrorCode: int("last_error_code"),
    lastError: str("last_error"),
    sentAt: timestamp("sent_at"),
    createdAt: createdAt(),
  },
  (t) => [
    index("email_outbox_due").on(t.status, t.nextAttemptAt),
    index("email_outbox_provider_message").on(t.providerMessageId),
    // Whether an address failed for good (reminders skip it): only the few failed rows are indexed.
    index("email_outbox_failed_to").on(t.toEmail, t.status, t.lastErrorCode).where(sql`status = 'FAILED'`),
  ],
);

/** Where emails land when no Postmark token is configured: the developer's inbox at /dev/mailbox. */
export const devMailbox = table("dev_mailbox", {
  id: id(),
  /** EMAIL, or TEXT for a text sent with no SMS provider configured (to_email holds the number). */
  channel: oneOf("channel", ["EMAIL", "TEXT"]).notNull().default("EMAIL"),
  outboxId: int("outbox_id"),
  fromEmail: str("from_email").notNull(),
  toEmail: str("to_email").notNull(),
  subject: str("subject").notNull(),
  htmlBody: str("html_body").notNull(),
  textBody: str("text_body").notNull(),
  createdAt: createdAt(),
});

/**
 * Texts to send and what became of them: the outbox of texts (claimed under a lease like emails) and
 * the provider's delivery status, which its status callback moves on. Sign-in texts (invites,
 * reminders, sign-in links) are written without a body: the worker mints their token at send time.
 */
export const textOutbox = table(
  "text_outbox",
  {
    id: id(),
    facilityId: int("facility_id")
      .notNull()
      .references(() => facilities.id),
    kind: oneOf("kind", ["INVITE", "INVITE_REMINDER", "SIGN_IN_LINK", "CARE_REMINDER"]).notNull(),
    toPhone: str("to_phone").notNull(),
    /** Rendered when queued for texts that hold no secret; null for sign-in texts. */
    body: str("body"),
    signInLinkId: int("sign_in_link_id").references(() => signInLinks.id, { onDelete: "cascade" }),
    invitationId: int("invitation_id").references(() => invitations.id, { onDelete: "cascade" }),
    status: oneOf("status", ["PENDING", "SENT", "FAILED"]).notNull().default("PENDING"),
    attempts: int("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at").notNull(),
    leaseOwner: str("lease_owner"),
    leaseUntil: timestamp("lease_until"),
    /** The provider's message SID. */
    providerMessageId: str("provider_message_id"),
    deliveryStatus: oneOf("delivery_status", ["QUEUED", "SENT", "DELIVERED", "FAILED", "UNDELIVERED"])
      .notNull()
      .default("QUEUED"),
    deliveryDetail: str("delivery_detail"),
    deliveryUpdatedAt: timestamp("delivery_updated_at"),
    lastError: str("last_error"),
    sentAt: timestamp("sent_at"),
    createdAt: createdAt(),
  },
  (t) => [
    index("text_outbox_due").on(t.status, t.nextAttemptAt),
    index("text_outbox_provider_message").on(t.providerMessageId),
    index("text_outbox_invitation").on(t.invitationId),
    // The texts a number was sent in a facility: a texted code's links, the person's recent texts.
    index("text_outbox_facility_phone").on(t.facilityId, t.toPhone, t.id),
  ],
);

/**
 * Numbers that replied STOP (or START after it) to the deployment's sending number. Kept per number,
 * not per facility: the provider blocks a number that opted out from every text of that sender.
 */
export const smsOptOuts = table("sms_opt_outs", {
  phone: str("phone").primaryKey(),
  /** OPTED_OUT after STOP and its synonyms; OPTED_IN after START. */
  state: oneOf("state", ["OPTED_OUT", "OPTED_IN"]).notNull(),
  optedOutAt: timestamp("opted_out_at"),
  optedInAt: timestamp("opted_in_at"),
  updatedAt: timestamp("updated_at").notNull(),
});

/** The invite timeline staff see: queued → sent → delivered / bounced → link opened → signed in. */
export const invitationEvents = table(
  "invitation_events",
  {
    id: id(),
    invitationId: int("invitation_id")
      .notNull()
      .references(() => invitations.id, { onDelete: "cascade" }),
    kind: oneOf("kind", [
      "QUEUED",
      "SENT",
      "DELIVERED",
      "BOUNCED",
      "SPAM_COMPLAINT",
      "FAILED",
      "LINK_OPENED",
      "SIGNED_IN",
      "REMINDER_SENT",
      "REMINDERS_STOPPED",
      "QR_CODE_SHOWN",
      "LINK_COPIED",
      "TEXT_SENT",
      "TEXT_DELIVERED",
      "TEXT_FAILED",
      "TEXT_INSTEAD",
    ]).notNull(),
    detail: str("detail"),
    at: timestamp("at").notNull(),
  },
  (t) => [index("invitation_events_invitation").on(t.invitationId, t.at)],
);

/** Webhook deliveries already applied, so a repeated event changes nothing. */
export const webhookEvents = table("webhook_events", {
  key: str("key").primaryKey(),
  receivedAt: timestamp("received_at").notNull(),
});

export const bulkInviteJobs = table(
  "bulk_invite_jobs",
  {
    id: id(),
    facilityId: int("facility_id")
      .notNull()
      .references(() => facilities.id),
    createdByStaffId: int("created_by_staff_id")
      .notNull()
      .references(() => staffUsers.id),
    source: oneOf("source", ["SELECTION", "CSV"]).notNull(),
    fileName: str("file_name"),
    /** PREVIEW until staff confirm; RUNNING while the runner works through it in chunks. */
    status: oneOf("status", ["PREVIEW", "RUNNING", "DONE", "CANCELLED"]).notNull().default("PREVIEW"),
    total: int("total").notNull(),
    toInvite: int("to_invite").notNull(),
    /** Of those, the people the invite will reach by text (alone or beside an email). */
    toText: int("to_text").notNull().default(0),
    processed: int("processed").notNull().default(0),
    sent: int("sent").notNull().default(0),
    skipped: int("skipped").notNull().default(0),
    leaseUntil: timestamp("lease_until"),
    startedAt: timestamp("started_at"),
    finishedAt: timestamp("finished_at"),
    createdAt: createdAt(),
  },
  (t) => [index("bulk_invite_jobs_status").on(t.status, t.leaseUntil)],
);

export const bulkInviteRows = table(
  "bulk_invite_rows",
  {
    id: id(),
    jobId: int("job_id")
      .notNull()
      .references(() => bulkInviteJobs.id, { onDelete: "cascade" }),
    /** Line in the uploaded file (header is line 1), or the position in the selection. */
    line: int("line").notNull(),
    customerId: int("customer_id").references(() => customers.id, { onDelete: "set null" }),
    name: str("name"),
    email: str("email"),
    /** The number a planned invite will be texted to (E.164), when it goes by text. */
    phone: str("phone"),
    /** INVITE, or why the row is skipped: NO_EMAIL, INVALID_EMAIL, IN_PORTAL, COOLDOWN, DUPLICATE, NOT_FOUND, UNREADABLE. */
    plan: oneOf("plan", [
      "INVITE",
      "NO_EMAIL",
      "INVALID_EMAIL",
      "IN_PORTAL",
      "COOLDOWN",
      "DUPLICATE",
      "NOT_FOUND",
      "UNREADABLE",
    ]).notNull(),
    result: oneOf("result", ["PENDING", "SENT", "SKIPPED"]).notNull().default("PENDING"),
    detail: str("detail"),
  },
  (t) => [index("bulk_invite_rows_job").on(t.jobId, t.id)],
);

/**
 * A customer import from a CSV: previewed (nothing written to customers), then run by the bulk job
 * runner in chunks under a lease, like a bulk invite (docs/decisions/0031-customer-import.md).
 */
export const customerImportJobs = table(
  "customer_import_jobs",
  {
    id: id(),
    facilityId: int("facility_id")
      .notNull()
      .references(() => facilities.id),
    createdByStaffId: int("created_by_staff_id")
      .notNull()
      .references(() => staffUsers.id),
    fileName: str("file_name"),
    /** PREVIEW until staff run it; RUNNING while the runner works through it in chunks. */
    status: oneOf("status", ["PREVIEW", "RUNNING", "DONE", "CANCELLED"]).notNull().default("PREVIEW"),
    total: int("total").notNull(),
    /** What the preview found: customers and cars to create, rows skipped as duplicates or errors. */
    newCustomers: int("new_customers").notNull().default(0),
    newCars: int("new_cars").notNull().default(0),
    duplicates: int("duplicates").notNull().default(0),
    errors: int("errors").notNull().default(0),
    /** What the run did so far. */
    processed: int("processed").notNull().default(0),
    customersCreated: int("customers_created").notNull().default(0),
    carsCreated: int("cars_created").notNull().default(0),
    skipped: int("skipped").notNull().default(0),
    leaseUntil: timestamp("lease_until"),
    startedAt: timestamp("started_at"),
    finishedAt: timestamp("finished_at"),
    createdAt: createdAt(),
  },
  (t) => [index("customer_import_jobs_status").on(t.status, t.leaseUntil)],
);

export const customerImportRows = table(
  "customer_import_rows",
  {
    id: id(),
    jobId: int("job_id")
      .notNull()
      .references(() => customerImportJobs.id, { onDelete: "cascade" }),
    /** Line in the uploaded file (the header is line 1); one row per line, in file order. */
    line: int("line").notNull(),
    /**
     * NEW_CUSTOMER: the first line of a customer, created with its car; SAME_CUSTOMER: a later line
     * of that customer (same email or phone) adding a car; DUPLICATE and ERROR are skipped.
     */
    plan: oneOf("plan", ["NEW_CUSTOMER", "SAME_CUSTOMER", "DUPLICATE", "ERROR"]).notNull(),
    /** The line of the customer's first row, for SAME_CUSTOMER and duplicates found in the file. */
    groupLine: int("group_line"),
    /** The facility's customer a DUPLICATE matched. */
    matchedCustomerId: int("matched_customer_id").references(() => customers.id, { onDelete: "set null" }),
    name: str("name"),
    email: str("email"),
    /** E.164, as customers store it. */
    phone: str("phone"),
    address: str("address"),
    notes: str("notes"),
    carMake: str("car_make"),
    carModel: str("car_model"),
    carYear: int("car_year"),
    carPlate: str("car_plate"),
    carColor: str("car_color"),
    carVin: str("car_vin"),
    /** Why the line is skipped, or what it matched. */
    detail: str("detail"),
    result: oneOf("result", ["PENDING", "CREATED", "SKIPPED"]).notNull().default("PENDING"),
    /** The customer the run created (or added the car to). */
    customerId: int("customer_id").references(() => customers.id, { onDelete: "set null" }),
  },
  (t) => [index("customer_import_rows_job").on(t.jobId, t.line)],
);

/**
 * Uploaded bytes (photos, thumbnails, documents, logos), kept in the database so app servers stay
 * stateless and a backup of the file is a backup of everything.
 */
export const files = table("files", {
  id: id(),
  facilityId: int("facility_id")
    .notNull()
    .references(() => facilities.id),
  fileName: str("file_name").notNull(),
  contentType: str("content_type").notNull(),
  size: int("size").notNull(),
  sha256: str("sha256").notNull(),
  data: bytes("data").notNull(),
  createdAt: createdAt(),
});

export const carPhotos = table(
  "car_photos",
  {
    id: id(),
    facilityId: int("facility_id")
      .notNull()
      .references(() => facilities.id),
    carId: int("car_id")
      .notNull()
      .references(() => cars.id, { onDelete: "cascade" }),
    fileId: int("file_id")
      .notNull()
      .references(() => files.id),
    thumbnailFileId: int("thumbnail_file_id")
      .notNull()
      .references(() => files.id),
    width: int("width").notNull(),
    height: int("height").notNull(),
    caption: str("caption"),
    createdAt: createdAt(),
  },
  (t) => [index("car_photos_car").on(t.carId, t.id)],
);

export const carEventKinds = [
  "MOVED",
  "WASHED",
  "SERVICED",
  "BATTERY_TENDED",
  "PICKED_UP",
  "DROPPED_OFF",
  "STATUS_CHANGED",
  "NOTE",
] as const;

/** A car's history: moved, washed, serviced, battery tended, picked up… */
export const carEvents = table(
  "car_events",
  {
    id: id(),
    facilityId: int("facility_id")
      .notNull()
      .references(() => facilities.id),
    carId: int("car_id")
      .notNull()
      .references(() => cars.id, { onDelete: "cascade" }),
    kind: oneOf("kind", carEventKinds).notNull(),
    notes: str("notes"),
    happenedAt: timestamp("happened_at").notNull(),
    staffUserId: int("staff_user_id").references(() => staffUsers.id),
    createdAt: createdAt(),
  },
  (t) => [index("car_events_car").on(t.carId, t.happenedAt)],
);

export const conditionReports = table(
  "condition_reports",
  {
    id: id(),
    facilityId: int("facility_id")
      .notNull()
      .references(() => facilities.id),
    carId: int("car_id")
      .notNull()
      .references(() => cars.id, { onDelete: "cascade" }),
    inspectedOn: str("inspected_on").notNull(),
    inspector: str("inspector").notNull(),
    odometer: int("odometer"),
    notes: str("notes"),
    /** Damage marks as JSON [{ x, y, note }] over a car outline (0–1 coordinates). */
    damageMarks: str("damage_marks"),
    createdAt: createdAt(),
  },
  (t) => [index("condition_reports_car").on(t.carId, t.inspectedOn)],
);

export const conditionReportPhotos = table("condition_report_photos", {
  id: id(),
  reportId: int("report_id")
    .notNull()
    .references(() => conditionReports.id, { onDelete: "cascade" }),
  fileId: int("file_id")
    .notNull()
    .references(() => files.id),
  thumbnailFileId: int("thumbnail_file_id")
    .notNull()
    .references(() => files.id),
});

export const invoiceLines = table(
  "invoice_lines",
  {
    id: id(),
    invoiceId: int("invoice_id")
      .notNull()
      .references(() => invoices.id, { onDelete: "cascade" }),
    description: str("description").notNull(),
    quantity: int("quantity").notNull().default(1),
    unitCents: int("unit_cents").notNull(),
    amountCents: int("amount_cents").notNull(),
    position: int("position").notNull().default(0),
  },
  (t) => [index("invoice_lines_invoice").on(t.invoiceId, t.position)],
);

export const payments = table(
  "payments",
  {
    id: id(),
    facilityId: int("facility_id")
      .notNull()
      .references(() => facilities.id),
    invoiceId: int("invoice_id")
      .notNull()
      .references(() => invoices.id, { onDelete: "cascade" }),
    amountCents: int("amount_cents").notNull(),
    method: oneOf("method", ["CARD", "CHECK", "CASH", "BANK_TRANSFER", "STRIPE", "OTHER"]).notNull(),
    reference: str("reference"),
    receivedOn: str("received_on").notNull(),
    stripeCheckoutSessionId: str("stripe_checkout_session_id").unique(),
    recordedByStaffId: int("recorded_by_staff_id").references(() => staffUsers.id),
    createdAt: createdAt(),
  },
  (t) => [index("payments_invoice").on(t.invoiceId)],
);

export const documents = table(
  "documents",
  {
    id: id(),
    facilityId: int("facility_id")
      .notNull()
      .references(() => facilities.id),
    customerId: int("customer_id")
      .notNull()
      .references(() => customers.id, { onDelete: "cascade" }),
    title: str("title").notNull(),
    kind: oneOf("kind", ["STORAGE_AGREEMENT", "LIABILITY_WAIVER", "AGREEMENT", "FILE"]).notNull(),
    fileId: int("file_id")
      .notNull()
      .references(() => files.id),
    sharedWithCustomer: bool("shared_with_customer").notNull().default(true),
    requiresSignature: bool("requires_signature").notNull().default(false),
    uploadedByStaffId: int("uploaded_by_staff_id").references(() => staffUsers.id),
    createdAt: createdAt(),
  },
  (t) => [
    index("documents_customer").on(t.customerId, t.createdAt),
    // The reminders' walk along a facility's documents shared on given days.
    index("documents_facility_created").on(t.facilityId, t.createdAt, t.id),
  ],
);

/** A typed-name e-signature, with what proves who signed which bytes, when and from where. */
export const documentSignatures = table(
  "document_signatures",
  {
    id: id(),
    documentId: int("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    customerId: int("customer_id")
      .notNull()
      .references(() => customers.id, { onDelete: "cascade" }),
    contactId: int("contact_id").references(() => contacts.id, { onDelete: "set null" }),
    signerName: str("signer_name").notNull(),
    typedName: str("typed_name").notNull(),
    documentSha256: str("document_sha256").notNull(),
    ip: str("ip").notNull(),
    userAgent: str("user_agent").notNull(),
    signedAt: timestamp("signed_at").notNull(),
  },
  (t) => [uniqueIndex("document_signatures_document").on(t.documentId)],
);

export const events = table(
  "events",
  {
    id: id(),
    facilityId: int("facility_id")
      .notNull()
      .references(() => facilities.id),
    /** null for a facility-wide social event, shown to every customer. */
    customerId: int("customer_id").references(() => customers.id, { onDelete: "cascade" }),
    carId: int("car_id").references(() => cars.id, { onDelete: "set null" }),
    kind: oneOf("kind", ["PICK_UP", "DROP_OFF", "DETAILING", "SERVICE", "SOCIAL", "OTHER"]).notNull(),
    title: str("title").notNull(),
    startsAt: timestamp("starts_at").notNull(),
    endsAt: timestamp("ends_at"),
    location: str("location"),
    notes: str("notes"),
    /** Bumped by every change: calendar apps replace their copy of the event when it grows (RFC 5545 SEQUENCE). */
    sequence: int("sequence").notNull().default(0),
    /** When staff last changed it; null until then (its creation is the last change). */
    updatedAt: timestamp("updated_at"),
    createdAt: createdAt(),
  },
  (t) => [index("events_customer").on(t.customerId, t.startsAt), index("events_facility").on(t.facilityId, t.startsAt)],
);

export const eventRsvps = table(
  "event_rsvps",
  {
    id: id(),
    eventId: int("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    customerId: int("customer_id")
      .notNull()
      .references(() => customers.id, { onDelete: "cascade" }),
    response: oneOf("response", ["GOING", "NOT_GOING", "MAYBE"]).notNull(),
    guests: int("guests").notNull().default(0),
    respondedAt: timestamp("responded_at").notNull(),
  },
  (t) => [uniqueIndex("event_rsvps_event_customer").on(t.eventId, t.customerId)],
);

/** One conversation per customer account, between its people and the facility's team. */
export const messages = table(
  "messages",
  {
    id: id(),
    facilityId: int("facility_id")
      .notNull()
      .references(() => facilities.id),
    customerId: int("customer_id")
      .notNull()
      .references(() => customers.id, { onDelete: "cascade" }),
    staffUserId: int("staff_user_id").references(() => staffUsers.id),
    portalAccountId: int("portal_account_id").references(() => portalAccounts.id, { onDelete: "set null" }),
    authorName: str("author_name").notNull(),
    body: str("body").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("messages_customer").on(t.customerId, t.id), index("messages_facility").on(t.facilityId, t.id)],
);

/** How far a reader has read a customer's conversation: staff as the team, portal people each. */
export const messageReads = table(
  "message_reads",
  {
    customerId: int("customer_id")
      .notNull()
      .references(() => customers.id, { onDelete: "cascade" }),
    /** "team" for the facility's staff, or "portal:<account id>". */
    reader: str("reader").notNull(),
    lastReadMessageId: int("last_read_message_id").notNull(),
  },
  (t) => [uniqueIndex("message_reads_reader").on(t.customerId, t.reader)],
);

export const estimates = table(
  "estimates",
  {
    id: id(),
    facilityId: int("facility_id")
      .notNull()
      .references(() => facilities.id),
    customerId: int("customer_id")
      .notNull()
      .references(() => customers.id, { onDelete: "cascade" }),
    carId: int("car_id").references(() => cars.id, { onDelete: "set null" }),
    number: str("number").notNull(),
    title: str("title").notNull(),
    status: oneOf("status", ["DRAFT", "SENT", "ACCEPTED", "PARTIALLY_ACCEPTED", "DECLINED", "INVOICED"])
      .notNull()
      .default("DRAFT"),
    sentAt: timestamp("sent_at"),
    respondedAt: timestamp("responded_at"),
    respondedByName: str("responded_by_name"),
    customerNote: str("customer_note"),
    invoiceId: int("invoice_id").references(() => invoices.id),
    createdAt: createdAt(),
  },
  (t) => [
    index("estimates_customer").on(t.customerId, t.id),
    uniqueIndex("estimates_facility_number").on(t.facilityId, t.number),
    // The reminders' walk along a facility's estimates waiting for an answer, by when they were sent.
    index("estimates_facility_sent").on(t.facilityId, t.status, t.sentAt, t.id),
  ],
);

export const estimateLines = table("estimate_lines", {
  id: id(),
  estimateId: int("estimate_id")
    .notNull()
    .references(() => estimates.id, { onDelete: "cascade" }),
  description: str("description").notNull(),
  quantity: int("quantity").notNull().default(1),
  unitCents: int("unit_cents").notNull(),
  amountCents: int("amount_cents").notNull(),
  /** The customer's answer per line, where the facility allows choosing lines. */
  accepted: bool("accepted"),
  position: int("position").notNull().default(0),
});

export const serviceRequests = table(
  "service_requests",
  {
    id: id(),
    facilityId: int("facility_id")
      .notNull()
      .references(() => facilities.id),
    customerId: int("customer_id")
      .notNull()
      .references(() => customers.id, { onDelete: "cascade" }),
    carId: int("car_id").references(() => cars.id, { onDelete: "set null" }),
    type: oneOf("type", ["DETAILING", "SERVICE", "REPAIR", "DELIVERY", "PICK_UP", "STORAGE_CHANGE", "OTHER"]).notNull(),
    notes: str("notes"),
    preferredDate: str("preferred_date"),
    status: oneOf("status", ["NEW", "SCHEDULED", "IN_PROGRESS", "DONE", "CANCELLED"]).notNull().default("NEW"),
    requestedByName: str("requested_by_name").notNull(),
    createdAt: createdAt(),
    updatedAt: timestampNow("updated_at"),
  },
  (t) => [
    index("service_requests_facility").on(t.facilityId, t.status, t.id),
    // The staff queue's closed run, done and cancelled together, newest first.
    index("service_requests_facility_closed").on(t.facilityId, t.id).where(sql`status IN ('DONE', 'CANCELLED')`),
    index("service_requests_customer").on(t.customerId, t.id),
  ],
);

export const serviceRequestUpdates = table(
  "service_request_updates",
  {
    id: id(),
    requestId: int("request_id")
      .notNull()
      .references(() => serviceRequests.id, { onDelete: "cascade" }),
    authorName: str("author_name").notNull(),
    fromStaff: bool("from_staff").notNull(),
    body: str("body"),
    status: oneOf("status", ["NEW", "SCHEDULED", "IN_PROGRESS", "DONE", "CANCELLED"]),
    createdAt: createdAt(),
  },
  (t) => [index("service_request_updates_request").on(t.requestId, t.id)],
);

/**
 * The audit log: who did what, when, to which customer or setting (DESIGN §11). The actor's name
 * is copied so the line still reads after they leave; when a customer is deleted for a privacy request
 * their lines stay without the person (no customer, no details), and the deletion's own line carries
 * no customer, only the name (docs/decisions/0034-customer-deletion-and-export.md).
 */
export const auditEvents = table(
  "audit_events",
  {
    id: id(),
    facilityId: int("facility_id")
      .notNull()
      .references(() => facilities.id),
    at: timestamp("at").notNull(),
    actorKind: oneOf("actor_kind", ["STAFF", "PORTAL", "SYSTEM", "API_KEY"]).notNull(),
    actorStaffUserId: int("actor_staff_user_id").references(() => staffUsers.id, { onDelete: "set null" }),
    actorPortalAccountId: int("actor_portal_account_id").references(() => portalAccounts.id, {
      onDelete: "set null",
    }),
    actorName: str("actor_name").notNull(),
    /** What happened: one of audit.service.ts's auditActions (checked there, not by the database). */
    action: str("action").notNull(),
    customerId: int("customer_id").references(() => customers.id, { onDelete: "cascade" }),
    /** A short label of what it happened to ("Michael Whitaker", "INV-0042", "Settings → Portal"). */
    subject: str("subject"),
    /** JSON object of the few facts that explain the line (old and new role, invite channel…). */
    details: str("details"),
  },
  (t) => [
    // Keyset pages, newest first by when it happened (id breaks ties): the whole facility, one
    // customer, one person, one kind — each page reads `first + 1` entries of one index.
    index("audit_events_facility").on(t.facilityId, t.at, t.id),
    index("audit_events_customer").on(t.facilityId, t.customerId, t.at, t.id),
    index("audit_events_staff").on(t.facilityId, t.actorStaffUserId, t.at, t.id),
    index("audit_events_action").on(t.facilityId, t.action, t.at, t.id),
    // A customer's sign-ins (one kind of their lines), newest first, for the portal and the customer page.
    index("audit_events_customer_action").on(t.facilityId, t.customerId, t.action, t.at, t.id),
  ],
);

/**
 * Passkeys (WebAuthn credentials) people sign in with, each of exactly one staff user or one portal
 * account. Only the public key is here; the private key never leaves the person's authenticator.
 */
export const passkeys = table(
  "passkeys",
  {
    id: id(),
    facilityId: int("facility_id")
      .notNull()
      .references(() => facilities.id),
    staffUserId: int("staff_user_id").references(() => staffUsers.id, { onDelete: "cascade" }),
    portalAccountId: int("portal_account_id").references(() => portalAccounts.id, { onDelete: "cascade" }),
    /** The customer whose portal account it opens (null for staff): a customer's rows all name them. */
    customerId: int("customer_id").references(() => customers.id, { onDelete: "cascade" }),
    /** The credential's id as browsers send it, base64url. */
    credentialId: str("credential_id").notNull(),
    /** The COSE public key the authenticator made at registration. */
    publicKey: bytes("public_key").notNull(),
    /** The authenticator's signature counter (0 for most synced passkeys, which keep none). */
    counter: bigInt("counter").notNull(),
    /** How the browser can reach the authenticator, comma-separated ("internal,hybrid"), as a hint for the next sign-in. */
    transports: str("transports").notNull(),
    /** The authenticator said the passkey is synced or backed up beyond this device. */
    backedUp: bool("backed_up").notNull(),
    name: str("name").notNull(),
    createdAt: createdAt(),
    lastUsedAt: timestamp("last_used_at"),
  },
  (t) => [
    uniqueIndex("passkeys_credential").on(t.credentialId),
    index("passkeys_staff_user").on(t.staffUserId),
    index("passkeys_portal_account").on(t.portalAccountId),
    index("passkeys_customer").on(t.customerId),
    check("passkeys_one_owner", sql`(${t.staffUserId} is null) <> (${t.portalAccountId} is null)`),
  ],
);

/**
 * Challenges handed to browsers for a passkey registration or sign-in, good for a few minutes and
 * once: a verification takes its challenge by deleting the row, so of two servers or twenty
 * parallel requests presenting one signed challenge, exactly one gets it.
 */
export const passkeyChallenges = table(
  "passkey_challenges",
  {
    /** base64url of 32 random bytes; what the authenticator signs. */
    challenge: str("challenge").primaryKey(),
    purpose: oneOf("purpose", ["REGISTER", "SIGN_IN"]).notNull(),
    app: oneOf("app", ["STAFF", "PORTAL"]).notNull(),
    /** A registration's owner: the signed-in person the new passkey will belong to. */
    staffUserId: int("staff_user_id").references(() => staffUsers.id, { onDelete: "cascade" }),
    portalAccountId: int("portal_account_id").references(() => portalAccounts.id, { onDelete: "cascade" }),
    expiresAt: timestamp("expires_at").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("passkey_challenges_expires").on(t.expiresAt)],
);

/**
 * The one reminder email a person of a customer's account got on a facility-local day: unique per
 * (customer, person, day), written in the transaction that queues the email, so of several servers
 * running the reminders at once exactly one sends it (docs/decisions/0035).
 */
export const careReminderDigests = table(
  "care_reminder_digests",
  {
    id: id(),
    facilityId: int("facility_id")
      .notNull()
      .references(() => facilities.id),
    customerId: int("customer_id")
      .notNull()
      .references(() => customers.id, { onDelete: "cascade" }),
    /** "customer" for the account holder, "contact:<id>" for a sub-contact. */
    person: str("person").notNull(),
    /** The facility-local day ("2026-03-02") the email belongs to. */
    localDay: str("local_day").notNull(),
    toEmail: str("to_email").notNull(),
    outboxId: int("outbox_id"),
    /** The number the day's reminder was texted to (E.164); null when it went by email alone. */
    toPhone: str("to_phone"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("care_reminder_digests_person_day").on(t.customerId, t.person, t.localDay)],
);

/** Each stage of each item a person was reminded of, once: an item's stage is never sent twice. */
export const careRemindersSent = table(
  "care_reminders_sent",
  {
    id: id(),
    facilityId: int("facility_id")
      .notNull()
      .references(() => facilities.id),
    customerId: int("customer_id")
      .notNull()
      .references(() => customers.id, { onDelete: "cascade" }),
    person: str("person").notNull(),
    itemKind: oneOf("item_kind", ["CONTRACT", "INVOICE", "ESTIMATE", "EVENT"]).notNull(),
    itemId: int("item_id").notNull(),
    /** Which reminder of the item: an invoice's 0 is "due soon", 1–3 overdue; a contract's 1–3. */
    stage: int("stage").notNull(),
    digestId: int("digest_id")
      .notNull()
      .references(() => careReminderDigests.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("care_reminders_sent_item").on(t.customerId, t.person, t.itemKind, t.itemId, t.stage)],
);

/**
 * A portal person's calendar subscription: the secret in its URL is only ever in the person's
 * calendar app; this keeps its SHA-256. One per portal account: a new link replaces the row's hash,
 * which voids the old one (docs/decisions/0040).
 */
export const calendarFeeds = table(
  "calendar_feeds",
  {
    id: id(),
    facilityId: int("facility_id")
      .notNull()
      .references(() => facilities.id),
    customerId: int("customer_id")
      .notNull()
      .references(() => customers.id, { onDelete: "cascade" }),
    portalAccountId: int("portal_account_id")
      .notNull()
      .references(() => portalAccounts.id, { onDelete: "cascade" }),
    tokenHash: str("token_hash").notNull(),
    createdAt: createdAt(),
    /** When a calendar app last fetched the feed, written every few minutes at most. */
    lastFetchedAt: timestamp("last_fetched_at"),
  },
  (t) => [
    uniqueIndex("calendar_feeds_token").on(t.tokenHash),
    uniqueIndex("calendar_feeds_portal_account").on(t.portalAccountId),
    index("calendar_feeds_customer").on(t.customerId),
  ],
);

/**
 * A facility's API key for an integrator (docs/decisions/0046): a Bearer secret shown once, kept
 * only as its SHA-256, with its last four characters for telling keys apart. Revoked keys stay
 * listed. Last use is written at most once a minute; first use once, with its audit line.
 */
export const apiKeys = table(
  "api_keys",
  {
    id: id(),
    facilityId: int("facility_id")
      .notNull()
      .references(() => facilities.id),
    name: str("name").notNull(),
    scope: oneOf("scope", ["READ_ONLY", "READ_WRITE"]).notNull(),
    tokenHash: str("token_hash").notNull(),
    hint: str("hint").notNull(),
    createdByStaffId: int("created_by_staff_id")
      .notNull()
      .references(() => staffUsers.id),
    createdAt: createdAt(),
    firstUsedAt: timestamp("first_used_at"),
    lastUsedAt: timestamp("last_used_at"),
    lastUsedIp: str("last_used_ip"),
    revokedAt: timestamp("revoked_at"),
    revokedByStaffId: int("revoked_by_staff_id").references(() => staffUsers.id),
  },
  (t) => [uniqueIndex("api_keys_token").on(t.tokenHash), index("api_keys_facility").on(t.facilityId, t.createdAt)],
);

/**
 * Where a facility's admins want events posted. The secret signs every delivery, so it is kept as
 * given (admins reveal it); the URL was checked against private addresses when saved and is
 * checked again at every send.
 */
export const webhookEndpoints = table(
  "webhook_endpoints",
  {
    id: id(),
    facilityId: int("facility_id")
      .notNull()
      .references(() => facilities.id),
    url: str("url").notNull(),
    description: str("description").notNull().default(""),
    /** JSON array of event type names (invitation.sent, …). */
    events: str("events").notNull(),
    secret: str("secret").notNull(),
    enabled: bool("enabled").notNull().default(true),
    /** Why Portico turned it off (failing for good); null when on or turned off by an admin. */
    disabledReason: str("disabled_reason"),
    /** Deliveries that failed for good one after another since the last success. */
    failedInARow: int("failed_in_a_row").notNull().default(0),
    /** The first failed attempt since the last success; null while it succeeds. */
    failingSince: timestamp("failing_since"),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at").notNull(),
  },
  (t) => [index("webhook_endpoints_facility").on(t.facilityId, t.id)],
);

/**
 * One event to post to one endpoint: the outbox the webhook worker drains, and the endpoint's
 * delivery log. The payload is rendered when the event happens, in that change's transaction; a
 * resend is a new row with the same event id and payload.
 */
export const webhookDeliveries = table(
  "webhook_deliveries",
  {
    id: id(),
    facilityId: int("facility_id")
      .notNull()
      .references(() => facilities.id),
    endpointId: int("endpoint_id")
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: "cascade" }),
    /** The customer the event is about: its payload names them, so it goes when they are erased. */
    customerId: int("customer_id").references(() => customers.id, { onDelete: "cascade" }),
    eventId: str("event_id").notNull(),
    eventType: str("event_type").notNull(),
    payload: str("payload").notNull(),
    status: oneOf("status", ["PENDING", "SUCCEEDED", "FAILED"]).notNull().default("PENDING"),
    attempts: int("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at").notNull(),
    leaseOwner: str("lease_owner"),
    leaseUntil: timestamp("lease_until"),
    /** The HTTP status of the last attempt; null when it got no answer. */
    responseCode: int("response_code"),
    lastError: str("last_error"),
    lastAttemptAt: timestamp("last_attempt_at"),
    completedAt: timestamp("completed_at"),
    createdAt: timestamp("created_at").notNull(),
  },
  (t) => [
    index("webhook_deliveries_due").on(t.status, t.nextAttemptAt),
    index("webhook_deliveries_endpoint").on(t.endpointId, t.createdAt, t.id),
    index("webhook_deliveries_created").on(t.createdAt),
    index("webhook_deliveries_customer").on(t.customerId),
  ],
);
