import { createHash } from "node:crypto";
import { gt, max } from "drizzle-orm";
import { type Clock, DAY, HOUR, MINUTE } from "../../lib/clock.js";
import type { ProcessedImage } from "../../lib/images.js";
import { addDays, localDate, zonedTime } from "../../lib/time-zone.js";
import { DEMO_PORTAL_CUSTOMER } from "../../modules/auth/portal-demo.service.js";
import { addCar, CarStatus } from "../../modules/cars/car.service.js";
import { addCarEvent, addConditionReport, CarEventKind } from "../../modules/cars/car-history.service.js";
import type { Preferences } from "../../modules/contacts/contact.service.js";
import { uploadDocument } from "../../modules/documents/document.service.js";
import { createEstimate, sendEstimate } from "../../modules/estimates/estimate.service.js";
import { rsvp, scheduleEvent } from "../../modules/events/event.service.js";
import { newFile, storeFile } from "../../modules/files/file.service.js";
import { createInvoice, issueInvoice, recordPayment } from "../../modules/invoices/invoice.service.js";
import {
  markThreadRead,
  portalReader,
  sendPortalMessage,
  sendStaffMessage,
} from "../../modules/messages/message.service.js";
import type { ServiceDeps } from "../../modules/service-deps.js";
import { requestService, updateRequest } from "../../modules/service-requests/service-request.service.js";
import { returnedRow } from "../rows.js";
import { FacilityScope } from "../tenancy.js";
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

/** The slow part (encoding images), done before the transaction: a transaction body awaits only its own statements. */
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
 * One transaction: the services' own transactions join it, so she is there whole or not at all.
 */
