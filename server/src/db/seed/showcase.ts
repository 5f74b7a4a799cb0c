import { eq } from "drizzle-orm";
import { type Clock, DAY, HOUR, MINUTE } from "../../lib/clock.js";
import type { ProcessedImage } from "../../lib/images.js";
import { addDays, localDate, zonedTime } from "../../lib/time-zone.js";
import { DEMO_PORTAL_CUSTOMER } from "../../modules/auth/portal-demo.service.js";
import { addCarInSyncTransaction, CarStatus } from "../../modules/cars/car.service.js";
import {
  addCarEventInSyncTransaction,
  addConditionReportInSyncTransaction,
  CarEventKind,
} from "../../modules/cars/car-history.service.js";
import { addContactInSyncTransaction, type Preferences } from "../../modules/contacts/contact.service.js";
import { uploadDocumentInSyncTransaction } from "../../modules/documents/document.service.js";
import {
  createEstimateInSyncTransaction,
  sendEstimateInSyncTransaction,
} from "../../modules/estimates/estimate.service.js";
import { rsvpInSyncTransaction, scheduleEventInSyncTransaction } from "../../modules/events/event.service.js";
import { storeFileInSyncTransaction } from "../../modules/files/file.service.js";
import {
  createInvoiceInSyncTransaction,
  issueInvoiceInSyncTransaction,
  recordPaymentInSyncTransaction,
} from "../../modules/invoices/invoice.service.js";
import {
  markThreadReadInSyncTransaction,
  portalReader,
  sendPortalMessageInSyncTransaction,
  sendStaffMessageInSyncTransaction,
} from "../../modules/messages/message.service.js";
import {
  requestServiceInSyncTransaction,
  updateRequestInSyncTransaction,
} from "../../modules/service-requests/service-request.service.js";
import { type Db, writeTransaction } from "../client.js";
import { contacts, customers, invitations, portalAccounts } from "../schema.js";
import { placeholderPhoto, simplePdf } from "./showcase-assets.js";

/** The demo's showcase customer: every portal section has something in it for her. */
export const SHOWCASE_CUSTOMER = DEMO_PORTAL_CUSTOMER;
const SPOUSE = { name: "Michael Whitaker", email: "michael@example.com" } as const;

const JAGUAR = "1965 Jaguar E-Type";
const PORSCHE = "2019 Porsche 911";

type Assets = {
  photos: Array<{ image: ProcessedImage; caption: string }>;
  reportPhoto: ProcessedImage;
  storageAgreement: Buffer;
  waiver: Buffer;
  checklist: Buffer;
};

