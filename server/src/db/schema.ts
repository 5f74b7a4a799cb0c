import { sql } from "drizzle-orm";
import { blob, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

// Every facility-owned table carries facility_id: staff reads and writes are filtered by the
// viewer's facility, so a foreign id behaves exactly like a missing one.
// Times are stored as epoch milliseconds.

const timestamp = (name: string) =>
  integer(name, { mode: "timestamp_ms" }).notNull().default(sql`(cast(unixepoch('subsec') * 1000 as integer))`);
const createdAt = () => timestamp("created_at");

/** The seven kinds of email a person opts in to (DESIGN §2); invites ignore them. */
const communicationPreferences = () => ({
  prefInvoices: integer("pref_invoices", { mode: "boolean" }).notNull().default(true),
  prefEstimates: integer("pref_estimates", { mode: "boolean" }).notNull().default(true),
  prefScheduling: integer("pref_scheduling", { mode: "boolean" }).notNull().default(true),
  prefCarUpdates: integer("pref_car_updates", { mode: "boolean" }).notNull().default(true),
  prefContracts: integer("pref_contracts", { mode: "boolean" }).notNull().default(true),
  prefSocialEvents: integer("pref_social_events", { mode: "boolean" }).notNull().default(false),
  prefMarketing: integer("pref_marketing", { mode: "boolean" }).notNull().default(false),
});

export const facilities = sqliteTable("facilities", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  replyToEmail: text("reply_to_email"),
  brandColor: text("brand_color").notNull().default("#1c7ed6"),
  logoUrl: text("logo_url"),
  signInMethod: text("sign_in_method", { enum: ["MAGIC_LINK", "PASSWORD"] })
    .notNull()
    .default("MAGIC_LINK"),
  inviteExpiryDays: integer("invite_expiry_days").notNull().default(7),
  resendCooldownHours: integer("resend_cooldown_hours").notNull().default(24),
  welcomeMessage: text("welcome_message"),
  /** Portal sections customers see (DESIGN §4 Settings → Portal); the server refuses the others. */
  sectionVehicles: integer("section_vehicles", { mode: "boolean" }).notNull().default(true),
  sectionBilling: integer("section_billing", { mode: "boolean" }).notNull().default(true),
  sectionDocuments: integer("section_documents", { mode: "boolean" }).notNull().default(true),
  sectionEvents: integer("section_events", { mode: "boolean" }).notNull().default(true),
  sectionMessages: integer("section_messages", { mode: "boolean" }).notNull().default(true),
  sectionEstimates: integer("section_estimates", { mode: "boolean" }).notNull().default(true),
  sectionServiceRequests: integer("section_service_requests", { mode: "boolean" }).notNull().default(true),
  /** Onboarding steps after a customer's first sign-in. */
  onboardingSignContracts: integer("onboarding_sign_contracts", { mode: "boolean" }).notNull().default(false),
  onboardingPaymentMethod: integer("onboarding_payment_method", { mode: "boolean" }).notNull().default(false),
  onboardingCompleteProfile: integer("onboarding_complete_profile", { mode: "boolean" }).notNull().default(false),
  logoFileId: integer("logo_file_id"),
  /** Shown in the portal's billing section when the facility takes no online payments. */
  offlinePaymentInstructions: text("offline_payment_instructions"),
  /** Stripe secret key for this facility's account; online payments are off without it. */
  stripeSecretKey: text("stripe_secret_key"),
  stripeWebhookSecret: text("stripe_webhook_secret"),
  allowEstimateLineChoice: integer("allow_estimate_line_choice", { mode: "boolean" }).notNull().default(true),
  /** IANA zone: event times in emails and the portal, and the local day that "today" and "overdue" mean. */
  timeZone: text("time_zone").notNull().default("America/New_York"),
  /** ISO 3166 alpha-2: the country a phone number typed without "+" belongs to. */
  country: text("country").notNull().default("US"),
  createdAt: createdAt(),
});

export const staffUsers = sqliteTable("staff_users", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  facilityId: integer("facility_id")
    .notNull()
    .references(() => facilities.id),
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  role: text("role", { enum: ["ADMIN", "STAFF"] }).notNull(),
  passwordHash: text("password_hash").notNull(),
  createdAt: createdAt(),
});