export async function seedShowcase(
  deps: Pick<ServiceDeps, "data" | "config">,
  args: { facilityId: number; timeZone: string; admin: { id: number; name: string }; clock: Clock; assets: Assets },
): Promise<{ customerId: number }> {
  const { data } = deps;
  const { t } = data;
  const { facilityId, timeZone, admin, assets } = args;
  const now = args.clock.now();
  const ago = (ms: number) => new Date(now.getTime() - ms);
  const today = localDate(now, timeZone);
  const day = (offset: number) => addDays(today, offset);
  const at = (offset: number, time: string) => zonedTime(day(offset), time, timeZone);
  // The demo admin did what the story tells: the audit log names them, as it would have.
  const scope = new FacilityScope(facilityId, { kind: "STAFF", staffUserId: admin.id, name: admin.name });
  const staff = { scope, userId: admin.id };
  const staffWithName = { ...staff, name: admin.name };
  // What the waiver's file row records (documents hash their bytes the same way): her signature binds it.
  const waiverSha256 = createHash("sha256").update(assets.waiver).digest("hex");

  return data.transaction(async (tx) => {
    const [outbox] = await tx.select({ lastId: max(t.emailOutbox.id) }).from(t.emailOutbox);
    const outboxBefore = outbox?.lastId ?? 0;

    const joined = ago(400 * DAY);
    const customerId = returnedRow(
      await tx
        .insert(t.customers)
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
        .returning({ id: t.customers.id }),
    ).id;
    // Written as the customer above is: addContact reads the facility's country through an
    // autocommit read, which cannot see the facility this seed's one transaction is still making.
    const spouse = returnedRow(
      await tx
        .insert(t.contacts)
        .values({
          facilityId,
          customerId,
          name: SPOUSE.name,
          email: SPOUSE.email,
          phone: "+12075550193",
          role: "SPOUSE",
          canAccessPortal: true,
          ...preferenceColumns({ ...PREFERENCES, invoices: false }),
          createdAt: joined,
        })
        .returning({ id: t.contacts.id }),
    );

    // Both accepted their invites months ago and have signed in since.
    const accountOf = async (contactId: number | null, email: string, invitedDaysAgo: number) => {
      const sentAt = ago(invitedDaysAgo * DAY);
      const activatedAt = new Date(sentAt.getTime() + 3 * HOUR);
      const invitationId = returnedRow(
        await tx
          .insert(t.invitations)
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
          .returning({ id: t.invitations.id }),
      ).id;
      return { invitationId, activatedAt };
    };
    const mine = await accountOf(null, SHOWCASE_CUSTOMER.email, 120);
    const eleanorAccount = returnedRow(
      await tx
        .insert(t.portalAccounts)
        .values({
          facilityId,
          customerId,
          personKey: 0,
          activatedAt: mine.activatedAt,
          lastSignInAt: ago(2 * DAY),
          onboardedAt: mine.activatedAt,
          createdAt: mine.activatedAt,
        })
        .returning({ id: t.portalAccounts.id }),
    ).id;
    const his = await accountOf(spouse.id, SPOUSE.email, 90);
    const michaelAccount = returnedRow(
      await tx
        .insert(t.portalAccounts)
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
        .returning({ id: t.portalAccounts.id }),
    ).id;

    // Cars, their photos and history.
    const jaguar = (
      await addCar(
        data,
        scope,
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
      )
    ).id;
    const porsche = (
      await addCar(
        data,
        scope,
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
      )
    ).id;
    // Oldest first, so the newest photo (the car's cover) is the front three-quarter view.
    for (const [i, { image, caption }] of [...assets.photos].reverse().entries()) {
      const taken = ago((9 - i) * DAY);
      const name = `jaguar-e-type-${i + 1}.webp`;
      const fileId = await storeFile(tx, t, newFile(facilityId, { fileName: name, ...image.main }, taken));
      const thumbnailFileId = await storeFile(
        tx,
        t,
        newFile(facilityId, { fileName: `thumb-${name}`, ...image.thumbnail }, taken),
      );
      await tx.insert(t.carPhotos).values({
        facilityId,
        carId: jaguar,
        fileId,
        thumbnailFileId,
        width: image.main.width,
        height: image.main.height,
        caption,
        createdAt: taken,
      });
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
      await addCarEvent(data, staff, carId, { kind, notes, happenedAt: at(-daysAgo, time) }, now);
    }
    await addCarEvent(
      data,
      staff,
      porsche,
      { kind: CarEventKind.STATUS_CHANGED, notes: "In storage → In service", happenedAt: at(-3, "11:20") },
      now,
    );
    const report = await addConditionReport(
      data,
      scope,
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
    const chipFile = await storeFile(
      tx,
      t,
      newFile(facilityId, { fileName: "bonnet-chip.webp", ...assets.reportPhoto.main }, now),
    );
    const chipThumb = await storeFile(
      tx,
      t,
      newFile(facilityId, { fileName: "thumb-bonnet-chip.webp", ...assets.reportPhoto.thumbnail }, now),
    );
    await tx
      .insert(t.conditionReportPhotos)
      .values({ reportId: Number(report.id), fileId: chipFile, thumbnailFileId: chipThumb });
    await addConditionReport(
      data,
      scope,
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
    const invoice = async (issuedDaysAgo: number, dueInDays: number, lines: ReturnType<typeof storage>) => {
      const issued = ago(issuedDaysAgo * DAY);
      const id = await createInvoice(
        data,
        scope,
        customerId,
        { issuedOn: day(-issuedDaysAgo), dueOn: day(dueInDays), lines },
        issued,
      );
      await issueInvoice(deps, scope, id, issued);
      return id;
    };
    await invoice(44, -14, [
      {
        description: `Winter preparation, ${JAGUAR}: fuel stabiliser, fluids check, tyre pressures`,
        quantity: 1,
        unitCents: 18_500,
      },
      { description: "Enclosed transport from Greenwich, CT", quantity: 1, unitCents: 45_000 },
    ]);
    const paid = await invoice(38, -8, storage(month(38)));
    await recordPayment(
      data,
      staff,
      paid,
      { amountCents: 122_000, method: "CARD", reference: "Visa ending 4242", receivedOn: day(-31) },
      ago(31 * DAY),
    );
    await invoice(4, 9, [
      ...storage(month(0)),
      { description: `Full detail and ceramic top-up, ${PORSCHE}`, quantity: 1, unitCents: 64_000 },
    ]);

    // Documents: the agreement to sign, the waiver she signed, and a shared checklist.
    await uploadDocument(
      deps,
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
    const waiver = await uploadDocument(
      deps,
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
    // Signing is the customer's own act, from her browser: no staff service makes it.
    await tx.insert(t.documentSignatures).values({
      documentId: waiver,
      customerId,
      contactId: null,
      signerName: SHOWCASE_CUSTOMER.name,
      typedName: SHOWCASE_CUSTOMER.name,
      documentSha256: waiverSha256,
      ip: "203.0.113.24",
      userAgent:
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
      signedAt: ago(119 * DAY),
    });
    await uploadDocument(
      deps,
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
    await scheduleEvent(
      deps,
      scope,
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
    await scheduleEvent(
      deps,
      scope,
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
    const social = await scheduleEvent(
      deps,
      scope,
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
    await rsvp(data, { scope, customerId }, social, { response: "GOING", guests: 1 }, ago(5 * DAY));

    // The conversation: read up to Michael's message; the team's latest is new to her.
    const eleanor = { scope, customerId, accountId: eleanorAccount };
    const pickUpDay = new Intl.DateTimeFormat("en-US", { weekday: "long", timeZone }).format(at(3, "10:00"));
    await sendStaffMessage(
      deps,
      staffWithName,
      customerId,
      "Hi Eleanor, the E-Type's spring service is done: new plugs, carburettors balanced, and it ran beautifully on the road test. Shall we plan the pick-up?",
      at(-6, "09:40"),
    );
    await sendPortalMessage(
      data,
      eleanor,
      SHOWCASE_CUSTOMER.name,
      `Wonderful, thank you! Would ${pickUpDay} morning work? And could someone look at the Porsche's passenger window while it's with you?`,
      at(-6, "12:15"),
    );
    await sendStaffMessage(
      deps,
      staffWithName,
      customerId,
      `${pickUpDay} at 10:00 is booked. For the window, please send a service request so the workshop has the details.`,
      at(-5, "08:50"),
    );
    await sendPortalMessage(
      data,
      { ...eleanor, accountId: michaelAccount },
      SPOUSE.name,
      `Done, request sent. I'll come along on ${pickUpDay} too.`,
      at(-4, "19:05"),
    );
    await markThreadRead(data, scope, customerId, portalReader(eleanorAccount));
    await sendStaffMessage(
      deps,
      staffWithName,
      customerId,
      `Good news: the window regulator has arrived, so the Porsche should be ready soon after the E-Type. The E-Type will be washed and waiting for you on ${pickUpDay}.`,
      ago(3 * HOUR),
    );

    // An estimate waiting for her answer, and a request the workshop is on.
    const estimate = await createEstimate(
      data,
      scope,
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
    await sendEstimate(deps, scope, estimate, ago(2 * DAY));
    const request = await requestService(
      data,
      { scope, customerId },
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
    await updateRequest(
      deps,
      { scope, name: "Sam Rivera" },
      request,
      {
        status: "IN_PROGRESS",
        reply:
          "Our technician found a worn window regulator. The part is on order; the door trim is back on meanwhile so the car stays sealed.",
      },
      at(-3, "14:10"),
    );

    // Nothing of the above is news to anyone: no emails go out for it.
    await tx.delete(t.emailOutbox).where(gt(t.emailOutbox.id, outboxBefore));
    return { customerId };
  });
}

function preferenceColumns(p: Preferences) {
  return {
    prefInvoices: p.invoices,
    prefEstimates: p.estimates,
    prefScheduling: p.scheduling,
    prefCarUpdates: p.carUpdates,
    prefContracts: p.contracts,
    prefSocialEvents: p.socialEvents,
    prefMarketing: p.marketing,
  };
}