/** The slow part (encoding images), done before the transaction: better-sqlite3 transactions are synchronous. */
export async function prepareShowcaseAssets(): Promise<Assets> {
  const [front, side, interior, chip] = await Promise.all([
    placeholderPhoto(JAGUAR, "Opalescent Silver Blue · Building A, bay 12", {
      from: "#e3edf6",
      to: "#8aa6c1",
      ink: "#24374b",
    }),
    placeholderPhoto(JAGUAR, "Side profile after the spring wash", { from: "#fdebd3", to: "#d08c68", ink: "#4a2a1c" }),
    placeholderPhoto(JAGUAR, "Hood down, ready for the road", { from: "#e6efe4", to: "#7fa389", ink: "#1f3a2a" }),
    placeholderPhoto(JAGUAR, "Bonnet, leading edge: stone chip", { from: "#eceef1", to: "#9aa5b1", ink: "#2e3742" }),
  ]);
  const agreement = simplePdf("Harbor Point Storage - Storage Agreement 2026", [
    `Customer: ${SHOWCASE_CUSTOMER.name}. Vehicles: ${JAGUAR} Series 1 Roadster, ${PORSCHE} Carrera 4S.`,
    "Term: twelve months of climate-controlled indoor storage in Building A, renewing yearly unless either party gives thirty days' notice.",
    "Included: monthly battery tending, tyre pressure checks, a dust cover, a walk-around at every move, and a condition report at drop-off.",
    "Fees: $575.00 per vehicle per month, invoiced on the first of the month and due within thirty days.",
    "Access: cars are released to the customer, or to a person the customer names in the portal, with 24 hours' notice.",
  ]);
  const waiver = simplePdf("Harbor Point Storage - Liability Waiver", [
    "The customer confirms each stored vehicle is insured for its agreed value while at Harbor Point Storage.",
    "Harbor Point Storage is responsible for damage caused by its staff's negligence, and not for mechanical failure, ageing of fluids, tyres or rubber, or acts of nature.",
    "Test drives are limited to five miles and made only at the customer's written request.",
  ]);
  const checklist = simplePdf("Spring recommissioning checklist", [
    "Fluids: engine oil and filter, brake fluid, coolant level and strength.",
    "Tyres: pressures to the door placard, check for flat spots and cracking, note the DOT date.",
    "Battery: load test, clean the terminals, reconnect the tender until pick-up.",
    "Road test: brakes, steering, gauges and lights, with a note of anything to watch.",
  ]);
  return {
    photos: [
      { image: front, caption: "Front three-quarter" },
      { image: side, caption: "Side profile" },
      { image: interior, caption: "Hood down" },
    ],
    reportPhoto: chip,
    storageAgreement: agreement,
    waiver,
    checklist,
  };
}

const PREFERENCES: Preferences = {
  invoices: true,
  estimates: true,
  scheduling: true,
  carUpdates: true,
  contracts: true,
  socialEvents: true,
  marketing: false,
};

/**
 * Eleanor Whitaker of Harbor Point: in the portal with her husband, two cars (photos, history, a
 * condition report), paid, open and overdue invoices, contracts to sign and signed, her schedule, a
 * conversation, an estimate waiting for her and a request in progress. Made through the services
 * where they exist, so totals and rows are what staff would have produced; the emails those
 * services queue are dropped, so the demo mailbox stays for the emails people send while trying it.
 */