export const customers = sqliteTable(
  "customers",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    facilityId: integer("facility_id")
      .notNull()
      .references(() => facilities.id),
    name: text("name").notNull(),
    /** lower-cased name: the Contacts list's sort key, with id as tie-breaker for keyset paging. */
    sortName: text("sort_name").notNull(),
    email: text("email"),
    /** E.164 ("+12075550148"); text from before numbers were checked is kept as typed. */
    phone: text("phone"),
    /** international digits of phone ("12075550148"): any common way of typing it is a substring. */
    phoneDigits: text("phone_digits"),
    address: text("address"),
    notes: text("notes"),
    stripeCustomerId: text("stripe_customer_id"),
    paymentMethodConnected: integer("payment_method_connected", { mode: "boolean" }).notNull().default(false),
    // The saved card as Stripe last described it ("visa", "4242", "08/2028"), so pages need not ask Stripe.
    cardBrand: text("card_brand"),
    cardLast4: text("card_last4"),
    cardExpires: text("card_expires"),
    ...communicationPreferences(),
    /** The newest invitation for the customer themself; kept in the invitation's transaction. */
    latestInvitationId: integer("latest_invitation_id"),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at"),
  },
  (t) => [
    index("customers_facility_sort").on(t.facilityId, t.sortName, t.id),
    // Finding who else has an address (the duplicate-email warning) without reading every customer.
    index("customers_facility_email").on(t.facilityId, t.email),
  ],
);

export const contacts = sqliteTable(
  "contacts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    facilityId: integer("facility_id")
      .notNull()
      .references(() => facilities.id),
    customerId: integer("customer_id")
      .notNull()
      .references(() => customers.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    email: text("email"),
    phone: text("phone"),
    role: text("role", { enum: ["SPOUSE", "ASSISTANT", "BOOKKEEPER", "VEHICLE_HANDLER", "OTHER"] })
      .notNull()
      .default("OTHER"),
    canAccessPortal: integer("can_access_portal", { mode: "boolean" }).notNull().default(false),
    ...communicationPreferences(),
    latestInvitationId: integer("latest_invitation_id"),
    createdAt: createdAt(),
  },
  (t) => [index("contacts_customer").on(t.customerId)],
);

export const carStatuses = ["IN_STORAGE", "OUT", "IN_SERVICE", "IN_TRANSIT"] as const;

export const cars = sqliteTable(
  "cars",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    facilityId: integer("facility_id")
      .notNull()
      .references(() => facilities.id),
    customerId: integer("customer_id")
      .notNull()
      .references(() => customers.id, { onDelete: "cascade" }),
    year: integer("year"),
    make: text("make").notNull(),
    model: text("model").notNull(),
    vin: text("vin"),
    plate: text("plate"),
    color: text("color"),
    status: text("status", { enum: carStatuses }).notNull().default("IN_STORAGE"),
    location: text("location"),
    createdAt: createdAt(),
  },
  (t) => [index("cars_customer").on(t.customerId, t.id)],
);

export const invoices = sqliteTable(
  "invoices",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    facilityId: integer("facility_id")
      .notNull()
      .references(() => facilities.id),
    customerId: integer("customer_id")
      .notNull()
      .references(() => customers.id, { onDelete: "cascade" }),
    number: text("number").notNull(),
    issuedOn: text("issued_on").notNull(),
    dueOn: text("due_on"),
    status: text("status", { enum: ["DRAFT", "OPEN", "PAID", "VOID"] }).notNull(),
    totalCents: integer("total_cents").notNull(),
    balanceCents: integer("balance_cents").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("invoices_customer").on(t.customerId, t.issuedOn),
    uniqueIndex("invoices_facility_number").on(t.facilityId, t.number),
  ],
);

export const invitations = sqliteTable(
  "invitations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    facilityId: integer("facility_id")
      .notNull()
      .references(() => facilities.id),
    customerId: integer("customer_id")
      .notNull()
      .references(() => customers.id, { onDelete: "cascade" }),
    /** null: the customer themself; otherwise the sub-contact invited. */
    contactId: integer("contact_id").references(() => contacts.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    invitedByStaffId: integer("invited_by_staff_id").references(() => staffUsers.id),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    /** PENDING until accepted; VOID once superseded by a newer invite or an email change. */
    state: text("state", { enum: ["PENDING", "ACCEPTED", "VOID"] })
      .notNull()
      .default("PENDING"),
    voidReason: text("void_reason", { enum: ["RESENT", "EMAIL_CHANGED", "ACCESS_REMOVED"] }),
    deliveryState: text("delivery_state", { enum: ["QUEUED", "SENT", "DELIVERED", "BOUNCED", "FAILED"] })
      .notNull()
      .default("QUEUED"),
    deliveryDetail: text("delivery_detail"),
    deliveryUpdatedAt: integer("delivery_updated_at", { mode: "timestamp_ms" }),
    linkOpenedAt: integer("link_opened_at", { mode: "timestamp_ms" }),
    acceptedAt: integer("accepted_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [index("invitations_person").on(t.customerId, t.contactId, t.id)],
);

/**
 * Single-use sign-in links (invites and "email me a link"). The token itself is never stored:
 * the outbox worker mints it at send time and keeps only its SHA-256 in sign_in_link_tokens
 * (docs/decisions/0003). Only a person's latest link is open: making one voids the others.
 */
export const signInLinks = sqliteTable(
  "sign_in_links",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    facilityId: integer("facility_id")
      .notNull()
      .references(() => facilities.id),
    customerId: integer("customer_id")
      .notNull()
      .references(() => customers.id, { onDelete: "cascade" }),
    contactId: integer("contact_id").references(() => contacts.id, { onDelete: "cascade" }),
    invitationId: integer("invitation_id").references(() => invitations.id, { onDelete: "cascade" }),
    purpose: text("purpose", { enum: ["INVITE", "SIGN_IN"] }).notNull(),
    email: text("email").notNull(),
    codeAttempts: integer("code_attempts").notNull().default(0),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    consumedAt: integer("consumed_at", { mode: "timestamp_ms" }),
    voidedAt: integer("voided_at", { mode: "timestamp_ms" }),
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
export const signInLinkTokens = sqliteTable(
  "sign_in_link_tokens",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    linkId: integer("link_id")
      .notNull()
      .references(() => signInLinks.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull().unique(),
    /** hashCode(linkId, code) of the code printed beside this token. */
    codeHash: text("code_hash").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("sign_in_link_tokens_link").on(t.linkId)],
);

export const portalAccounts = sqliteTable(
  "portal_accounts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    facilityId: integer("facility_id")
      .notNull()
      .references(() => facilities.id),
    customerId: integer("customer_id")
      .notNull()
      .references(() => customers.id, { onDelete: "cascade" }),
    contactId: integer("contact_id").references(() => contacts.id, { onDelete: "cascade" }),
    /** 0 stands for "the customer themself" so the pair can be unique (NULLs never collide). */
    personKey: integer("person_key").notNull(),
    passwordHash: text("password_hash"),
    activatedAt: integer("activated_at", { mode: "timestamp_ms" }).notNull(),
    lastSignInAt: integer("last_sign_in_at", { mode: "timestamp_ms" }),
    /** When the person finished (or skipped) the facility's onboarding steps. */
    onboardedAt: integer("onboarded_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("portal_accounts_person").on(t.customerId, t.personKey)],
);

export const sessions = sqliteTable(
  "sessions",
  {
    /** SHA-256 of the cookie value; the value itself is only ever in the browser. */
    idHash: text("id_hash").primaryKey(),
    kind: text("kind", { enum: ["STAFF", "PORTAL"] }).notNull(),
    facilityId: integer("facility_id")
      .notNull()
      .references(() => facilities.id),
    staffUserId: integer("staff_user_id").references(() => staffUsers.id, { onDelete: "cascade" }),
    portalAccountId: integer("portal_account_id").references(() => portalAccounts.id, { onDelete: "cascade" }),
    /** Staff "preview as customer": a read-only portal session for this person, started by this staff user. */
    previewCustomerId: integer("preview_customer_id").references(() => customers.id, { onDelete: "cascade" }),
    previewContactId: integer("preview_contact_id").references(() => contacts.id, { onDelete: "cascade" }),
    previewByStaffId: integer("preview_by_staff_id").references(() => staffUsers.id, { onDelete: "cascade" }),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    lastSeenAt: integer("last_seen_at", { mode: "timestamp_ms" }).notNull(),
    /**
     * Set when staff end a portal session (the contact's access was turned off): the row stays until
     * the browser's next request, which is refused with the reason, so the person is told why.
     */
    endedBecause: text("ended_because", { enum: ["ACCESS_REMOVED"] }),
    createdAt: createdAt(),
  },
  (t) => [index("sessions_portal_account").on(t.portalAccountId), index("sessions_staff_user").on(t.staffUserId)],
);

/**
 * Facts about the database itself, one row per key. `demo_seed`: the demo seed created this
 * database, the one condition under which demo credentials may ever be shown.
 */
export const databaseFacts = sqliteTable("database_facts", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
  createdAt: createdAt(),
});

/** Fixed-window counters for rate limits; in the database so they hold across restarts and servers. */
export const rateLimits = sqliteTable("rate_limits", {
  key: text("key").primaryKey(),
  count: integer("count").notNull(),
  resetAt: integer("reset_at", { mode: "timestamp_ms" }).notNull(),
});

export const emailOutbox = sqliteTable(
  "email_outbox",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    facilityId: integer("facility_id")
      .notNull()
      .references(() => facilities.id),
    kind: text("kind", {
      enum: ["INVITE", "SIGN_IN_LINK", "INVOICE", "ESTIMATE", "EVENT", "CAR_UPDATE", "CONTRACT", "MESSAGE"],
    }).notNull(),
    toEmail: text("to_email").notNull(),
    /** Notifications are rendered when queued (they hold no secrets); sign-in emails at send time. */
    subject: text("subject"),
    htmlBody: text("html_body"),
    textBody: text("text_body"),
    signInLinkId: integer("sign_in_link_id").references(() => signInLinks.id, { onDelete: "cascade" }),
    invitationId: integer("invitation_id").references(() => invitations.id, { onDelete: "cascade" }),
    status: text("status", { enum: ["PENDING", "SENT", "FAILED"] })
      .notNull()
      .default("PENDING"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: integer("next_attempt_at", { mode: "timestamp_ms" }).notNull(),
    leaseOwner: text("lease_owner"),
    leaseUntil: integer("lease_until", { mode: "timestamp_ms" }),
    providerMessageId: text("provider_message_id"),
    lastErrorCode: integer("last_error_code"),
    lastError: text("last_error"),
    sentAt: integer("sent_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("email_outbox_due").on(t.status, t.nextAttemptAt),
    index("email_outbox_provider_message").on(t.providerMessageId),
  ],
);

/** Where emails land when no Postmark token is configured: the developer's inbox at /dev/mailbox. */
export const devMailbox = sqliteTable("dev_mailbox", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  outboxId: integer("outbox_id"),
  fromEmail: text("from_email").notNull(),
  toEmail: text("to_email").notNull(),
  subject: text("subject").notNull(),
  htmlBody: text("html_body").notNull(),
  textBody: text("text_body").notNull(),
  createdAt: createdAt(),
});

/** The invite timeline staff see: queued → sent → delivered / bounced → link opened → signed in. */
export const invitationEvents = sqliteTable(
  "invitation_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    invitationId: integer("invitation_id")
      .notNull()
      .references(() => invitations.id, { onDelete: "cascade" }),
    kind: text("kind", {
      enum: ["QUEUED", "SENT", "DELIVERED", "BOUNCED", "SPAM_COMPLAINT", "FAILED", "LINK_OPENED", "SIGNED_IN"],
    }).notNull(),
    detail: text("detail"),
    at: integer("at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("invitation_events_invitation").on(t.invitationId, t.at)],
);

/** Webhook deliveries already applied, so a repeated event changes nothing. */
export const webhookEvents = sqliteTable("webhook_events", {
  key: text("key").primaryKey(),
  receivedAt: integer("received_at", { mode: "timestamp_ms" }).notNull(),
});

export const bulkInviteJobs = sqliteTable(
  "bulk_invite_jobs",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    facilityId: integer("facility_id")
      .notNull()
      .references(() => facilities.id),
    createdByStaffId: integer("created_by_staff_id")
      .notNull()
      .references(() => staffUsers.id),
    source: text("source", { enum: ["SELECTION", "CSV"] }).notNull(),
    fileName: text("file_name"),
    /** PREVIEW until staff confirm; RUNNING while the runner works through it in chunks. */
    status: text("status", { enum: ["PREVIEW", "RUNNING", "DONE", "CANCELLED"] })
      .notNull()
      .default("PREVIEW"),
    total: integer("total").notNull(),
    toInvite: integer("to_invite").notNull(),
    processed: integer("processed").notNull().default(0),
    sent: integer("sent").notNull().default(0),
    skipped: integer("skipped").notNull().default(0),
    leaseUntil: integer("lease_until", { mode: "timestamp_ms" }),
    startedAt: integer("started_at", { mode: "timestamp_ms" }),
    finishedAt: integer("finished_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [index("bulk_invite_jobs_status").on(t.status, t.leaseUntil)],
);

export const bulkInviteRows = sqliteTable(
  "bulk_invite_rows",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    jobId: integer("job_id")
      .notNull()
      .references(() => bulkInviteJobs.id, { onDelete: "cascade" }),
    /** Line in the uploaded file (header is line 1), or the position in the selection. */
    line: integer("line").notNull(),
    customerId: integer("customer_id").references(() => customers.id, { onDelete: "set null" }),
    name: text("name"),
    email: text("email"),
    /** INVITE, or why the row is skipped: NO_EMAIL, INVALID_EMAIL, IN_PORTAL, COOLDOWN, DUPLICATE, NOT_FOUND, UNREADABLE. */
    plan: text("plan", {
      enum: ["INVITE", "NO_EMAIL", "INVALID_EMAIL", "IN_PORTAL", "COOLDOWN", "DUPLICATE", "NOT_FOUND", "UNREADABLE"],
    }).notNull(),
    result: text("result", { enum: ["PENDING", "SENT", "SKIPPED"] })
      .notNull()
      .default("PENDING"),
    detail: text("detail"),
  },
  (t) => [index("bulk_invite_rows_job").on(t.jobId, t.id)],
);

/**
 * Uploaded bytes (photos, thumbnails, documents, logos), kept in the database so app servers stay
 * stateless and a backup of the file is a backup of everything.
 */
export const files = sqliteTable("files", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  facilityId: integer("facility_id")
    .notNull()
    .references(() => facilities.id),
  fileName: text("file_name").notNull(),
  contentType: text("content_type").notNull(),
  size: integer("size").notNull(),
  sha256: text("sha256").notNull(),
  data: blob("data", { mode: "buffer" }).notNull(),
  createdAt: createdAt(),
});

export const carPhotos = sqliteTable(
  "car_photos",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    facilityId: integer("facility_id")
      .notNull()
      .references(() => facilities.id),
    carId: integer("car_id")
      .notNull()
      .references(() => cars.id, { onDelete: "cascade" }),
    fileId: integer("file_id")
      .notNull()
      .references(() => files.id),
    thumbnailFileId: integer("thumbnail_file_id")
      .notNull()
      .references(() => files.id),
    width: integer("width").notNull(),
    height: integer("height").notNull(),
    caption: text("caption"),
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
export const carEvents = sqliteTable(
  "car_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    facilityId: integer("facility_id")
      .notNull()
      .references(() => facilities.id),
    carId: integer("car_id")
      .notNull()
      .references(() => cars.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: carEventKinds }).notNull(),
    notes: text("notes"),
    happenedAt: integer("happened_at", { mode: "timestamp_ms" }).notNull(),
    staffUserId: integer("staff_user_id").references(() => staffUsers.id),
    createdAt: createdAt(),
  },
  (t) => [index("car_events_car").on(t.carId, t.happenedAt)],
);

export const conditionReports = sqliteTable(
  "condition_reports",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    facilityId: integer("facility_id")
      .notNull()
      .references(() => facilities.id),
    carId: integer("car_id")
      .notNull()
      .references(() => cars.id, { onDelete: "cascade" }),
    inspectedOn: text("inspected_on").notNull(),
    inspector: text("inspector").notNull(),
    odometer: integer("odometer"),
    notes: text("notes"),
    /** Damage marks as JSON [{ x, y, note }] over a car outline (0–1 coordinates). */
    damageMarks: text("damage_marks"),
    createdAt: createdAt(),
  },
  (t) => [index("condition_reports_car").on(t.carId, t.inspectedOn)],
);

export const conditionReportPhotos = sqliteTable("condition_report_photos", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  reportId: integer("report_id")
    .notNull()
    .references(() => conditionReports.id, { onDelete: "cascade" }),
  fileId: integer("file_id")
    .notNull()
    .references(() => files.id),
  thumbnailFileId: integer("thumbnail_file_id")
    .notNull()
    .references(() => files.id),
});