export function seedShowcase(
  db: Db,
  args: { facilityId: number; timeZone: string; admin: { id: number; name: string }; clock: Clock; assets: Assets },
): { customerId: number } {
  const { facilityId, timeZone, admin, assets } = args;
  const now = args.clock.now();
  const ago = (ms: number) => new Date(now.getTime() - ms);
  const today = localDate(now, timeZone);
  const day = (offset: number) => addDays(today, offset);
  const at = (offset: number, time: string) => zonedTime(day(offset), time, timeZone);
  const config = { publicUrl: "" };
  const staff = { facilityId, userId: admin.id };
  const staffWithName = { ...staff, name: admin.name };

  return writeTransaction(db, (tx) => {
    const outboxBefore = (
      tx.$client.prepare("SELECT coalesce(max(id), 0) AS id FROM email_outbox").get() as { id: number }
    ).id;

    const joined = ago(400 * DAY);
    const customerId = tx
      .insert(customers)
      .values({
        facilityId,
        name: SHOWCASE_CUSTOMER.name,
        sortName: SHOWCASE_CUSTOMER.name.toLowerCase(),
        email: SHOWCASE_CUSTOMER.email,
        phone: "+12075550148",
        phoneDigits: "12075550148",
        address: "14 Lighthouse Way, Port Haven, ME 04101",
        notes: "Collects British and German sports cars. Prefers a text the day before a pick-up.",
        prefSocialEvents: true,
        createdAt: joined,
        updatedAt: joined,
      })
      .returning({ id: customers.id })
      .get().id;
    const spouse = addContactInSyncTransaction(
      tx,
      facilityId,
      customerId,
      {
        name: SPOUSE.name,
        email: SPOUSE.email,
        phone: "(207) 555-0193",
        role: "SPOUSE",
        canAccessPortal: true,
        preferences: { ...PREFERENCES, invoices: false },
      },
      joined,
    );

    // Both accepted their invites months ago and have signed in since.
    const accountOf = (contactId: number | null, email: string, invitedDaysAgo: number) => {
      const sentAt = ago(invitedDaysAgo * DAY);
      const activatedAt = new Date(sentAt.getTime() + 3 * HOUR);
      const invitationId = tx
        .insert(invitations)
        .values({
          facilityId,
          customerId,
          contactId,
          email,
          invitedByStaffId: admin.id,
          expiresAt: new Date(sentAt.getTime() + 7 * DAY),
          state: "ACCEPTED",
          deliveryState: "DELIVERED",
          deliveryUpdatedAt: new Date(sentAt.getTime() + MINUTE),
          linkOpenedAt: activatedAt,
          acceptedAt: activatedAt,
          createdAt: sentAt,
        })
        .returning({ id: invitations.id })
        .get().id;
      return { invitationId, activatedAt };
    };
    const mine = accountOf(null, SHOWCASE_CUSTOMER.email, 120);
    tx.$client.prepare("UPDATE customers SET latest_invitation_id = ? WHERE id = ?").run(mine.invitationId, customerId);
    const eleanorAccount = tx
      .insert(portalAccounts)
      .values({
        facilityId,
        customerId,
        personKey: 0,
        activatedAt: mine.activatedAt,
        lastSignInAt: ago(2 * DAY),
        onboardedAt: mine.activatedAt,
        createdAt: mine.activatedAt,
      })
      .returning({ id: portalAccounts.id })
      .get().id;
    const his = accountOf(spouse.id, SPOUSE.email, 90);
    tx.update(contacts).set({ latestInvitationId: his.invitationId }).where(eq(contacts.id, spouse.id)).run();
    const michaelAccount = tx
      .insert(portalAccounts)
      .values({
        facilityId,
        customerId,
        contactId: spouse.id,
        personKey: spouse.id,
        activatedAt: his.activatedAt,
        lastSignInAt: ago(5 * DAY),
        onboardedAt: his.activatedAt,
        createdAt: his.activatedAt,
      })
      .returning({ id: portalAccounts.id })
      .get().id;

    // Cars, their photos and history.
    const jaguar = addCarInSyncTransaction(
      tx,
      facilityId,
      customerId,
      {
        year: 1965,
        make: "Jaguar",
        model: "E-Type Series 1 Roadster",
        vin: "1E10587",
        plate: "EW 1965",
        color: "Opalescent Silver Blue",
        status: CarStatus.IN_STORAGE,
        location: "Building A, bay 12",
      },
      ago(130 * DAY),
    ).id;
    const porsche = addCarInSyncTransaction(
      tx,
      facilityId,
      customerId,
      {
        year: 2019,
        make: "Porsche",
        model: "911 Carrera 4S",
        vin: "WP0AB2A99KS114285",
        plate: "HB 4911",
        color: "Gentian Blue",
        status: CarStatus.IN_SERVICE,
        location: "Workshop, lift 3",
      },
      ago(110 * DAY),
    ).id;
    // Oldest first, so the newest photo (the car's cover) is the front three-quarter view.
    for (const [i, { image, caption }] of [...assets.photos].reverse().entries()) {
      const taken = ago((9 - i) * DAY);
      const name = `jaguar-e-type-${i + 1}.webp`;
      const fileId = storeFileInSyncTransaction(tx, facilityId, { fileName: name, ...image.main }, taken);
      const thumbnailFileId = storeFileInSyncTransaction(
        tx,
        facilityId,
        { fileName: `thumb-${name}`, ...image.thumbnail },
        taken,
      );
      tx.$client
        .prepare(
          `INSERT INTO car_photos (facility_id, car_id, file_id, thumbnail_file_id, width, height, caption, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          facilityId,
          jaguar,
          fileId,
          thumbnailFileId,
          image.main.width,
          image.main.height,
          caption,
          taken.getTime(),
        );
    }
    const history: Array<[number, CarEventKind, string, number, string]> = [
      [
        jaguar,
        CarEventKind.DROPPED_OFF,
        "Arrived on an enclosed trailer from Greenwich, CT for winter storage.",
        130,
        "14:30",
      ],
      [jaguar, CarEventKind.MOVED, "Moved to climate-controlled Building A, bay 12.", 129, "16:05"],
      [jaguar, CarEventKind.BATTERY_TENDED, "Battery at 12.6 V; tender reconnected.", 60, "09:10"],
      [jaguar, CarEventKind.BATTERY_TENDED, "Battery at 12.7 V; tyres topped up to 30 psi.", 30, "09:25"],
      [
        jaguar,
        CarEventKind.SERVICED,
        "Spring service: oil and filter, new plugs, carburettors balanced. Road test 6 miles.",
        14,
        "14:00",
      ],
      [jaguar, CarEventKind.WASHED, "Hand wash, clay and wax ahead of pick-up.", 9, "15:40"],
      [porsche, CarEventKind.DROPPED_OFF, "Dropped off by Michael; 18,402 miles.", 110, "10:15"],
      [porsche, CarEventKind.BATTERY_TENDED, "Battery at 12.8 V.", 45, "11:45"],
      [porsche, CarEventKind.WASHED, "Full detail and ceramic top-up.", 12, "09:05"],
      [porsche, CarEventKind.MOVED, "Moved to the workshop for the passenger window.", 3, "13:20"],
    ];
    for (const [carId, kind, notes, daysAgo, time] of history) {
      addCarEventInSyncTransaction(tx, staff, carId, { kind, notes, happenedAt: at(-daysAgo, time) }, now);
    }
    tx.$client
      .prepare(
        "INSERT INTO car_events (facility_id, car_id, kind, notes, happened_at, staff_user_id, created_at) VALUES (?, ?, 'STATUS_CHANGED', ?, ?, ?, ?)",
      )
      .run(facilityId, porsche, "In storage → In service", at(-3, "11:20").getTime(), admin.id, now.getTime());
    const report = addConditionReportInSyncTransaction(
      tx,
      facilityId,
      jaguar,
      {
        inspectedOn: day(-130),
        inspector: "Sam Rivera",
        odometer: 48_213,
        notes:
          "Paint in excellent order; one small stone chip on the bonnet's leading edge (photographed). Chrome bright, soft top clean and dry, no fluid leaks under the car.",
      },
      ago(130 * DAY),
    );
    const chipFile = storeFileInSyncTransaction(
      tx,
      facilityId,
      { fileName: "bonnet-chip.webp", ...assets.reportPhoto.main },
      now,
    );
    const chipThumb = storeFileInSyncTransaction(
      tx,
      facilityId,
      { fileName: "thumb-bonnet-chip.webp", ...assets.reportPhoto.thumbnail },
      now,
    );
    tx.$client
      .prepare("INSERT INTO condition_report_photos (report_id, file_id, thumbnail_file_id) VALUES (?, ?, ?)")
      .run(Number(report.id), chipFile, chipThumb);
    addConditionReportInSyncTransaction(
      tx,
      facilityId,
      porsche,
      {
        inspectedOn: day(-110),
        inspector: "Sam Rivera",
        odometer: 18_402,
        notes: "Clean throughout. Light kerb rash on the front left wheel; tyres 7/32 in. all round.",
      },
      ago(110 * DAY),
    );

    // Invoices: last month's paid, one overdue, this month's due soon.
    const storage = (label: string) => [
      { description: `Climate-controlled storage, ${JAGUAR} — ${label}`, quantity: 1, unitCents: 57_500 },
      { description: `Climate-controlled storage, ${PORSCHE} — ${label}`, quantity: 1, unitCents: 57_500 },
      { description: "Battery tending", quantity: 2, unitCents: 3_500 },
    ];
    const month = (offset: number) =>
      new Intl.DateTimeFormat("en-US", { month: "long", year: "numeric", timeZone }).format(ago(offset * DAY));
    const invoice = (issuedDaysAgo: number, dueInDays: number, lines: ReturnType<typeof storage>) => {
      const issued = ago(issuedDaysAgo * DAY);
      const id = createInvoiceInSyncTransaction(
        tx,
        facilityId,
        customerId,
        { issuedOn: day(-issuedDaysAgo), dueOn: day(dueInDays), lines },
        issued,
      );
      issueInvoiceInSyncTransaction(tx, config, facilityId, id, issued);
      return id;
    };
    invoice(44, -14, [
      {
        description: `Winter preparation, ${JAGUAR}: fuel stabiliser, fluids check, tyre pressures`,
        quantity: 1,
        unitCents: 18_500,
      },
      { description: "Enclosed transport from Greenwich, CT", quantity: 1, unitCents: 45_000 },
    ]);
    const paid = invoice(38, -8, storage(month(38)));
    recordPaymentInSyncTransaction(
      tx,
      staff,
      paid,
      { amountCents: 122_000, method: "CARD", reference: "Visa ending 4242", receivedOn: day(-31) },
      ago(31 * DAY),
    );
    invoice(4, 9, [
      ...storage(month(0)),
      { description: `Full detail and ceramic top-up, ${PORSCHE}`, quantity: 1, unitCents: 64_000 },
    ]);

    // Documents: the agreement to sign, the waiver she signed, and a shared checklist.
    uploadDocumentInSyncTransaction(
      tx,
      config,
      staff,
      customerId,
      {
        title: "Storage Agreement 2026",
        kind: "STORAGE_AGREEMENT",
        fileName: "storage-agreement-2026.pdf",
        data: assets.storageAgreement,
        shared: true,
        requiresSignature: true,
      },
      ago(2 * DAY),
    );
    const waiver = uploadDocumentInSyncTransaction(
      tx,
      config,
      staff,
      customerId,
      {
        title: "Liability Waiver",
        kind: "LIABILITY_WAIVER",
        fileName: "liability-waiver.pdf",
        data: assets.waiver,
        shared: true,
        requiresSignature: true,
      },
      ago(121 * DAY),
    );
    const signedAt = ago(119 * DAY);
    tx.$client
      .prepare(
        `INSERT INTO document_signatures (document_id, customer_id, contact_id, signer_name, typed_name, document_sha256, ip, user_agent, signed_at)
         VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        waiver.id,
        customerId,
        SHOWCASE_CUSTOMER.name,
        SHOWCASE_CUSTOMER.name,
        waiver.sha256,
        "203.0.113.24",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
        signedAt.getTime(),
      );
    uploadDocumentInSyncTransaction(
      tx,
      config,
      staff,
      customerId,
      {
        title: "Spring recommissioning checklist",
        kind: "FILE",
        fileName: "spring-recommissioning-checklist.pdf",
        data: assets.checklist,
        shared: true,
        requiresSignature: false,
      },
      ago(15 * DAY),
    );

    // Schedule: a pick-up coming, a detailing done, and a social evening for her account alone
    // (a facility-wide one would appear on every customer's schedule).
    scheduleEventInSyncTransaction(
      tx,
      config,
      facilityId,
      {
        customerId,
        carId: jaguar,
        kind: "PICK_UP",
        title: "Pick-up: Jaguar E-Type",
        startsAt: at(3, "10:00"),
        endsAt: at(3, "10:30"),
        location: "Building A, front lobby",
        notes: "The car will be warmed up with the hood down. Please bring your driver's licence.",
      },
      ago(4 * DAY),
    );
    scheduleEventInSyncTransaction(
      tx,
      config,
      facilityId,
      {
        customerId,
        carId: porsche,
        kind: "DETAILING",
        title: "Full detail and ceramic top-up",
        startsAt: at(-12, "09:00"),
        endsAt: at(-12, "13:00"),
        location: "Detail bay 2",
      },
      ago(20 * DAY),
    );
    const social = scheduleEventInSyncTransaction(
      tx,
      config,
      facilityId,
      {
        customerId,
        kind: "SOCIAL",
        title: "British Classics evening",
        startsAt: at(10, "18:00"),
        endsAt: at(10, "21:00"),
        location: "Building A forecourt",
        notes: "Drinks and a look at the E-Type's restoration photos. Bring a friend.",
      },
      ago(6 * DAY),
    );
    rsvpInSyncTransaction(tx, { facilityId, customerId }, social, { response: "GOING", guests: 1 }, ago(5 * DAY));

    // The conversation: read up to Michael's message; the team's latest is new to her.
    const eleanor = { facilityId, customerId, accountId: eleanorAccount };
    const pickUpDay = new Intl.DateTimeFormat("en-US", { weekday: "long", timeZone }).format(at(3, "10:00"));
    sendStaffMessageInSyncTransaction(
      tx,
      config,
      staffWithName,
      customerId,
      "Hi Eleanor, the E-Type's spring service is done: new plugs, carburettors balanced, and it ran beautifully on the road test. Shall we plan the pick-up?",
      at(-6, "09:40"),
    );
    sendPortalMessageInSyncTransaction(
      tx,
      eleanor,
      SHOWCASE_CUSTOMER.name,
      `Wonderful, thank you! Would ${pickUpDay} morning work? And could someone look at the Porsche's passenger window while it's with you?`,
      at(-6, "12:15"),
    );
    sendStaffMessageInSyncTransaction(
      tx,
      config,
      staffWithName,
      customerId,
      `${pickUpDay} at 10:00 is booked. For the window, please send a service request so the workshop has the details.`,
      at(-5, "08:50"),
    );
    sendPortalMessageInSyncTransaction(
      tx,
      { ...eleanor, accountId: michaelAccount },
      SPOUSE.name,
      `Done, request sent. I'll come along on ${pickUpDay} too.`,
      at(-4, "19:05"),
    );
    markThreadReadInSyncTransaction(tx, facilityId, customerId, portalReader(eleanorAccount));
    sendStaffMessageInSyncTransaction(
      tx,
      config,
      staffWithName,
      customerId,
      `Good news: the window regulator has arrived, so the Porsche should be ready soon after the E-Type. The E-Type will be washed and waiting for you on ${pickUpDay}.`,
      ago(3 * HOUR),
    );

    // An estimate waiting for her answer, and a request the workshop is on.
    const estimate = createEstimateInSyncTransaction(
      tx,
      facilityId,
      customerId,
      {
        title: "Spring recommissioning",
        carId: jaguar,
        lines: [
          { description: "Engine oil and filter change", quantity: 1, unitCents: 28_500 },
          { description: "Brake fluid flush and bleed", quantity: 1, unitCents: 18_000 },
          { description: "Michelin XWX tyres, fitted and balanced", quantity: 4, unitCents: 46_500 },
        ],
      },
      ago(2 * DAY),
    );
    sendEstimateInSyncTransaction(tx, config, facilityId, estimate, ago(2 * DAY));
    const request = requestServiceInSyncTransaction(
      tx,
      { facilityId, customerId },
      SPOUSE.name,
      {
        type: "REPAIR",
        carId: porsche,
        notes:
          "The passenger window is slow to close and stops halfway in the cold. Could you look at it while the car is in?",
        preferredDate: day(3),
      },
      at(-4, "18:30"),
    );
    updateRequestInSyncTransaction(
      tx,
      config,
      { facilityId, name: "Sam Rivera" },
      request,
      {
        status: "IN_PROGRESS",
        reply:
          "Our technician found a worn window regulator. The part is on order; the door trim is back on meanwhile so the car stays sealed.",
      },
      at(-3, "14:10"),
    );

    // Nothing of the above is news to anyone: no emails go out for it.
    tx.$client.prepare("DELETE FROM email_outbox WHERE id > ?").run(outboxBefore);
    return { customerId };
  });
}