export const invoiceLines = sqliteTable(
  "invoice_lines",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    invoiceId: integer("invoice_id")
      .notNull()
      .references(() => invoices.id, { onDelete: "cascade" }),
    description: text("description").notNull(),
    quantity: integer("quantity").notNull().default(1),
    unitCents: integer("unit_cents").notNull(),
    amountCents: integer("amount_cents").notNull(),
    position: integer("position").notNull().default(0),
  },
  (t) => [index("invoice_lines_invoice").on(t.invoiceId, t.position)],
);

export const payments = sqliteTable(
  "payments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    facilityId: integer("facility_id")
      .notNull()
      .references(() => facilities.id),
    invoiceId: integer("invoice_id")
      .notNull()
      .references(() => invoices.id, { onDelete: "cascade" }),
    amountCents: integer("amount_cents").notNull(),
    method: text("method", { enum: ["CARD", "CHECK", "CASH", "BANK_TRANSFER", "STRIPE", "OTHER"] }).notNull(),
    reference: text("reference"),
    receivedOn: text("received_on").notNull(),
    stripeCheckoutSessionId: text("stripe_checkout_session_id").unique(),
    recordedByStaffId: integer("recorded_by_staff_id").references(() => staffUsers.id),
    createdAt: createdAt(),
  },
  (t) => [index("payments_invoice").on(t.invoiceId)],
);

export const documents = sqliteTable(
  "documents",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    facilityId: integer("facility_id")
      .notNull()
      .references(() => facilities.id),
    customerId: integer("customer_id")
      .notNull()
      .references(() => customers.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    kind: text("kind", { enum: ["STORAGE_AGREEMENT", "LIABILITY_WAIVER", "AGREEMENT", "FILE"] }).notNull(),
    fileId: integer("file_id")
      .notNull()
      .references(() => files.id),
    sharedWithCustomer: integer("shared_with_customer", { mode: "boolean" }).notNull().default(true),
    requiresSignature: integer("requires_signature", { mode: "boolean" }).notNull().default(false),
    uploadedByStaffId: integer("uploaded_by_staff_id").references(() => staffUsers.id),
    createdAt: createdAt(),
  },
  (t) => [index("documents_customer").on(t.customerId, t.createdAt)],
);

/** A typed-name e-signature, with what proves who signed which bytes, when and from where. */
export const documentSignatures = sqliteTable(
  "document_signatures",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    documentId: integer("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    customerId: integer("customer_id")
      .notNull()
      .references(() => customers.id, { onDelete: "cascade" }),
    contactId: integer("contact_id").references(() => contacts.id, { onDelete: "set null" }),
    signerName: text("signer_name").notNull(),
    typedName: text("typed_name").notNull(),
    documentSha256: text("document_sha256").notNull(),
    ip: text("ip").notNull(),
    userAgent: text("user_agent").notNull(),
    signedAt: integer("signed_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [uniqueIndex("document_signatures_document").on(t.documentId)],
);

export const events = sqliteTable(
  "events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    facilityId: integer("facility_id")
      .notNull()
      .references(() => facilities.id),
    /** null for a facility-wide social event, shown to every customer. */
    customerId: integer("customer_id").references(() => customers.id, { onDelete: "cascade" }),
    carId: integer("car_id").references(() => cars.id, { onDelete: "set null" }),
    kind: text("kind", { enum: ["PICK_UP", "DROP_OFF", "DETAILING", "SERVICE", "SOCIAL", "OTHER"] }).notNull(),
    title: text("title").notNull(),
    startsAt: integer("starts_at", { mode: "timestamp_ms" }).notNull(),
    endsAt: integer("ends_at", { mode: "timestamp_ms" }),
    location: text("location"),
    notes: text("notes"),
    createdAt: createdAt(),
  },
  (t) => [index("events_customer").on(t.customerId, t.startsAt), index("events_facility").on(t.facilityId, t.startsAt)],
);

export const eventRsvps = sqliteTable(
  "event_rsvps",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    eventId: integer("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    customerId: integer("customer_id")
      .notNull()
      .references(() => customers.id, { onDelete: "cascade" }),
    response: text("response", { enum: ["GOING", "NOT_GOING", "MAYBE"] }).notNull(),
    guests: integer("guests").notNull().default(0),
    respondedAt: integer("responded_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [uniqueIndex("event_rsvps_event_customer").on(t.eventId, t.customerId)],
);

/** One conversation per customer account, between its people and the facility's team. */
export const messages = sqliteTable(
  "messages",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    facilityId: integer("facility_id")
      .notNull()
      .references(() => facilities.id),
    customerId: integer("customer_id")
      .notNull()
      .references(() => customers.id, { onDelete: "cascade" }),
    staffUserId: integer("staff_user_id").references(() => staffUsers.id),
    portalAccountId: integer("portal_account_id").references(() => portalAccounts.id, { onDelete: "set null" }),
    authorName: text("author_name").notNull(),
    body: text("body").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("messages_customer").on(t.customerId, t.id), index("messages_facility").on(t.facilityId, t.id)],
);

/** How far a reader has read a customer's conversation: staff as the team, portal people each. */
export const messageReads = sqliteTable(
  "message_reads",
  {
    customerId: integer("customer_id")
      .notNull()
      .references(() => customers.id, { onDelete: "cascade" }),
    /** "team" for the facility's staff, or "portal:<account id>". */
    reader: text("reader").notNull(),
    lastReadMessageId: integer("last_read_message_id").notNull(),
  },
  (t) => [uniqueIndex("message_reads_reader").on(t.customerId, t.reader)],
);

export const estimates = sqliteTable(
  "estimates",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    facilityId: integer("facility_id")
      .notNull()
      .references(() => facilities.id),
    customerId: integer("customer_id")
      .notNull()
      .references(() => customers.id, { onDelete: "cascade" }),
    carId: integer("car_id").references(() => cars.id, { onDelete: "set null" }),
    number: text("number").notNull(),
    title: text("title").notNull(),
    status: text("status", { enum: ["DRAFT", "SENT", "ACCEPTED", "PARTIALLY_ACCEPTED", "DECLINED", "INVOICED"] })
      .notNull()
      .default("DRAFT"),
    sentAt: integer("sent_at", { mode: "timestamp_ms" }),
    respondedAt: integer("responded_at", { mode: "timestamp_ms" }),
    respondedByName: text("responded_by_name"),
    customerNote: text("customer_note"),
    invoiceId: integer("invoice_id").references(() => invoices.id),
    createdAt: createdAt(),
  },
  (t) => [
    index("estimates_customer").on(t.customerId, t.id),
    uniqueIndex("estimates_facility_number").on(t.facilityId, t.number),
  ],
);

export const estimateLines = sqliteTable("estimate_lines", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  estimateId: integer("estimate_id")
    .notNull()
    .references(() => estimates.id, { onDelete: "cascade" }),
  description: text("description").notNull(),
  quantity: integer("quantity").notNull().default(1),
  unitCents: integer("unit_cents").notNull(),
  amountCents: integer("amount_cents").notNull(),
  /** The customer's answer per line, where the facility allows choosing lines. */
  accepted: integer("accepted", { mode: "boolean" }),
  position: integer("position").notNull().default(0),
});

export const serviceRequests = sqliteTable(
  "service_requests",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    facilityId: integer("facility_id")
      .notNull()
      .references(() => facilities.id),
    customerId: integer("customer_id")
      .notNull()
      .references(() => customers.id, { onDelete: "cascade" }),
    carId: integer("car_id").references(() => cars.id, { onDelete: "set null" }),
    type: text("type", {
      enum: ["DETAILING", "SERVICE", "REPAIR", "DELIVERY", "PICK_UP", "STORAGE_CHANGE", "OTHER"],
    }).notNull(),
    notes: text("notes"),
    preferredDate: text("preferred_date"),
    status: text("status", { enum: ["NEW", "SCHEDULED", "IN_PROGRESS", "DONE", "CANCELLED"] })
      .notNull()
      .default("NEW"),
    requestedByName: text("requested_by_name").notNull(),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at"),
  },
  (t) => [
    index("service_requests_facility").on(t.facilityId, t.status, t.id),
    index("service_requests_customer").on(t.customerId, t.id),
  ],
);

export const serviceRequestUpdates = sqliteTable(
  "service_request_updates",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    requestId: integer("request_id")
      .notNull()
      .references(() => serviceRequests.id, { onDelete: "cascade" }),
    authorName: text("author_name").notNull(),
    fromStaff: integer("from_staff", { mode: "boolean" }).notNull(),
    body: text("body"),
    status: text("status", { enum: ["NEW", "SCHEDULED", "IN_PROGRESS", "DONE", "CANCELLED"] }),
    createdAt: createdAt(),
  },
  (t) => [index("service_request_updates_request").on(t.requestId, t.id)],
);
